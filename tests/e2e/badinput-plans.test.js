// Bad-input matrix, part 2: the ways out (plan parameters and budget), the deduction audit,
// several debts (up to 200 and one over), and the court tools. Machinery: badinput.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, fillStandardCase, assertPrivate } from './harness.js';
import { runCase, runLoad, until, writeTable, setValue, no, ok, NAN, caseName as name } from './badinput.js';

// Plan cards in page order: 借呗's own sc1 立即结清, sc2 继续逾期, sc3 一次性结清减免, sc4 协商分期,
// sc5 展期/延期, sc6 借新还旧, sc7 被起诉后按判决还, then two added by hand: sc8 停息挂账, sc9 最低还款.
// `paid(k, v)`: card k's total.
const paid = (k, v) => [(s) => s.paid[k - 1] === v, (s) => `接受：该方案总共要还 ${s.paid[k - 1]}`];
// Worked figures: 41,303.00 = 10 325 + 600 × 0.5 % × 10 325 (flat fee); 38,397.38 = 325 now +
// an annuity of 10 000 at 1 %/day × 365 / 12 a month over 12 months; 320,075.12 = an annuity
// of 10 325 at 1000 %/yr ÷ 12 a month over 36 months (both recomputed in Python's decimal);
// 147,297.50 = 10 100 + 7.50 × 18 293 days (2026-10-01 → 2076-10-31: 50 years with 13 leap
// days, plus 30). The several-debts figure 2,366.59 below is a regression pin, not worked.
const PLANS = [
  no('sc2-months', '继续逾期 › 月数', '-1', '不能小于 0。'),
  ok('sc2-months', '继续逾期 › 月数', '600', ...paid(2, '147,297.50')),
  no('sc3-waivePenalty', '一次性结清减免 › 减免罚息', '150', '不能大于 100%。'),
  // 100 interest + 225 penalty − 27.74 above the 24 % line (waived by default) = 297.26.
  ok('sc3-waivePrincipal', '一次性结清减免 › 减免本金', '100', ...paid(3, '297.26')),
  no('sc3-payOn', '一次性结清减免 › 还款日', '2026-09-01', '不能早于「计算日」。'),
  ok('sc4-months', '协商分期 › 月数', '600', ...paid(4, '41,303.00')),
  no('sc4-months', '协商分期 › 月数', '601', '不能大于 600。'),
  ok('sc4-rate', '协商分期 › 利率/手续费率', '0', ...paid(4, '10,325.00')),
  no('sc4-rate', '协商分期 › 利率/手续费率', '1000', '不能大于'),
  ok('sc8-months', '停息挂账 › 月数', '600', ...paid(8, '10,325.00')),
  ok('sc5-rate', '展期/延期 › 利率/手续费率', '１', ...paid(5, '38,397.38')),
  // The court path (tests/engine_court.rs): 11 095.30 paid when due, + a 1 000 lawyer's fee;
  // a suit already filed on 2026-10-11: 10 962.14.
  ok('sc7-lawyerFee', '被起诉后按判决还 › 律师费（合同约定由借款人承担时）', '1000', ...paid(7, '12,095.30')),
  ok('sc7-filingDate', '被起诉后按判决还 › 起诉日（空白＝上面填的起诉日，或今天）', '2026-10-11', ...paid(7, '10,962.14')),
  no('sc7-lawyerFee', '被起诉后按判决还 › 律师费（合同约定由借款人承担时）', '-1', '不能小于 0。'),
  no('sc7-paidOn', '被起诉后按判决还 › 实际还清日（空白＝判决履行期最后一天）', '2026-11-01', '不能早于「判决日（空白＝起诉后3个月）」。'),
  no('sc7-judgmentDate', '被起诉后按判决还 › 判决日（空白＝起诉后3个月）', '2026-10-30', '不能早于「起诉日（空白＝上面填的起诉日，或今天）」。'),
  ok('sc9-percent', '最低还款 › 最低还款比例', '0', (s) => /永远还不清/.test(s.cards), () => '接受：按最低还款永远还不清，并给出不再增长所需的月供'),
  ok('sc6-rate', '借新还旧 › 利率/手续费率', '1000', ...paid(6, '320,075.12')),
  no('sc6-fee', '借新还旧 › 手续费（元）', '-1', '不能小于 0。'),
];

// Budget: income 12 000, rent 3 000, a car loan 1 000 a month: capacity 8 000.
const cap = (v) => [(s) => s.capacity === v, (s) => `接受：每月可用 ${s.capacity}`];
const BUDGET = [
  no('income', '每月收入', 'abc', NAN),
  no('income', '每月收入', '', '请填写。'),
  no('income', '每月收入', '-1', '不能小于 0。'),
  ok('income', '每月收入', '0', ...cap('-4000.00')),
  ok('income', '每月收入', '１２０００', ...cap('8000.00')),
  no('income', '每月收入', 'x', NAN, { keep: ['cards'] }),
  no('savings', '现有存款（可一次性拿出）', '1e30', NAN),
  ok('savings', '现有存款（可一次性拿出）', '5万', ...cap('8000.00')),
  no('expenses-1-amount', '支出 › 金额（元）', '-3000', '不能小于 0。'),
  ok('expenses-1-amount', '支出 › 金额（元）', '3千', ...cap('8000.00')),
  no('otherDebts-1-amount', '月供 › 金额（元）', 'abc', NAN),
];

// Audit: 12 000 taken on 2026-10-11, 1 825.00 beyond what was owed.
const AUDIT = [
  no('deductions-1-date', '划扣 › 日期', '', '请填写。'),
  no('deductions-1-date', '划扣 › 日期', '9999-12-31', '不能大于 2100-12-31。'),
  { id: 'deductions-1-date', field: '划扣 › 日期', input: '2026-11-30', at: ['asOf'],
    says: /日期：不能晚于「计算日」|计算日：不能早于「日期」/ },
  no('deductions-1-amount', '划扣 › 金额（元）', 'abc', NAN),
  no('deductions-1-amount', '划扣 › 金额（元）', '1e30', NAN),
  ok('deductions-1-amount', '划扣 › 金额（元）', '0', (s) => /^2026-10-11 \/ 0\.00 \//.test(s.audit), (s) => `接受：${s.audit}`),
];

// Debts: 信用卡 20 000 at 18 % (400 minimum), 亲友 3 000 at 0 % (100), 2 000 a month.
const table = (re) => [(s) => re.test(s.debts), (s) => `接受：${s.debts}`];
const DEBTS = [
  no('debts-1-balance', '债务 › 余额（元）', 'abc', NAN),
  no('debts-1-balance', '债务 › 余额（元）', '', '请填写。'),
  ok('debts-1-balance', '债务 › 余额（元）', '0', ...table(/^雪崩法.* \/ 3,000\.00 \| 雪球法/)),
  no('debts-1-rate', '债务 › 年利率 %', '-1', '不能小于 0。'),
  { id: 'debts-1-rate', field: '债务 › 年利率 %', input: '1000', at: ['debtsBudget', 'page'], says: /数值过大/ },
  // Regression pin (the debts plan's interest as the page showed it), not worked by hand.
  ok('debts-1-minimum', '债务 › 最低还款额', '0', ...table(/雪球法.* \/ 2,366\.59 \//)),
  no('debtsBudget', '每月可用于还债的总额', 'abc', NAN),
  // Below the minimums (400 + 100 = 500): the shortfall and the minimums it cannot keep, no plan.
  ok('debtsBudget', '每月可用于还债的总额', '0', (s) => /差 500\.00 元/.test(s.body) && /还不上最低还款的：1\. 信用卡（400\.00）、2\. 亲友（100\.00）/.test(s.body) && !s.debts,
    (s) => `接受：${s.body.match(/每月 0\.00 元[^\n]*/)?.[0]}`),
  no('debtsOrder', '自定义还款顺序（可选）', '3,1', '不能大于 2。'),
  no('debtsOrder', '自定义还款顺序（可选）', '1,1', '不支持「1」。'),
  ok('debtsOrder', '自定义还款顺序（可选）', '2、1', ...table(/自定义顺序/)),
];

// Court: 50 000 claimed (fee 1 050.00); 100万 judgment debt 100 days late (17 500.00).
const COURT = [
  no('courtAmount', '诉讼标的额', 'abc', NAN),
  no('courtAmount', '诉讼标的额', '1e30', NAN),
  ok('courtAmount', '诉讼标的额', '0', (s) => /受理费 50\.00/.test(s.fee), (s) => `接受：${s.fee}`),
  ok('courtAmount', '诉讼标的额', '1.5万', (s) => /175\.00/.test(s.fee), (s) => `接受：${s.fee}`),
  no('delayAmount', '判决确定的金钱债务', '-1', '不能小于 0。'),
  ok('delayAmount', '判决确定的金钱债务', '１００万', (s) => /17,500\.00/.test(s.delay), (s) => `接受：${s.delay}`),
  no('delayDays', '迟延履行天数', '36501', '不能大于 36500。'),
  no('delayDays', '迟延履行天数', '1.5', NAN),
  no('delayDays', '迟延履行天数', '', '请填写。'),
  ok('delayDays', '迟延履行天数', ' 30 ', (s) => /5,250\.00/.test(s.delay), (s) => `接受：${s.delay}`),
];

const rows = [];
let server, browser, page;
before(async () => {
  server = await serve();
  browser = await launch();
  ({ page } = await open(browser, server.url));
  await fillStandardCase(page);
  const add = async (name) => page.getByRole('button', { name }).click();
  await add('＋ 添加支出');
  await add('＋ 添加月供');
  await add('＋ 添加一笔划扣');
  await add('＋ 添加债务');
  await add('＋ 添加债务');
  // The two card plans 借呗 does not offer, added by hand (sc8, sc9).
  await add('＋ 添加方案');
  await page.locator('#sc8-kind').selectOption('freeze');
  await add('＋ 添加方案');
  await page.locator('#sc9-kind').selectOption('minimumPayment');
  const values = {
    income: '12000', 'expenses-1-label': '房租', 'expenses-1-amount': '3000', 'otherDebts-1-label': '车贷',
    'otherDebts-1-amount': '1000', 'deductions-1-date': '2026-10-11', 'deductions-1-amount': '12000',
    'debts-1-name': '信用卡', 'debts-1-balance': '20000', 'debts-1-rate': '18', 'debts-1-minimum': '400',
    'debts-2-name': '亲友', 'debts-2-balance': '3000', 'debts-2-rate': '0', 'debts-2-minimum': '100',
    debtsBudget: '2000', courtAmount: '50000', delayAmount: '100万', delayDays: '100',
  };
  for (const [id, v] of Object.entries(values)) await setValue(page, id, v);
  // Each plan card's parameters sit in a collapsed 调整参数.
  for (const s of await page.locator('details.params > summary').all()) await s.click();
  await until(page, (s) => s.capacity === '8000.00' && !!s.audit && !!s.debts && !!s.delay, 5000);
});
after(async () => {
  writeTable('plans', rows);
  await browser?.close();
  await server?.close();
});

for (const c of [...PLANS, ...BUDGET, ...AUDIT, ...DEBTS, ...COURT]) test(name(c), () => runCase(page, c, rows));

test('多笔方案 ← 21 个方案', async () => {
  const addPlan = page.getByRole('button', { name: '＋ 添加方案' });
  for (let i = 8; i < 21; i++) await addPlan.click();
  const c = { id: 'page', field: '出路（方案列表）', input: '21 个方案', says: /最多 20 条/ };
  try {
    await runLoad(page, c, rows);
  } finally {
    await page.locator('article.scenario .scenario-head .remove').last().click();
  }
});

test('no request left the page and no page error', () => assertPrivate(page, server.url));

// 200 debts, the most the page takes, and 201: loaded from a share link (adding 200 rows by
// hand is the same input, one row at a time).
const debtsLink = (n) => {
  const parts = ['v=1', 'debtsBudget=5万'];
  for (let i = 0; i < n; i++) {
    parts.push(`debts.${i}`, `debts.${i}.name=${encodeURIComponent(`债${i + 1}`)}`, `debts.${i}.balance=${1000 + 10 * i}`,
      `debts.${i}.rate=${i % 30}`, `debts.${i}.minimum=50`);
  }
  return '#s=' + encodeURIComponent(parts.join('&'));
};
for (const [n, c] of [
  [200, { id: 'page', field: '多笔债务', input: '200 笔债务（分享链接）', wait: 8000, result: (s) => /^雪崩法.*雪球法/.test(s.debts),
    show: (s) => `接受：${s.debts}` }],
  [201, { id: 'page', field: '多笔债务', input: '201 笔债务（分享链接）', wait: 5000, says: /最多 200 条/ }],
]) {
  test(c.input, async () => {
    const { page: p, context } = await open(browser, server.url + debtsLink(n));
    try {
      await runLoad(p, c, rows, (s) => {
        // Every cell holds what the link carried: nothing was dropped.
        assert.equal(Object.keys(s.inputs).filter((k) => /^debts-\d+-name$/.test(k)).length, n);
        assert.equal(s.inputs[`debts-${n}-balance`], String(1000 + 10 * (n - 1)));
      });
      assertPrivate(p, server.url);
    } finally {
      await context.close();
    }
  });
}
