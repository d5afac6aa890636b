// The first slice: quick form → engine → breakdown, and the same figures from the JS API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, waitForResult, assertPrivate, fill } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// 10 000 overdue for 30 days at 0.05 %/day × 1.5: penalty 10 000 × 0.075 % × 30 = 225.00,
// total 10 000 + 100 + 225 = 10 325.00 (worked by hand).
async function fillCase(page) {
  await fill(page, '逾期本金', '1万');
  await fill(page, '逾期利息', '100');
  await fill(page, '合同利率', '0.05');
  await fill(page, '首次逾期日', '2026-10-01');
  await fill(page, '计算日', '2026-10-31');
}

test('quick form shows the breakdown in Chinese', async () => {
  const { page, context } = await open(browser, server.url);
  await fillCase(page);
  await waitForResult(page);
  const cell = (part) => page.locator(`[data-part="${part}"] .num`).textContent();
  assert.equal(await cell('principal'), '10000.00');
  assert.equal(await cell('interest'), '100.00');
  assert.equal(await cell('penalty'), '225.00');
  assert.equal(await cell('total'), '10325.00');
  assert.match(await page.locator('h1').textContent(), /逾期计算器/);
  assertPrivate(page, server.url);
  await context.close();
});

test('the JS API returns the same figures', async () => {
  const { page, context } = await open(browser, server.url);
  const r = await page.evaluate(() => window.OverdueCalc.overdue({
    asOf: '2026-10-31', overduePrincipal: 10000, overdueInterest: '100', firstOverdueDate: '2026-10-01',
    terms: { rate: { value: 0.05, unit: 'day' }, penaltyMultiplier: 1.5, graceDays: 0 },
  }));
  assert.equal(r.totals.penalty, '225.00');
  assert.equal(r.totals.total, '10325.00');
  const err = await page.evaluate(() => { try { window.OverdueCalc.overdue({ overduePrincipal: 'abc' }); } catch (e) { return e; } });
  assert.equal(err.code, 'notANumber');
  assert.equal(err.field, 'overduePrincipal');
  assertPrivate(page, server.url);
  await context.close();
});

test('a bad field shows a message next to it and keeps the other fields and the result', async () => {
  const { page, context } = await open(browser, server.url);
  await fillCase(page);
  await waitForResult(page);
  await fill(page, '逾期利息', '12abc');
  const msg = page.locator('#overdueInterest-err');
  await msg.waitFor();
  assert.match(await msg.textContent(), /逾期利息.*不是有效数字/);
  assert.equal(await page.getByLabel('逾期本金', { exact: true }).inputValue(), '1万');
  assert.equal(await page.locator('[data-part="total"] .num').textContent(), '10325.00');
  assertPrivate(page, server.url);
  await context.close();
});
