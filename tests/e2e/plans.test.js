// Ways out, budget, several debts and the deduction audit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, assertPrivate, fill, fillStandardCase } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const card = (page, n) => page.locator('article.scenario').nth(n);

const kinds = (page) => page.locator('article.scenario select[id$="-kind"]').evaluateAll((ss) => ss.map((s) => s.value));

test('a plan that starts from the case\'s rate follows it until its own rate is edited', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  // 借呗's 延期 (card 4) starts at the case's 0.05 %/day.
  const ext = card(page, 4);
  assert.equal(await ext.locator('select[id$="-kind"]').inputValue(), 'extension');
  const rate = ext.locator('input[id$="-rate"]');
  assert.equal(await rate.inputValue(), '0.05');
  await fill(page, '合同利率', '0.04');
  await page.waitForFunction((el) => el.value === '0.04', await rate.elementHandle());
  assert.equal(await ext.locator('select[id$="-rateUnit"]').inputValue(), 'day');
  // Edited by hand, it keeps its own rate.
  await ext.locator('details.params summary').click();
  await rate.fill('0.03');
  await fill(page, '合同利率', '0.045');
  await page.waitForTimeout(300);
  assert.equal(await rate.inputValue(), '0.03');
  // Even when the case passes through the plan's own rate on its way elsewhere (typing
  // 0.03 then 0.06), the plan is the user's and stays.
  await fill(page, '合同利率', '0.03');
  await page.waitForTimeout(300);
  await fill(page, '合同利率', '0.06');
  await page.waitForTimeout(300);
  assert.equal(await rate.inputValue(), '0.03');
  assertPrivate(page, server.url);
  await context.close();
});

test('scenarios: the lender\'s own plans, each said plainly; the settlement\'s saving marked as needing consent', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  // 借呗 offers no card plans (停息挂账, 最低还款): six plans and the court path, each with its
  // one-line description.
  assert.deepEqual(await kinds(page), ['payNow', 'wait', 'settlement', 'installments', 'extension', 'refinance', 'court']);
  assert.match(await card(page, 0).locator('.kind-desc').textContent(), /今天一次还清全部欠款/);
  assert.equal(await card(page, 0).locator('[data-m="totalPaid"]').textContent(), '10,325.00');
  // No published source gives a usual waiver share, so the settlement starts from what a court
  // would not support: the penalty above the 24 % line, 225.00 − 10 000 × 24 % × 30 / 365
  // (197.26) = 27.74; 10 325.00 − 27.74 = 10 297.26.
  const settle = card(page, 2);
  assert.equal(await settle.locator('[data-m="totalPaid"]').textContent(), '10,297.26');
  assert.match(await settle.locator('.badges').textContent(), /最省钱（需对方同意）/);
  assert.match(await settle.locator('.assumption').textContent(), /^假设出借方同意减免超过法律保护上限的罚息和违约金；减免要协商/);
  assert.equal(await settle.locator('.proposal').textContent(),
    '向出借方提出：于 2026-10-31 一次性还款 10,297.26 元结清全部欠款，减免超过法律保护上限的罚息和违约金（共减免 27.74 元）。');
  // 协商分期: all 10 325.00 over 12 at a 0.5 % monthly fee: 10 325 / 12 = 860.42 (the last
  // 10 325 − 11 × 860.42 = 860.38) + 51.63 (51.625 rounded) = 912.05 (912.01);
  // 10 325 + 12 × 51.63 = 10 944.56. Last payment 2027-10-31; the record goes 5 years later.
  const inst = card(page, 3);
  assert.equal(await inst.locator('.proposal').textContent(), '向出借方提出：分 12 期，每期 912.05 元（末期 912.01 元），共 10,944.56 元。');
  assert.match(await inst.locator('.credit').textContent(), /最后一笔还款在 2027-10-31，.*最早于 2032-10-31 后删除/);
  assert.match(await inst.locator('.credit').textContent(), /《征信业管理条例》第十六条/);
  // A plan the lender does not offer, added by hand: said so, and given its starting values.
  await page.getByRole('button', { name: '＋ 添加方案' }).click();
  const added = card(page, 7);
  await added.locator('select[id$="-kind"]').selectOption('freeze');
  assert.match(await added.locator('.not-offered').textContent(), /一般不提供这种方式，仅供比较/);
  assert.equal(await added.locator('input[id$="-includePenalty"]').isChecked(), true);
  // Picking another kind starts it over: a refinance takes its own 18 %/yr over 36 months,
  // not the instalment plan's 0.5 % a month.
  await added.locator('select[id$="-kind"]').selectOption('refinance');
  assert.equal(await added.locator('input[id$="-rate"]').inputValue(), '18');
  assert.equal(await added.locator('select[id$="-rateUnit"]').inputValue(), 'year');
  assert.equal(await added.locator('input[id$="-months"]').inputValue(), '36');
  await added.locator('select[id$="-kind"]').selectOption('freeze');
  // Plans changed by hand stay when the lender changes; untouched ones follow the lender.
  await page.locator('#preset').selectOption('creditCard');
  assert.equal((await kinds(page)).length, 8);
  await added.locator('.remove').click();
  await page.getByRole('button', { name: '恢复默认方案' }).click();
  await page.locator('#preset').selectOption('jiebei');
  await page.locator('#preset').selectOption('creditCard');
  assert.deepEqual(await kinds(page), ['payNow', 'wait', 'settlement', 'installments', 'freeze', 'minimumPayment', 'refinance', 'court']);
  // A card's 停息挂账 keeps art. 70's five-year limit on.
  assert.equal(await card(page, 4).locator('input[id$="-card"]').isChecked(), true);
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
  // Columns after the order's name: months, interest, total; the order by debt is listed below.
  const cellOf = (o, k) => page.locator(`#debts-table tr.${o} td`).nth(k).textContent();
  const interest = async (o) => Number((await cellOf(o, 1)).replace(/,/g, ''));
  const orderOf = (o) => page.locator(`#debts .orders li.${o}`).textContent();
  assert.ok(await interest('avalanche') < await interest('snowball'));
  // The rows are numbered as the custom order refers to them, and each order names its debts.
  assert.deepEqual(await page.locator('#debts .row-no').allTextContents(), ['第 1 笔', '第 2 笔']);
  // A blank row gets no number and shifts nothing: the engine leaves it out too.
  await add.click();
  await page.locator('#debts .row-line').nth(2).locator('input').nth(0).fill('');
  assert.deepEqual(await page.locator('#debts .row-no').allTextContents(), ['第 1 笔', '第 2 笔', '']);
  await page.locator('#debts .row-line').nth(2).locator('.remove').click();
  assert.match(await orderOf('avalanche'), /^雪崩法（先还利率最高）：1\. 信用卡（第 \d+ 月还清） → 2\. 亲友（第 \d+ 月还清）$/);
  assert.match(await orderOf('snowball'), /^雪球法（先还余额最小）：2\. 亲友（第 \d+ 月还清） → 1\. 信用卡（第 \d+ 月还清）$/);
  // A rate under 1 % a year is asked about: most likely a daily rate (0.05 % × 365 = 18.25 %).
  await add.click();
  const third = page.locator('#debts .row-line').nth(2).locator('input');
  for (const [k, v] of ['花呗', '5000', '0.05', '500'].entries()) await third.nth(k).fill(v);
  await page.locator('.daily-rate').waitFor();
  assert.match(await page.locator('.daily-rate').textContent(), /3\. 花呗 的年利率是 0\.05%，很低：是日利率吗？.*约等于年利率 18\.25%/);
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
