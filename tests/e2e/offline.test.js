// Offline and privacy: the CSP allows only the page's own files; after one visit the
// page loads and computes with the network off; the single-file copy works from disk
// and computes the same figures as the served page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, open, assertPrivate, fillStandardCase, cell, dist, appReady, apiReady, waitForResult } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page carries a CSP of its own origin only, and sets no cookie', async () => {
  const { page, context } = await open(browser, server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /https?:|\*/);
  await fillStandardCase(page);
  assert.deepEqual(await context.cookies(), []);
  // A CSP violation would be a console error: assertPrivate fails on any.
  assertPrivate(page, server.url);
  await context.close();
});

test('after one visit it reloads and computes with the network off', async () => {
  const { page, context } = await open(browser, server.url);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // The worker controls pages from the next load on.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await fillStandardCase(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  await context.close();
});

test('the JS API, once fetched online, works offline (the service worker kept it)', async () => {
  const { page, context } = await open(browser, server.url);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await apiReady(page);
  // In the worker's cache (not only the browser's HTTP cache, which may be gone offline).
  const cached = () => page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('overdue-calc-'));
    const keys = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
    return keys.map((r) => new URL(r.url).pathname).filter((p) => p.includes('/api/')).length;
  });
  // The worker puts each file once its response is in: give it a moment.
  for (let i = 0; i < 50 && (await cached()) < 2; i += 1) await page.waitForTimeout(100);
  assert.equal(await cached(), 2, 'the API module (JS and wasm) is in the worker\'s cache');
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await apiReady(page);
  const r = await page.evaluate(() => window.OverdueCalc.overdue({
    asOf: '2026-10-31', overduePrincipal: '1万', overdueInterest: '100', firstOverdueDate: '2026-10-01',
    terms: { rate: { value: '0.05', unit: 'day' } },
  }));
  assert.equal(r.totals.total, '10325.00');
  await context.close();
});

test('installable: the manifest and its icons come from the page\'s own origin, and its start URL opens offline', async () => {
  const { page, context } = await open(browser, server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, page.url());
  assert.equal(manifestUrl.origin, new URL(server.url).origin);
  const m = await (await context.request.get(manifestUrl.href)).json();
  assert.equal(m.name, '逾期计算器');
  assert.equal(m.lang, 'zh-CN');
  assert.equal(m.display, 'standalone');
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  // Each icon is a PNG of the size it says (IHDR width and height), from the same origin.
  for (const icon of m.icons) {
    const url = new URL(icon.src, manifestUrl);
    assert.equal(url.origin, manifestUrl.origin, icon.src);
    const r = await context.request.get(url.href);
    assert.equal(r.headers()['content-type'], 'image/png');
    const b = await r.body();
    assert.equal(b.subarray(1, 4).toString(), 'PNG', icon.src);
    const [w, h] = icon.sizes.split('x').map(Number);
    assert.deepEqual([b.readUInt32BE(16), b.readUInt32BE(20)], [w, h], icon.src);
  }
  assert.ok(m.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
  assert.ok(m.icons.some((i) => i.sizes === '192x192'));
  // Installed, the app opens at its start URL; after one visit that works with no network.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(new URL(m.start_url, manifestUrl).href);
  await appReady(page);
  await fillStandardCase(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  await context.close();
});

test('the single-file copy works from file:// and gives the same figures', async () => {
  const file = path.join(dist, 'offline', 'overdue-calc.html');
  assert.ok(fs.existsSync(file), 'offline/overdue-calc.html was built');
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  page.firstResult = {};
  page.load = 0;
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(file).href);
  await appReady(page);
  await fillStandardCase(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  assert.equal(await cell(page, 'penalty'), '225.00');
  // Only the file itself: no network, nothing else from disk.
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [pathToFileURL(file).href]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new build replaces the cached one cleanly', async () => {
  // A copy of dist/ whose sw.js we can change, as a deploy would.
  const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'oc-deploy-'));
  fs.cpSync(dist, dir, { recursive: true });
  const local = await serve(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(local.url);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const keys = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('overdue-calc-')));
  const first = await keys();
  assert.equal(first.length, 1);
  // "Deploy": the same files under a new build hash.
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/overdue-calc-[0-9a-f]+/, 'overdue-calc-0000000000000001'));
  await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); });
  await page.waitForFunction(async () => {
    const k = (await caches.keys()).filter((x) => x.startsWith('overdue-calc-'));
    return k.length === 1 && k[0] === 'overdue-calc-0000000000000001';
  });
  await page.reload();
  await appReady(page);
  await context.close();
  await local.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the JS API is fetched only when a script asks for it, then dispatches overdue-calc:ready', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await waitForResult(page);
  const api = () => page.requests.filter((r) => new URL(r.url).pathname.includes('/api/'));
  // A visit that never asks for the API never downloads it.
  await page.waitForTimeout(300);
  assert.deepEqual(api(), []);
  // A script that listens for the event (as README's snippet does) gets it, with the API.
  await page.evaluate(() => {
    window.addEventListener('overdue-calc:ready', () => { window.__ready = typeof window.OverdueCalc.overdue; });
  });
  await page.waitForFunction(() => window.__ready === 'function');
  assert.equal(api().length, 2, JSON.stringify(api()));
  assert.match(await page.evaluate(() => window.OverdueCalc.version()), /^\d+\.\d+\.\d+$/);
  page.usedApi = true;
  assertPrivate(page, server.url);
  // Reading window.OverdueCalc asks for it too: a new page, nothing but the read.
  const p2 = await context.newPage();
  await p2.goto(server.url);
  await appReady(p2);
  assert.equal(await p2.evaluate(() => window.OverdueCalc), undefined);
  await p2.waitForFunction(() => typeof window.OverdueCalc?.overdue === 'function');
  await context.close();
});
