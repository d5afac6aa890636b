// What is typed is never lost: autosave, share link, clear, CSV, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, open, assertPrivate, fillStandardCase, cell, waitForResult, appReady } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('reload restores every field', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.reload();
  await appReady(page);
  await waitForResult(page);
  assert.equal(await page.getByLabel('逾期本金', { exact: true }).inputValue(), '1万');
  assert.equal(await cell(page, 'total'), '10,325.00');
  assertPrivate(page, server.url);
  await context.close();
});

test('share link round trip carries the numbers, with a warning', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.getByRole('button', { name: '生成分享链接' }).click();
  assert.match(await page.locator('#data .note').textContent(), /链接里包含你填写的全部数字/);
  const link = await page.locator('input.link').inputValue();
  assert.ok(link.includes('#s='), link);
  const { page: p2, context: c2 } = await open(browser, link);
  assert.equal(await p2.getByLabel('逾期本金', { exact: true }).inputValue(), '1万');
  assert.equal(await cell(p2, 'total'), '10,325.00');
  assert.match(await p2.locator('main').textContent(), /已从分享链接载入数据/);
  assertPrivate(p2, server.url);
  await c2.close();
  await context.close();
});

test('clear everything empties the fields and the saved copy', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.getByRole('button', { name: '清除所有数据' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  assert.equal(await page.getByLabel('逾期本金', { exact: true }).inputValue(), '');
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('逾期本金', { exact: true }).inputValue(), '');
  await context.close();
});

test('CSV download of the breakdown has the figures', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出明细 CSV' }).click()]);
  const text = fs.readFileSync(await dl.path(), 'utf8');
  assert.equal(dl.suggestedFilename(), 'breakdown.csv');
  assert.match(text, /"罚息","225\.00"/);
  assert.match(text, /"合计","10325\.00"/);
  assertPrivate(page, server.url);
  await context.close();
});

test('print media hides controls and keeps the report', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.emulateMedia({ media: 'print' });
  const shown = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.equal(await shown('.toc'), false);
  assert.equal(await shown('#data'), false);
  assert.equal(await shown('.breakdown'), true);
  assert.equal(await shown('#legal'), true);
  await context.close();
});

test('a saved "as of" that was the day of saving follows today; a chosen one stays', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('overdue-calc:v1', 'v=1&preset=jiebei&asOf=2026-01-01&savedOn=2026-01-01&overduePrincipal=5000');
    }
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await appReady(page);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.equal(await page.locator('#asOf').inputValue(), today);
  assert.equal(await page.locator('#overduePrincipal').inputValue(), '5000');
  await context.close();
});
