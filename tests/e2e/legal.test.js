// The legal panel on the page (issue 11): segments for a private loan made before
// 2020-08-20 with the filing date under the panel, the law's overdue rate when the contract
// set none, an assumed contract date labelled, the card's assumed minimum and posting date,
// and the credit-report grace said apart from a charge grace. Figures worked by hand in
// tests/engine_legal.rs; here they are read from the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, waitForResult, assertPrivate, fill, cell, openTerms } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = (page, sel) => page.locator(sel).first().textContent();
/** Every row of a rule (when it applies, then its figures), as one text. */
const rule = async (page, key) => (await page.locator(`[data-rule="${key}"]`).allTextContents()).join(' ');

test('a private loan made before 2020-08-20 is judged in two segments, the second at 4 × LPR on the filing date', async () => {
  const { page, context } = await open(browser, server.url);
  await page.getByLabel('平台', { exact: true }).selectOption('private');
  await fill(page, '逾期本金', '50000');
  await fill(page, '首次逾期日', '2020-03-01');
  await fill(page, '计算日', '2024-06-30');
  await openTerms(page);
  await fill(page, '合同利率', '30');
  await waitForResult(page);
  // No contract date yet: the first overdue date stands in, and the panel says so.
  assert.match(await text(page, '[data-legal="contract-assumed"]'), /未填写合同签订日/);
  await fill(page, '合同签订日', '2019-01-15');
  await fill(page, '起诉日（可选）', '2024-06-30');
  await page.locator('[data-rule="private2015from0820"]').first().waitFor();
  assert.equal(await page.locator('[data-legal="contract-assumed"]').count(), 0);
  // 50 000 × 30 % × 1 582 / 365 = 65 013.70 charged (no overdue rate agreed: the term rate).
  assert.equal(await cell(page, 'penalty'), '65,013.70');
  assert.match(await rule(page, 'private2015to0819'), /2020-08-19.*24%.*5,654\.79.*7,068\.49.*1,413\.70/);
  assert.match(await rule(page, 'private2015from0820'), /2020-08-20.*起诉日 LPR 3\.45%.*13\.8%.*26,654\.79.*57,945\.21.*31,290\.42/);
  assert.match(await text(page, 'tr.sum[data-line="supported"]'), /32,309\.58.*65,013\.70.*32,704\.12/);
  assert.match(await text(page, '[data-legal="statutory"]'), /借期内利率.*30%/);
  assert.match(await text(page, '[data-legal="together"]'), /合并计算/);
  // Filing a year later: LPR 3.00 % → 12 %: 50 000 × 12 % × 1 410 / 365 = 23 178.08.
  await fill(page, '起诉日（可选）', '2025-06-30');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-rule="private2015from0820"]')].some((e) => e.textContent.includes('23,178.08')));
  assertPrivate(page, server.url);
  await context.close();
});

test('ticking "the contract sets an overdue rate" uses the multiplier', async () => {
  const { page, context } = await open(browser, server.url);
  await page.getByLabel('平台', { exact: true }).selectOption('private');
  await fill(page, '逾期本金', '10000');
  await fill(page, '首次逾期日', '2026-01-01');
  await fill(page, '计算日', '2026-04-11');
  await openTerms(page);
  await fill(page, '合同签订日', '2025-12-01');
  await waitForResult(page);
  // 12 %/yr on 365 days for 100 days: 328.77; agreed × 1.5: 493.15.
  assert.equal(await cell(page, 'penalty'), '328.77');
  await page.getByLabel('合同约定了逾期利率/罚息', { exact: true }).check();
  await page.waitForFunction(() => document.querySelector('[data-part="penalty"] .num')?.textContent === '493.15');
  assert.equal(await page.locator('[data-legal="statutory"]').count(), 0);
  assertPrivate(page, server.url);
  await context.close();
});

test('a card: the minimum is assumed at 10 %, the posting date starts interest, payments reach billed interest only', async () => {
  const { page, context } = await open(browser, server.url);
  await page.getByLabel('平台', { exact: true }).selectOption('creditCard');
  await fill(page, '逾期本金', '10000');
  await fill(page, '首次逾期日', '2026-01-01');
  await fill(page, '计算日', '2026-02-05');
  await waitForResult(page);
  // Fees 2 × 5 % × 1 000 = 100.00 on the assumed minimum, not on the balance.
  assert.equal(await cell(page, 'fees'), '100.00');
  assert.match(await text(page, '[data-note="minimum"]'), /10%.*1,000\.00/);
  // Posted 2025-12-20: interest from then, 10 000 × 0.05 % × 47 days (to 2026-02-05)
  // = 235.00, capitalised on 2026-02-01 (Jan 1 → Feb 1: 12 days before + 31 = 215.00
  // then 4 more days on 10 000 = 20.00, plus 复利 215 × 0.05 % × 4 = 0.43).
  await fill(page, '记账日（消费入账日，可选）', '2025-12-20');
  await page.waitForFunction(() => document.querySelector('[data-part="penalty"] .num')?.textContent === '235.00');
  assert.equal(await cell(page, 'compound'), '0.43');
  assertPrivate(page, server.url);
  await context.close();
});

test('借呗: the credit-report grace is said not to waive charges, and charges run from day one', async () => {
  const { page, context } = await open(browser, server.url);
  await fill(page, '逾期本金', '5000');
  await fill(page, '首次逾期日', '2026-10-01');
  await fill(page, '计算日', '2026-10-03');
  await openTerms(page);
  await fill(page, '合同利率', '0.05');
  await waitForResult(page);
  // 5 000 × 0.075 % × 2 = 7.50, charged, not pending.
  assert.equal(await cell(page, 'penalty'), '7.50');
  assert.match(await page.getByText('只影响是否上报征信').textContent(), /3 天/);
  assertPrivate(page, server.url);
  await context.close();
});
