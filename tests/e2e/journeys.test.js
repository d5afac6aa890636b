// Issue 14: three users on a phone (360 px), each checking the points they raised, with the
// request log clean; and a layout check that nothing at 360 px is wider than its box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, assertPrivate, fill, fillStandardCase, waitForResult } from './harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const cards = (page) => page.locator('article.scenario');
const kinds = (page) => page.locator('article.scenario select[id$="-kind"]').evaluateAll((ss) => ss.map((s) => s.value));
const cardOf = async (page, kind) => cards(page).nth((await kinds(page)).indexOf(kind));

test('a 借呗 borrower who wants to negotiate: the lender\'s plans, the assumption, a proposal to send', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  // 借呗's own plans only: no 停息挂账, no 最低还款.
  const ks = await kinds(page);
  assert.ok(!ks.includes('freeze') && !ks.includes('minimumPayment'), ks.join());
  assert.ok(ks.includes('installments') && ks.includes('extension') && ks.includes('settlement'));
  // The settlement's saving rests on the lender: said on the card and on its mark.
  const settle = await cardOf(page, 'settlement');
  assert.match(await settle.locator('.assumption').textContent(), /假设出借方同意减免/);
  const badge = await settle.locator('.badges').textContent();
  assert.ok(!/最省钱(?!（需对方同意）)/.test(badge), badge);
  // The proposal carries the card's own figures (read from the page, not recomputed).
  const inst = await cardOf(page, 'installments');
  const total = await inst.locator('[data-m="totalPaid"]').textContent();
  const count = await inst.locator('[data-m="numPayments"]').textContent();
  const proposal = await inst.locator('.proposal').textContent();
  assert.match(proposal, new RegExp(`^向出借方提出：分 ${count} 期，每期 [\\d,]+\\.\\d\\d 元.*共 ${total.replace(/[.]/g, '\\.')} 元。$`));
  // Each plan says what it is, and when a credit record would end.
  assert.equal(await page.locator('article.scenario .kind-desc').count(), ks.length);
  assert.match(await inst.locator('.credit').textContent(), /征信业管理条例/);
  // What to do next: the 27.74 above the 24 % line (225.00 − 197.26), and the regulator's line.
  await page.locator('#next-steps').waitFor();
  assert.match(await page.locator('#next-steps li.aboveLine').textContent(), /^有 27\.74 元罚息、违约金等超过年化 24%/);
  assert.match(await page.locator('#next-steps li.complain').textContent(), /12378/);
  assertPrivate(page, server.url);
  await context.close();
});

test('a card, 花呗 and 微粒贷 on a tight budget: card plans, the shortfall, which minimums to keep', async () => {
  const { page, context } = await open(browser, server.url);
  await page.locator('#preset').selectOption('creditCard');
  await fill(page, '逾期本金', '20000');
  await fill(page, '首次逾期日', '2026-09-10');
  await fill(page, '计算日', '2026-10-31');
  await waitForResult(page);
  // A card's plans: minimum payments and 停息挂账 with art. 70's five-year limit on.
  const ks = await kinds(page);
  assert.ok(ks.includes('minimumPayment') && ks.includes('freeze'), ks.join());
  assert.equal(await (await cardOf(page, 'freeze')).locator('input[id$="-card"]').isChecked(), true);
  // Three debts, 2 500 a month against 3 300 of minimums; 花呗's rate typed as the daily 0.05.
  const add = page.getByRole('button', { name: '＋ 添加债务' });
  const debts = [['信用卡', '20000', '18', '2000'], ['花呗', '5000', '0.05', '500'], ['微粒贷', '8000', '18.25', '800']];
  for (const [i, row] of debts.entries()) {
    await add.click();
    const inputs = page.locator('#debts .row-line').nth(i).locator('input');
    for (const [k, v] of row.entries()) await inputs.nth(k).fill(v);
  }
  await fill(page, '每月可用于还债的总额', '2500');
  await page.locator('#debts .shortfall').waitFor();
  // 3 300 − 2 500 = 800 short. Dearest first: 微粒贷 (18.25 %, 800; 1 700 left), 信用卡's
  // 2 000 does not fit, 花呗's 500 does.
  assert.match(await page.locator('#debts .shortfall').textContent(), /每月 2,500\.00 元低于各笔最低还款合计 3,300\.00 元，差 800\.00 元/);
  assert.equal(await page.locator('#debts .keep-first').textContent(), '先保住这几笔的最低还款（利率最高的优先）：3. 微粒贷（800.00）、2. 花呗（500.00）');
  assert.equal(await page.locator('#debts .cannot-keep').textContent(), '这个月还不上最低还款的：1. 信用卡（2,000.00）');
  assert.equal(await page.locator('#debts-table').count(), 0, 'no plan below the minimums');
  assert.match(await page.locator('#debts .daily-rate').textContent(), /2\. 花呗 的年利率是 0\.05%，很低：是日利率吗？/);
  assertPrivate(page, server.url);
  await context.close();
});

test('an article author embedding the card calculator: sections, the URL over saved values', async () => {
  const url = `${server.url}?embed=1&preset=creditCard&sections=case,results,ways&principal=10000&first=2026-01-01&asOf=2026-02-05&minimum=2000`;
  const { page, context } = await open(browser, url);
  await page.locator('[data-part="total"] .num').waitFor();
  // The minimum from the URL: two late fees of 5 % × 2 000 = 200.00.
  assert.equal(await page.locator('[data-part="fees"] .num').textContent(), '200.00');
  await page.locator('article.scenario').first().waitFor();
  for (const id of ['audit', 'debts', 'court', 'docs', 'data']) assert.equal(await page.locator(`#${id}`).count(), 0, id);
  assert.ok((await kinds(page)).includes('minimumPayment'));
  // A reader's own figure is saved, but the article's URL wins when it is opened again.
  await page.locator('#overduePrincipal').fill('8000');
  await page.waitForFunction(() => document.querySelector('[data-part="principal"] .num')?.textContent === '8,000.00');
  await page.waitForTimeout(200);
  await page.goto(url);
  await page.locator('[data-part="total"] .num').waitFor();
  assert.equal(await page.locator('#overduePrincipal').inputValue(), '10000');
  assertPrivate(page, server.url);
  await context.close();
});

/** Controls and table wrappers wider than their box, or reaching past the screen's edge. */
function overflowing() {
  const out = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) out.push(`page ${document.documentElement.scrollWidth} > ${vw}`);
  for (const el of document.querySelectorAll('main input, main select, main button, main .table-scroll, main summary, main label, main .row-no')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue; // hidden
    const name = `${el.tagName.toLowerCase()}#${el.id || el.className || el.textContent.trim().slice(0, 12)}`;
    if (r.left < -1 || r.right > vw + 1) out.push(`${name} reaches ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
    // A wide table scrolls inside its wrapper (with a cue); anything else must fit its box.
    if (!el.classList.contains('table-scroll') && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT') {
      out.push(`${name} content ${el.scrollWidth} > box ${el.clientWidth}`);
    }
  }
  // A select cuts its chosen text when the text is wider than the box less its arrow.
  const ctx = document.createElement('canvas').getContext('2d');
  for (const s of document.querySelectorAll('main select')) {
    if (s.getBoundingClientRect().width === 0) continue;
    const cs = getComputedStyle(s);
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const text = s.options[s.selectedIndex]?.text ?? '';
    const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    if (ctx.measureText(text).width > room + 1) out.push(`select#${s.id} cuts "${text}" (${Math.round(ctx.measureText(text).width)} > ${Math.round(room)})`);
  }
  return out;
}

for (const lang of ['zh', 'en']) {
  test(`at 360 px (${lang}) no control or table wrapper is wider than its box or the screen`, async () => {
    const { page, context } = await open(browser, `${server.url}?lang=${lang}`);
    await fill(page, lang === 'zh' ? '逾期本金' : 'Overdue principal', '10000').catch(async () => page.locator('#overduePrincipal').fill('10000'));
    await page.locator('#firstOverdueDate').fill('2026-10-01');
    await page.locator('#asOf').fill('2026-10-31');
    await waitForResult(page);
    // Every folded part open, so its controls are measured too (set directly: a click waits
    // for a summary inside a closed part to show).
    await page.evaluate(() => { for (const d of document.querySelectorAll('main details')) d.open = true; });
    await page.waitForTimeout(500);
    const bad = await page.evaluate(overflowing);
    assert.deepEqual(bad, []);
    assertPrivate(page, server.url);
    await context.close();
  });
}

test('a first visit tries the worked example: every section works, marked as an example, one click back to empty', async () => {
  const { page, context } = await open(browser, server.url);
  await page.locator('#example-try').click();
  await waitForResult(page);
  // 借呗 20 000 + 300, 45 days at 0.04 %/day × 1.5: 540.00 of 罚息, 20 840.00 in all.
  assert.equal(await page.locator('[data-part="total"] .num').textContent(), '20,840.00');
  assert.match(await page.locator('.example-on').textContent(), /下面是示例数据，不是你的情况/);
  await page.locator('#audit-table').waitFor();
  await page.locator('#debts-table').waitFor();
  assert.ok(await page.locator('article.scenario [data-m="totalPaid"]').count() >= 6);
  assert.match(await page.locator('.capacity').textContent(), /2,500\.00/);
  // Back to an empty form, the example offered again.
  await page.locator('#example-clear').click();
  await page.locator('#example-try').waitFor();
  assert.equal(await page.locator('#overduePrincipal').inputValue(), '');
  assert.equal(await page.locator('.example-on').count(), 0);
  assertPrivate(page, server.url);
  await context.close();
});
