// Ways out, budget, several debts and the deduction audit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, assertPrivate, fill, fillStandardCase } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const card = (page, n) => page.locator('article.scenario').nth(n);

test('scenarios: pay now equals the total; the waiver settlement is marked cheapest', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  assert.equal(await card(page, 0).locator('[data-m="totalPaid"]').textContent(), '10,325.00');
  // Default settlement waives all penalty and fees: 10 000 + 100 = 10 100.00.
  assert.equal(await card(page, 2).locator('[data-m="totalPaid"]').textContent(), '10,100.00');
  assert.match(await card(page, 2).locator('.badges').textContent(), /最省钱/);
  assertPrivate(page, server.url);
  await context.close();
});

test('budget: capacity shown, plans over it and within it marked', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await fill(page, '每月收入', '12000');
  await page.getByRole('button', { name: '＋ 添加支出' }).click();
  await page.locator('#ways-out .row-line input').nth(0).fill('房租');
  await page.locator('#ways-out .row-line input').nth(1).fill('3000');
  await page.locator('.capacity').waitFor();
  assert.equal(await page.locator('.capacity').getAttribute('data-capacity'), '9000.00');
  assert.match(await card(page, 0).locator('.badges').textContent(), /超出预算/);
  // 12 × (10 325 / 12 + 0.5 % fee) ≈ 912 a month: within 9 000.
  assert.match(await card(page, 3).locator('.badges').textContent(), /在预算内/);
  assertPrivate(page, server.url);
  await context.close();
});

test('audit: an over-deduction is found and its size shown', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.getByRole('button', { name: '＋ 添加一笔划扣' }).click();
  await page.locator('#audit .row-line input').nth(0).fill('2026-10-11');
  await page.locator('#audit .row-line input').nth(1).fill('12000');
  // Owed on day 10: 10 000 + 100 + 75 = 10 175; 1 825.00 taken beyond it.
  await page.locator('[data-audit="reclaim"]').waitFor();
  assert.equal(await page.locator('[data-audit="reclaim"]').textContent(), '1,825.00');
  // Counting the deduction, the debt is paid and 1 825.00 more was taken.
  assert.match(await page.locator('[data-audit="owed-after"]').textContent(), /计入这些划扣后，欠款已还清.*1,825\.00/);
  assertPrivate(page, server.url);
  await context.close();
});

test('several debts: avalanche and snowball side by side, avalanche cheaper here', async () => {
  const { page, context } = await open(browser, server.url);
  const add = page.getByRole('button', { name: '＋ 添加债务' });
  const rows = [['信用卡', '20000', '18', '400'], ['亲友', '3000', '0', '100']];
  for (const [i, row] of rows.entries()) {
    await add.click();
    const inputs = page.locator('#debts .row-line').nth(i).locator('input');
    for (const [k, v] of row.entries()) await inputs.nth(k).fill(v);
  }
  await fill(page, '每月可用于还债的总额', '2000');
  await page.locator('#debts-table').waitFor();
  assert.equal(await page.locator('#debts-table tr.best.avalanche').count(), 1);
  const interest = async (o) => Number((await page.locator(`#debts-table tr.${o} td`).nth(1).textContent()).replace(/,/g, ''));
  assert.ok(await interest('avalanche') < await interest('snowball'));
  assertPrivate(page, server.url);
  await context.close();
});

test('court tools: fee with halving and doubled interest', async () => {
  const { page, context } = await open(browser, server.url);
  await fill(page, '诉讼标的额', '50000');
  await page.getByLabel('程序', { exact: true }).selectOption('simple');
  await fill(page, '判决确定的金钱债务', '100万');
  await fill(page, '迟延履行天数', '100');
  assert.match(await page.locator('[data-court="fee"]').textContent(), /525\.00/);
  assert.match(await page.locator('[data-court="delay"]').textContent(), /17,500\.00/);
  await context.close();
});

test('a plan\'s payments are drawn when opened, stay open across a recompute, and print', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  const flows = card(page, 0).locator('details.flows');
  assert.equal(await flows.locator('tr').count(), 0, 'no table while closed');
  await flows.locator('summary').click();
  // Pay now: one payment of the whole debt on the as-of date.
  await flows.locator('tbody tr').first().waitFor();
  assert.match(await flows.locator('tbody').textContent(), /2026-10-31\s*10,325\.00/);
  await fill(page, '逾期利息', '200');
  await page.waitForFunction(() => document.querySelector('article.scenario details.flows tbody')?.textContent.includes('10,425.00'));
  assert.equal(await flows.evaluate((d) => d.open), true, 'still open after the recompute');
  // Printing opens and draws every plan's payments.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await card(page, 3).locator('details.flows tbody tr').first().waitFor();
  assert.equal(await card(page, 3).locator('details.flows').evaluate((d) => d.open), true);
  assertPrivate(page, server.url);
  await context.close();
});
