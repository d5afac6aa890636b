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
