// Embedding: compact mode in an iframe, the height posted to the parent as it changes,
// and the example article with two calculators and a figure quoted from the JS API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, assertPrivate } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openArticle() {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  page.requests = []; page.errors = []; page.load = 0; page.firstResult = {};
  page.on('request', (r) => page.requests.push({ url: r.url(), time: Date.now(), load: 0 }));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.addInitScript(() => {
    window.__heights = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'overdue-calc:height') window.__heights.push(e.data.height);
    });
  });
  await page.goto(server.url + 'examples/article.html');
  return { page, context };
}

test('the example article renders both embeds and quotes a computed figure', async () => {
  const { page, context } = await openArticle();
  // 10 000 × 0.05 % × 1.5 × 30 days = 225.00, computed in the first iframe.
  await page.waitForFunction(() => document.getElementById('quoted').textContent === '225.00');
  for (const id of ['calc-jiebei', 'calc-card']) {
    const frame = page.frameLocator(`#${id}`);
    await frame.locator('#overduePrincipal').waitFor();
    // Compact mode: no page title in the frame.
    assert.equal(await frame.locator('h1').isVisible(), false);
  }
  assert.equal(await page.frameLocator('#calc-card').locator('#preset').inputValue(), 'creditCard');
  assert.equal(await page.frameLocator('#calc-jiebei').locator('#preset').inputValue(), 'jiebei');
  // The theme colour from the URL reached the second frame.
  const accent = await page.frameLocator('#calc-card').locator('html').evaluate((el) => el.style.getPropertyValue('--accent'));
  assert.equal(accent, '#8250df');
  assertPrivate(page, server.url);
  await context.close();
});

test('embed mode posts its height, growing and shrinking with the content', async () => {
  const { page, context } = await openArticle();
  const frame = page.frameLocator('#calc-jiebei');
  await frame.locator('#overduePrincipal').waitFor();
  const last = () => page.evaluate(() => window.__heights[window.__heights.length - 1]);
  await page.waitForFunction(() => window.__heights.length > 0);
  const h0 = await last();
  // The article's listener sets the frame's height (plus its 1 px borders) to what was posted.
  const applied = (h) => page.waitForFunction((h) => Math.abs(document.getElementById('calc-jiebei').clientHeight - h) < 1, h);
  await frame.locator('details.terms summary').click();
  await page.waitForFunction((h) => window.__heights[window.__heights.length - 1] > h, h0);
  const h1 = await last();
  assert.ok(h1 > h0, `${h1} > ${h0}`);
  await applied(h1);
  await frame.locator('details.terms summary').click();
  await page.waitForFunction((h) => window.__heights[window.__heights.length - 1] < h, h1);
  const h2 = await last();
  assert.ok(h2 < h1, `${h2} < ${h1}`);
  await applied(h2);
  assertPrivate(page, server.url);
  await context.close();
});

test('an embed shows only the sections it names, and its URL parameters win over a saved copy', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  page.requests = []; page.errors = []; page.load = 0; page.firstResult = {};
  page.on('request', (r) => page.requests.push({ url: r.url(), time: Date.now(), load: page.load }));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  const url = `${server.url}?embed=1&preset=creditCard&sections=case,results&principal=10000&first=2026-01-01&asOf=2026-02-05&minimum=2000`;
  await page.goto(url);
  await page.locator('[data-part="total"] .num').waitFor();
  // The minimum from the URL: two late fees of 5 % × 2 000 = 200.00.
  assert.equal(await page.locator('[data-part="fees"] .num').textContent(), '200.00');
  // Only the case and the results: the later sections are never built.
  await page.waitForTimeout(300);
  for (const id of ['audit', 'ways-out', 'debts', 'court', 'docs', 'data']) {
    assert.equal(await page.locator(`#${id}`).count(), 0, id);
  }
  assert.equal(await page.locator('#case').count(), 1);
  // The reader types another amount (saved), then the article is opened again: the
  // article's figures come back.
  await page.locator('#overduePrincipal').fill('8000');
  await page.waitForFunction(() => document.querySelector('[data-part="principal"] .num')?.textContent === '8,000.00');
  await page.waitForTimeout(200);
  page.load = 1;
  await page.goto(url);
  await page.locator('[data-part="total"] .num').waitFor();
  assert.equal(await page.locator('#overduePrincipal').inputValue(), '10000');
  assert.deepEqual(page.errors, []);
  await context.close();
});
