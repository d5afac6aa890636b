import { serve, launch } from './harness.js';
const CASE = '?principal=10000&interest=100&first=2026-10-01&asOf=2026-10-31&rate=0.05';
const srv = await serve(); const browser = await launch();
const rate = Number(process.env.RATE || 1);
for (let i = 0; i < Number(process.env.RUNS || 6); i++) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  await ctx.addInitScript(() => {
    const p = (window.__perf = { result: null });
    const obs = new MutationObserver(() => { const el = document.querySelector('[data-part="total"] .num');
      if (p.result === null && el && el.textContent.trim()) { p.result = performance.now(); obs.disconnect(); } });
    obs.observe(document, { childList: true, subtree: true, characterData: true });
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(srv.url + CASE);
  await page.waitForFunction(() => window.__perf.result !== null);
  await page.waitForTimeout(800);
  const m = await page.evaluate(() => {
    const w = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { wasm: Math.round(w.responseEnd), fcp: Math.round(fcp?.startTime), result: Math.round(window.__perf.result),
      marks: performance.getEntriesByType('mark').map((m) => `${m.name.replace('step ', 's')}@${Math.round(m.startTime)}`).join(' '), tasks: JSON.stringify(window.__tasks) };
  });
  if (i > 0) console.log(JSON.stringify(m));
  await ctx.close();
}
await browser.close(); await srv.close();
