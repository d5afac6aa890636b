// Shared e2e harness: a static server for dist/ on loopback, Debian's Chromium through
// playwright-core, and a request log that every test checks: nothing may leave the page's
// origin, and nothing may be requested after the first result is on screen.
import { chromium } from 'playwright-core';
import path from 'node:path';
import fs from 'node:fs';
import crypto from 'node:crypto';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { staticServer } from '../../scripts/static-server.mjs';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = process.env.DIST_DIR || path.join(root, 'dist');

/** Names the build in `dist/` (a hash of its index.html, which names every hashed file). */
export function buildId(dir = dist) {
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'index.html'))).digest('hex').slice(0, 16);
}

/** Serves `dir` on 127.0.0.1 at a free port. Resolves to { url, close }. */
export function serve(dir = dist) {
  const server = staticServer(dir);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches Debian's Chromium. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens a page at `url` with a request log. `page.requests` lists { url, time } for every
 * request with the page load it belongs to; `waitForResult` records each load's first result.
 */
export async function open(browser, url, { width = 360, height = 780, context: ctxOpts = {}, inits = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, ...ctxOpts });
  // [script, argument] pairs run before any page script of every load.
  for (const [fn, arg] of inits) await context.addInitScript(fn, arg);
  const page = await context.newPage();
  page.requests = [];
  page.errors = [];
  // Each main-frame navigation starts a new load; "after the first result" is per load.
  page.load = 0;
  page.firstResult = {};
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) page.load += 1;
    page.requests.push({ url: r.url(), time: Date.now(), load: page.load });
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  await appReady(page);
  return { page, context };
}

/** Waits until the page is whole: its start-up steps end with the privacy line (ui/mod.rs). */
export async function appReady(page) {
  await page.waitForFunction(() => document.querySelector('main .privacy') !== null);
}

/** Asks for the JS API (reading `window.OverdueCalc` fetches its module, api-loader.js) and
 * waits until it is there. The API's two files are then allowed by `assertPrivate`. */
export async function apiReady(page) {
  page.usedApi = true;
  await page.waitForFunction(() => window.OverdueCalc !== undefined);
}

/** Waits until the total is shown and records when, for the current page load. */
export async function waitForResult(page) {
  await page.locator('[data-part="total"] .num').waitFor();
  if (page.firstResult[page.load] === undefined) page.firstResult[page.load] = Date.now();
}

/** The shared network assertion: own origin only, and nothing after the first result. */
export function assertPrivate(page, origin) {
  const own = new URL(origin).origin;
  const foreign = page.requests.filter((r) => {
    if (r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
    return new URL(r.url).origin !== own;
  });
  assert.deepEqual(foreign.map((r) => r.url), [], 'requests left the page origin');
  const late = page.requests.filter((r) => {
    const first = page.firstResult[r.load];
    // The JS API's module, fetched when a test asked for the API (`apiReady`), and only then.
    const api = page.usedApi && new URL(r.url).pathname.includes('/api/overdue-calc-api-');
    return first !== undefined && r.time > first && !api && !r.url.startsWith('data:') && !r.url.startsWith('blob:');
  });
  assert.deepEqual(late.map((r) => r.url), [], 'requests after the first result');
  assert.deepEqual(page.errors, [], 'page errors');
}

/** Fills a field found by its label and leaves it (the page recomputes on input). */
export async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
}

/** Opens the contract-terms panel (collapsed by default). */
export async function openTerms(page) {
  const d = page.locator('details.terms');
  if (!(await d.evaluate((el) => el.open))) await d.locator('summary').click();
}

/** Fills the standard quick case used across tests: 10 000 + 100 overdue from 2026-10-01,
 * as of 2026-10-31, at 0.05 %/day × 1.5 (penalty 225.00, total 10 325.00 by hand). */
export async function fillStandardCase(page) {
  await fill(page, '逾期本金', '1万');
  await fill(page, '逾期利息', '100');
  await fill(page, '首次逾期日', '2026-10-01');
  await fill(page, '计算日', '2026-10-31');
  await openTerms(page);
  await fill(page, '合同利率', '0.05');
  await waitForResult(page);
}

/** The text of a breakdown cell. */
export function cell(page, part) {
  return page.locator(`[data-part="${part}"] .num`).textContent();
}
