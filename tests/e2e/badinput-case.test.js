// Bad-input matrix, part 1: the case and its terms (quick and detailed mode), and odd
// values arriving through the URL or a share link. Machinery and checks: badinput.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, fill, fillStandardCase, waitForResult, assertPrivate } from './harness.js';
import { runCase, runLoad, writeTable, no, ok, NAN, caseName as name } from './badinput.js';

/** The breakdown shows `part` = `value` and is not marked as stale. */
const part = (p, value, label) => [(s) => s.parts[p] === value && !s.stale,
  (s) => (p === 'total' ? `接受：合计 ${s.total}` : `接受：${label} ${s.parts[p]}，合计 ${s.total}`)];

const D30 = '1.123456789012345678901234567890';

// The standard case (harness.js): 10 000 + 100 overdue since 2026-10-01, as of 2026-10-31,
// 0.05 %/day × 1.5: total 10 325.00.
const QUICK = [
  no('overduePrincipal', '逾期本金', '', '请填写。'),
  no('overduePrincipal', '逾期本金', '   ', '请填写。'),
  no('overduePrincipal', '逾期本金', 'abc', NAN),
  no('overduePrincipal', '逾期本金', '-5', '不能小于 0。'),
  no('overduePrincipal', '逾期本金', '1e30', NAN),
  no('overduePrincipal', '逾期本金', '10000000000001', '不能大于 1000000000000。'),
  no('overduePrincipal', '逾期本金', '1.005', '最多 2 位小数。'),
  no('overduePrincipal', '逾期本金', D30, '最多 2 位小数。'),
  { ...no('overduePrincipal', '逾期本金', '5%', NAN), says: /^逾期本金：不是有效数字。(?!.*0\.05%)/ },
  no('overduePrincipal', '逾期本金', '3千2万', NAN),
  no('overduePrincipal', '逾期本金', '1万5', NAN),
  ok('overduePrincipal', '逾期本金', '0', ...part('principal', '0.00', '本金')),
  ok('overduePrincipal', '逾期本金', '1.5万', ...part('principal', '15,000.00', '本金')),
  ok('overduePrincipal', '逾期本金', '1万5千', ...part('principal', '15,000.00', '本金')),
  ok('overduePrincipal', '逾期本金', '１２３', ...part('principal', '123.00', '本金')),
  ok('overduePrincipal', '逾期本金', ' 12,345.67 ', ...part('principal', '12,345.67', '本金')),
  ok('overduePrincipal', '逾期本金', '1000000000000', ...part('total', '1,022,500,000,100.00', '合计')),
  no('overduePrincipal', '逾期本金', 'x', NAN, { keep: ['cards', 'capacity'] }),
  no('overdueInterest', '逾期利息', 'abc', NAN),
  ok('overdueInterest', '逾期利息', '0', ...part('interest', '0.00', '利息')),
  no('notDuePrincipal', '未到期本金', '-1', '不能小于 0。'),
  ok('notDuePrincipal', '未到期本金', '2千', ...part('total', '12,355.00', '合计')),
  no('firstOverdueDate', '首次逾期日', '', '请填写。'),
  no('firstOverdueDate', '首次逾期日', '9999-12-31', '不能大于 2100-12-31。'),
  no('firstOverdueDate', '首次逾期日', '1900-01-01', '不能小于 1990-01-01。'),
  { id: 'firstOverdueDate', field: '首次逾期日', input: '2026-11-30', at: ['asOf'],
    says: /首次逾期日：不能晚于「计算日」|计算日：不能早于「首次逾期日」/ },
  { id: 'asOf', field: '计算日', input: '2026-09-01', at: ['firstOverdueDate'],
    says: /首次逾期日：不能晚于「计算日」|计算日：不能早于「首次逾期日」/ },
  no('asOf', '计算日', '', '请填写。'),
  no('asOf', '计算日', '9999-12-31', '不能大于 2100-12-31。'),
  { id: 'asOf', field: '计算日', input: '2100-12-31', says: /计算日/ },
  no('rate', '合同利率', '', '请填写。'),
  no('rate', '合同利率', '-0.05', '不能小于 0。'),
  no('rate', '合同利率', '1000', '不能大于 2.7397%。'),
  no('rate', '合同利率', D30, '最多 14 位小数。'),
  ok('rate', '合同利率', '0', ...part('penalty', '0.00', '罚息')),
  ok('rate', '合同利率', '０．０５％', ...part('total', '10,325.00', '合计')),
  no('penaltyMultiplier', '罚息倍数', '1e30', NAN),
  no('penaltyMultiplier', '罚息倍数', '100', '不能大于 10。'),
  ok('penaltyMultiplier', '罚息倍数', '0', ...part('penalty', '0.00', '罚息')),
  no('penaltyRate', '罚息日利率（固定）', '1000', '不能大于 2.7397%。'),
  ok('penaltyRate', '罚息日利率（固定）', '0', ...part('penalty', '0.00', '罚息')),
  no('graceDays', '宽限期', '-1', '不能小于 0。'),
  no('graceDays', '宽限期', '1.5', NAN),
  no('graceDays', '宽限期', '999999', '不能大于 60。'),
  ok('graceDays', '宽限期', ' 30 ', (s) => s.total === '10,100.00' && /补计 225\.00/.test(s.notes),
    (s) => `接受：合计 ${s.total}，宽限期后补计 225.00`),
  no('feePercent', '违约金比例', '1000', '不能大于 100%。'),
  ok('feePercent', '违约金比例', '5', ...part('fees', '505.00', '违约金')),
  no('feeMin', '违约金最低', 'abc', NAN),
  no('feeMax', '违约金最高', '-1', '不能小于 0。'),
  no('feeFixed', '违约金固定部分', '1e30', NAN),
  no('accelerateAfterDays', '逾期多少天后全部提前到期', 'abc', NAN),
  no('channelClosedFrom', '还款通道关闭日', '9999-12-31', '不能大于 2100-12-31。'),
  no('contractDate', '合同签订日', '9999-12-31', '不能大于 2100-12-31。'),
];

// The detailed case of case.test.js: 10 000 at 12 %/yr over 12 months from 2026-01-15,
// as of 2026-06-14, one payment of 888.49 on 2026-02-15.
const DETAILED = [
  no('loanPrincipal', '借款本金', '0', '不能小于 0.01。'),
  no('loanPrincipal', '借款本金', '1e30', NAN),
  // 104,573.03, 150,236.92 and 9,608.25 are the independent reference ledger's figures for
  // this case (tests/reference_pins.rs), not values copied from the page.
  ok('loanPrincipal', '借款本金', '１０００００', (s) => !s.stale && s.total === '104,573.03', (s) => `接受：合计 ${s.total}`),
  no('loanRate', '合同利率', '1001', '不能大于 1000%。'),
  ok('loanRate', '合同利率', '1000', (s) => !s.stale && s.total === '150,236.92', (s) => `接受（1000 %/年）：合计 ${s.total}`),
  ok('loanRate', '合同利率', '0', (s) => !s.stale && s.parts.penalty === '0.00', (s) => `接受：罚息 ${s.parts.penalty}，合计 ${s.total}`),
  // The bank-loan preset quotes on 360 days, and the basis stays when the unit changes:
  // 1000 %/yr ÷ 360 = 2.7778 %/day.
  { ...no('loanRateUnit', '利率单位', 'day', ''), says: /^合同利率：不能大于 2\.7778%。/, at: ['loanRate'] },
  ok('loanMonths', '期数', '600', (s) => !s.stale && s.total === '9,608.25', (s) => `接受：合计 ${s.total}`),
  no('loanMonths', '期数', '601', '不能大于 600。'),
  no('loanMonths', '期数', '0', '不能小于 1。'),
  no('loanMonths', '期数', '12.5', NAN),
  no('loanStart', '放款日', '9999-12-31', '不能大于 2100-12-31。'),
  no('payments-1-date', '还款 › 日期', '9999-12-31', '不能大于 2100-12-31。'),
  no('payments-1-date', '还款 › 日期', '2026-07-01', '不能晚于「计算日」。'),
  no('payments-1-amount', '还款 › 金额（元）', '-5', '不能小于 0。'),
  no('payments-1-amount', '还款 › 金额（元）', '1万亿', NAN),
];

const rows = [];
let server, browser, quick, detailed;
before(async () => {
  server = await serve();
  browser = await launch();
  quick = await open(browser, server.url);
  await fillStandardCase(quick.page);
  detailed = await open(browser, server.url);
  const p = detailed.page;
  await p.getByLabel('平台', { exact: true }).selectOption('bankLoan');
  await p.getByRole('button', { name: '详细模式' }).click();
  for (const [label, v] of [['借款本金', '10000'], ['合同利率', '12'], ['期数', '12'], ['放款日', '2026-01-15'], ['计算日', '2026-06-14']]) {
    await fill(p, label, v);
  }
  await p.getByRole('button', { name: '＋ 添加一笔还款' }).click();
  await p.locator('#payments-1-date').fill('2026-02-15');
  await p.locator('#payments-1-amount').fill('888.49');
  await waitForResult(p);
});
after(async () => {
  writeTable('case', rows);
  await browser?.close();
  await server?.close();
});

for (const c of QUICK) test(`quick: ${name(c)}`, () => runCase(quick.page, c, rows));
for (const c of DETAILED) test(`detailed: ${name(c)}`, () => runCase(detailed.page, c, rows));

// Odd values through the URL (embed parameters) or a share link (#s=…).
const CASE = 'principal=1万&interest=100&first=2026-10-01&asOf=2026-10-31&rate=0.05';
const link = (extra) => '#s=' + encodeURIComponent(`v=1&preset=jiebei&overduePrincipal=1万&firstOverdueDate=2026-10-01&asOf=2026-10-31&rate=0.05&rateUnit=day&courtAmount=50000&${extra}`);
const LOADS = [
  { id: 'rateUnit', field: '利率单位', input: '?rateUnit=week', url: `?${CASE}&rateUnit=week`, says: /^利率单位：不支持「week」/ },
  { ...no('asOf', '计算日', '?asOf=2026-13-45', '日期无效，请按 年-月-日 填写'), url: `?${CASE.replace('2026-10-31', '2026-13-45')}` },
  { ...no('overduePrincipal', '逾期本金', '?principal=abc', NAN), url: `?${CASE.replace('1万', 'abc')}` },
  ok('preset', '平台', '?preset=bogus', (s) => s.inputs.preset === 'jiebei' && s.total === '10,325.00',
    (s) => `忽略，用默认「借呗」：合计 ${s.total}`, { url: `?preset=bogus&${CASE}` }),
  { id: 'lenderType', field: '出借人类型', input: '#s=…lenderType=alien', url: link('lenderType=alien'), says: /^出借人类型：不支持「alien」/ },
  { id: 'courtProcedure', field: '程序', input: '#s=…courtProcedure=xyz', url: link('courtProcedure=xyz'), says: /^程序：不支持「xyz」/ },
];
for (const c of LOADS) {
  test(`url: ${name(c)}`, async () => {
    const { page, context } = await open(browser, server.url + c.url);
    try {
      await runLoad(page, c, rows);
      assertPrivate(page, server.url);
    } finally {
      await context.close();
    }
  });
}

test('no request left the page and no page error', () => {
  assertPrivate(quick.page, server.url);
  assertPrivate(detailed.page, server.url);
  assert.ok(rows.length >= 70, `${rows.length} cases`);
});
