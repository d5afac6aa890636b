import { serve, launch } from './harness.js';
const srv = await serve(process.env.DIST_DIR); const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.goto(srv.url + '?principal=10000&interest=100&first=2026-10-01&asOf=2026-10-31&rate=0.05');
await page.locator('main .privacy').waitFor();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const change = (v) => page.evaluate(async (v) => { const i = document.getElementById('overduePrincipal'); i.value = v; i.dispatchEvent(new Event('input', { bubbles: true })); await new Promise((r) => setTimeout(r, 60)); }, v);
for (let k = 0; k < 4; k++) await change(k % 2 ? '10000' : '12000');
await cdp.send('Profiler.start');
const N = 40;
for (let k = 0; k < N; k++) await change(k % 2 ? '10000' : '12000');
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = {}, inc = {};
const nm = (n) => (n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`).replace(/::h[0-9a-f]{16}$/, '');
profile.samples.forEach((id, i) => {
  const t = (profile.timeDeltas[i] || 0) / 1000 / N;
  const leaf = byId.get(id); self[nm(leaf)] = (self[nm(leaf)] || 0) + t;
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) { const k = nm(byId.get(x)); if (!seen.has(k)) { seen.add(k); inc[k] = (inc[k] || 0) + t; } }
});
const top = (o, re, n) => Object.entries(o).filter(([k]) => re.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(2).padStart(6)} ${k.slice(0, 140)}`).join('\n');
console.log('self ms per change\n' + top(self, /./, 25));
console.log('inclusive ms per change (overdue_calc)\n' + top(inc, /overdue_calc|innerHTML|set_inner/, 40));
await browser.close(); await srv.close();
