// Offline and privacy: the CSP allows only the page's own files; after one visit the
// page loads and computes with the network off; the single-file copy works from disk
// and computes the same figures as the served page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, open, assertPrivate, fillStandardCase, cell, dist } from './harness.js';

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
  await page.waitForFunction(() => window.OverdueCalc !== undefined);
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
  await page.waitForFunction(() => window.OverdueCalc !== undefined);
  await fillStandardCase(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  assert.equal(await cell(page, 'penalty'), '225.00');
  // Only the file itself: no network, nothing else from disk.
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [pathToFileURL(file).href]);
  assert.deepEqual(errors, []);
  await context.close();
});
