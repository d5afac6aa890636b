import { serve, launch } from './harness.js';
const srv = await serve(process.env.DIST_DIR); const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await ctx.addInitScript(() => {
  const d = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  window.__inner = {};
  Object.defineProperty(Element.prototype, 'innerHTML', { configurable: true, get: d.get, set(v) {
    const t0 = performance.now(); d.set.call(this, v); const t = performance.now() - t0;
    if (!window.__on) return;
    let el = this; let key = '';
    while (el && !key) { key = el.id || ''; el = el.parentElement; }
    key = `${key || '?'} ${this.tagName}.${(this.className || '').toString().slice(0, 20)}`;
    const o = (window.__inner[key] ||= { n: 0, ms: 0, len: 0 }); o.n++; o.ms += t; o.len += v.length;
  } });
});
const page = await ctx.newPage();
await page.goto(srv.url + '?principal=10000&interest=100&first=2026-10-01&asOf=2026-10-31&rate=0.05');
await page.locator('main .privacy').waitFor();
const change = (v) => page.evaluate(async (v) => { const i = document.getElementById('overduePrincipal'); i.value = v; i.dispatchEvent(new Event('input', { bubbles: true })); await new Promise((r) => setTimeout(r, 60)); }, v);
for (let k = 0; k < 4; k++) await change(k % 2 ? '10000' : '12000');
await page.evaluate(() => { window.__on = true; });
const N = 30;
for (let k = 0; k < N; k++) await change(k % 2 ? '10000' : '12000');
const r = await page.evaluate((N) => Object.entries(window.__inner).map(([k, o]) => [k, (o.n / N).toFixed(1), (o.ms / N).toFixed(2), Math.round(o.len / o.n)]).sort((a, b) => b[2] - a[2]), N);
for (const x of r) console.log(x.join('  '));
console.log('elements', await page.evaluate(() => document.getElementsByTagName('*').length));
await browser.close(); await srv.close();
