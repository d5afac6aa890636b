// Where a cold load's time goes under 4x CPU (issue 16). Not a test; run by hand:
//   MODE=tasks node profile-load.mjs   every main-thread task over 30 ms (a Chromium trace)
//                                      and the biggest events inside it
//   MODE=timeline node profile-load.mjs  every main-thread task over MIN ms (default 2) in
//                                      order, from navigation start; RATE=1 unthrottled
//   MODE=cpu node profile-load.mjs     a V8 CPU profile: self time by function, then
//                                      inclusive time of the functions matching INC;
//                                      FOCUS=name splits the time under one function
//                                      by the function it called
// NET=1 adds perf.js's slow 4G. RUNS (default 3), CASE (URL query), DIST_DIR (default dist/). Rust names need a copy of
// the build whose wasm keeps them: wasm-opt -Oz -g (with index.html's --enable-* flags)
// on target/wasm-bindgen/release/overdue-calc_bg.wasm, written over the copy's wasm, and
// that copy's .wasm.gz/.wasm.br removed.
import { serve, launch } from './harness.js';

const env = process.env;
const MODE = env.MODE || 'cpu';
const RUNS = Number(env.RUNS || 3);
const CASE = env.CASE || '?principal=10000&interest=100&first=2026-10-01&asOf=2026-10-31&rate=0.05';
const TOTAL = '#results [data-part="total"] .num';
const name = (n) => n.callFrame.functionName.replace(/::h[0-9a-f]{16}$/, '');
const add = (o, k, v) => { o[k] = (o[k] || 0) + v; };
const ms = (us) => (us / 1000).toFixed(1).padStart(7);

/** One cold load at 4x CPU; `during(cdp)` starts recording, `after(cdp)` stops it. */
async function load(browser, url, during, after) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(env.RATE || 4) });
  // NET=1: perf.js's slow 4G (1.6 Mbit/s, 150 ms round trip) as well.
  if (env.NET) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  }
  await during(cdp);
  await page.goto(url + CASE);
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent, TOTAL);
  await page.waitForTimeout(Number(env.WAIT || 1500));
  const out = await after(cdp);
  await ctx.close();
  return out;
}

/** The trace's main-thread tasks over 30 ms, each with its biggest inner events. */
async function tasks(browser, url, run) {
  const events = [];
  const trace = await load(browser, url, async (cdp) => {
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', { categories: env.CATS || 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink,v8,blink.user_timing', transferMode: 'ReportEvents' });
  }, async (cdp) => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    return events;
  });
  const tid = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const main = trace.filter((e) => e.tid === tid && e.ph === 'X');
  if (MODE === 'timeline') {
    // Every main-thread task over MIN ms (default 2), from navigation start, in order.
    const nav = trace.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart') ?? main[0];
    // The page's `step N` marks (category blink.user_timing), printed in order among the tasks.
    const marks = trace.filter((e) => e.cat?.includes('user_timing') && /^step /.test(e.name))
      .map((e) => ({ ts: e.ts, name: e.name })).sort((x, y) => x.ts - y.ts);
    for (const t of main.filter((e) => e.name === 'RunTask' && e.dur > Number(env.MIN || 2) * 1000)) {
      while (marks.length && marks[0].ts <= t.ts + t.dur) {
        const m = marks.shift();
        console.log(`  -- ${m.name} at ${((m.ts - nav.ts) / 1000).toFixed(0)} ms`);
      }
      const inner = {};
      for (const e of main) if (e !== t && e.dur > 1000 && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur) add(inner, e.name, e.dur);
      const top = Object.entries(inner).sort((a, b) => b[1] - a[1]).slice(0, Number(env.TOP || 5));
      if (env.DUMP && t.dur > Number(env.DUMP) * 1000) {
        const tr = trace.filter((e) => e.tid === tid && e.ts >= t.ts && e.ts <= t.ts + t.dur);
        for (const e of tr.filter((e) => (e.dur || 0) > 3000 || e.ph !== "X").slice(0, 60)) console.log(`      ${e.ph} ${e.name} ${((e.dur || 0) / 1000).toFixed(1)} ${JSON.stringify(e.args).slice(0, 300)}`);
      }
      console.log(`  at ${((t.ts - nav.ts) / 1000).toFixed(0).padStart(5)} ms ${(t.dur / 1000).toFixed(1).padStart(6)} ms: ${top.map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', ')}`);
    }
    return;
  }
  const long = main.filter((e) => e.name === 'RunTask' && e.dur > 30000);
  console.log(`run ${run}: ${long.length} tasks over 30 ms`);
  for (const t of long) {
    const inner = {};
    for (const e of main) if (e !== t && e.dur > 3000 && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur) add(inner, e.name, e.dur);
    const top = Object.entries(inner).sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`  ${(t.dur / 1000).toFixed(0)} ms: ${top.map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ')}`);
  }
}

/** Adds one CPU profile's self, inclusive and FOCUS times (per run) to `acc`. */
function cpuProfile(profile, acc) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + (profile.timeDeltas[i] || 0)));
  for (const [id, us] of self) {
    const t = us / RUNS;
    const leaf = byId.get(id);
    add(acc.self, leaf.callFrame.functionName || `(${leaf.callFrame.url.split('/').pop()})`, t);
    const seen = new Set();
    let below = '(self)';
    let focused = false;
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const nm = name(byId.get(x));
      if (!focused && env.FOCUS && nm.includes(env.FOCUS)) { add(acc.focus, below, t); focused = true; }
      below = nm || '(js)';
      if (nm && !seen.has(nm)) { seen.add(nm); add(acc.inclusive, nm, t); }
    }
  }
}

const srv = await serve();
const browser = await launch();
const acc = { self: {}, inclusive: {}, focus: {} };
for (let run = 0; run < RUNS; run += 1) {
  if (MODE === 'tasks' || MODE === 'timeline') await tasks(browser, srv.url, run);
  else {
    cpuProfile(await load(browser, srv.url, async (cdp) => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }, async (cdp) => (await cdp.send('Profiler.stop')).profile), acc);
  }
}
if (MODE !== 'tasks' && MODE !== 'timeline') {
  const print = (title, o, keep = () => true) => {
    console.log(title);
    const rows = Object.entries(o).filter(([n]) => keep(n)).sort((a, b) => b[1] - a[1]);
    for (const [n, us] of rows.slice(0, Number(env.TOP || 40))) console.log(`${ms(us)} ${n.slice(0, 150)}`);
  };
  print('self time per run (ms)', acc.self);
  const inc = new RegExp(env.INC || 'overdue_calc|mount_to');
  print(`inclusive time per run (ms), functions matching ${inc}`, acc.inclusive, (n) => inc.test(n));
  if (env.FOCUS) print(`time under ${env.FOCUS}, by the function it called`, acc.focus);
}
await browser.close();
await srv.close();
