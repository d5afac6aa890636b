// Issue 15: the letters and statements, made from the page's own figures; the court way out
// through the page and the JS API. Figures are read from the page, never recomputed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, assertPrivate, fill, fillStandardCase, cell, appReady, apiReady } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const doc = (page) => page.locator('#doc');
const kinds = (page) => page.locator('article.scenario select[id$="-kind"]').evaluateAll((ss) => ss.map((s) => s.value));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function budget(page) {
  await fill(page, '每月收入', '8000');
  await page.getByRole('button', { name: '＋ 添加支出' }).click();
  const row = page.locator('#ways-out .row-line').last().locator('input');
  await row.nth(0).fill('房租');
  await row.nth(1).fill('2000');
  await page.locator('#ways-out .capacity').waitFor();
}

test('the application and the budget statement carry the page\'s figures, copy as text and print alone', async () => {
  const { page, context } = await open(browser, server.url, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await fillStandardCase(page);
  await budget(page);
  // Propose the settlement: its place in the plan list is the option's value.
  const k = (await kinds(page)).indexOf('settlement');
  await page.locator('#docPlan').selectOption(`${k}:settlement`);
  const card = page.locator('article.scenario').nth(k);
  const paid = await card.locator('[data-m="totalPaid"]').textContent();
  const total = await cell(page, 'total');
  const principal = await cell(page, 'principal');
  const capacity = await page.locator('#ways-out .capacity strong').textContent();
  const text = await doc(page).innerText();
  assert.match(text, /^协商还款申请书/);
  assert.match(text, new RegExp(`欠款合计 ${esc(total)} 元，其中本金 ${esc(principal)} 元`));
  assert.match(text, new RegExp(`一次性还款 ${esc(paid)} 元`));
  assert.match(text, new RegExp(`每月最多可用于偿还本笔欠款 ${esc(capacity)} 元`));
  assert.match(text, /计算日 2026-10-31/);
  assert.match(text, /不构成法律意见/);
  // Copy: the plain text, with the same figures, no markup.
  await page.locator('#docCopy').click();
  await page.getByText('已复制').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^协商还款申请书\n\n致：借呗/);
  assert.ok(copied.includes(`一次性还款 ${paid} 元`) && !copied.includes('<'), copied);
  // Print alone: the rest of the page is not printed.
  await page.evaluate(() => { window.print = () => {}; });
  await page.locator('#docPrint').click();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#case').isVisible(), false);
  assert.equal(await page.locator('#results').isVisible(), false);
  assert.equal(await page.locator('#docKind').isVisible(), false);
  assert.equal(await doc(page).isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  // The statement of income and expenses.
  await page.locator('#docKind').selectOption('budget');
  const st = await doc(page).innerText();
  assert.match(st, /^收支明细表/);
  assert.match(st, /每月收入\s+8,000\.00/);
  assert.match(st, /固定支出：房租\s+2,000\.00/);
  assert.match(st, new RegExp(`每月可用于偿还本笔欠款\\s+${esc(capacity)}`));
  assertPrivate(page, server.url);
  await context.close();
});

test('the refund request lists the audit\'s deductions and its total', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.getByRole('button', { name: '＋ 添加一笔划扣' }).click();
  await page.locator('#audit .row-line input').nth(0).fill('2026-10-15');
  await page.locator('#audit .row-line input').nth(1).fill('12000');
  await page.locator('[data-audit="reclaim"]').waitFor();
  const reclaim = await page.locator('[data-audit="reclaim"]').textContent();
  const above = await page.locator('[data-audit="above"]').textContent();
  await page.locator('#docKind').selectOption('refund');
  const text = await doc(page).innerText();
  assert.match(text, /^多扣款项退还申请/);
  assert.match(text, new RegExp(`2026-10-15\\s+12,000\\.00\\s+[\\d,.]+\\s+${esc(reclaim)}\\s+${esc(above)}`));
  assert.match(text, new RegExp(`合计 ${esc(reclaim)} 元`));
  assert.match(text, /民法典第一百二十二条/);
  assertPrivate(page, server.url);
  await context.close();
});

test('the record of refusals: attempts typed, a bad date marked beside its cell, the law with its condition', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.locator('#docKind').selectOption('blocked');
  assert.match(await doc(page).innerText(), /合同条款/);
  await page.getByRole('button', { name: '＋ 添加一次尝试' }).click();
  const cells = page.locator('#docs .row-line').first().locator('input');
  await cells.nth(0).fill('2026-10-20');
  await cells.nth(1).fill('500');
  await cells.nth(2).fill('支付宝还款页');
  const text = await doc(page).innerText();
  assert.match(text, /^还款受阻情况记录/);
  assert.match(text, /2026-10-20\s+500\.00\s+支付宝还款页/);
  assert.match(text, /民法典第五百八十九条.*适用的前提是/s);
  assert.match(text, /第五百七十条/);
  await cells.nth(1).fill('abc');
  await page.locator('#docs .row-line .field.invalid').first().waitFor();
  assert.equal(await cells.nth(1).inputValue(), 'abc', 'what was typed stays');
  assertPrivate(page, server.url);
  await context.close();
});

test('personal details stay out of the share link unless the user opts in', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.locator('#docs details.personal summary').click();
  await fill(page, '姓名', '张三');
  await fill(page, '借款合同编号', 'HT-2026-9');
  await page.locator('#docCause').selectOption('illness');
  assert.match(await doc(page).innerText(), /申请人：张三；借款合同编号：HT-2026-9/);
  const link = async () => {
    await page.getByRole('button', { name: '生成分享链接' }).click();
    return decodeURIComponent(decodeURIComponent(await page.locator('input.link').inputValue()));
  };
  const plain = await link();
  assert.ok(plain.includes('overduePrincipal=1万') && !plain.includes('张三') && !plain.includes('HT-2026-9'), plain);
  assert.ok(!plain.includes('docCause=') && !plain.includes('docShareAll'), plain);
  await page.getByLabel('分享链接中也包含个人信息').check();
  const all = await link();
  assert.ok(all.includes('docName=张三') && all.includes('docContract=HT-2026-9') && all.includes('docCause=illness'), all);
  // The opt-in itself never travels: whoever opens the link decides anew.
  assert.ok(!all.includes('docShareAll'), all);
  // Kept in this browser all the same.
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('姓名', { exact: true }).inputValue(), '张三');
  await context.close();
});

test('the English version is labelled a translation and carries the same figures', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await page.getByRole('button', { name: 'English' }).click();
  const text = await doc(page).innerText();
  assert.match(text, /^English translation, for reference only/);
  assert.match(text, /Negotiated repayment request/);
  assert.match(text, new RegExp(`${esc(await cell(page, 'total'))} yuan in all`));
  assertPrivate(page, server.url);
  await context.close();
});

test('the court way out: a card with its parts on the page, and `court` in the JS API', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  const ks = await kinds(page);
  const card = page.locator('article.scenario').nth(ks.indexOf('court'));
  // Worked by hand (tests/engine_court.rs): 11 066.58 supported + 28.72 fee (half of 57.43,
  // simple procedure), paid 2027-02-25.
  assert.equal(await card.locator('[data-m="totalPaid"]').textContent(), '11,095.30');
  assert.equal(await card.locator('[data-c="courtFee"]').textContent(), '28.72');
  assert.equal(await card.locator('[data-c="cut"]').textContent(), '135.92');
  assert.match(await card.locator('.cites').textContent(), /诉讼费用交纳办法.*第十四条/);
  await apiReady(page);
  const r = await page.evaluate(() => window.OverdueCalc.compare(
    { asOf: '2026-10-31', preset: 'jiebei', overduePrincipal: 10000, overdueInterest: '100', firstOverdueDate: '2026-10-01',
      terms: { rate: { value: 0.05, unit: 'day' } } },
    [{ kind: 'court', paidOn: '2027-03-27', lawyerFee: '1000' }, { kind: 'court', paidOn: '2026-11-01' }],
  ));
  const c = r.results[0].court;
  assert.deepEqual([c.daysLate, c.executionFee, c.delayInterest, c.total], [30, '84.39', '57.90', '12434.85']);
  assert.equal(r.results[0].metrics.totalPaid, '12434.85');
  assert.equal(r.results[1].error.field, 'scenarios[1].paidOn');
  assertPrivate(page, server.url);
  await context.close();
});
