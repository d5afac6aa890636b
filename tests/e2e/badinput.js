// The bad-input matrix machinery shared by badinput-case.test.js and badinput-plans.test.js.
// A case types one value into one input (found by id) and then checks, on a snapshot of the
// whole page: (a) the message next to that input names the field (`says`), or a computed
// result is sensible (`result`); (b) every other input still holds its value, no other
// field shows a new message, and the sections the input does not feed are unchanged;
// (c) nothing on the page reads NaN, undefined, panic…, no total is negative and the page
// logged no error. Restoring the old value must bring the page back exactly.
// With BADINPUT_TABLE=dir the rows of the README's "Bad input" table are written to
// dir/badinput-<name>.md (input, field, what the page says).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An input the page must refuse: its message starts with the field's label and `text`. */
export const no = (id, field, input, text, more = {}) =>
  ({ id, field, input, says: new RegExp(`^${esc(field.split(' › ').pop())}：${esc(text)}`), ...more });
/** An input the page must accept: `result` holds on the snapshot; `show` goes in the README. */
export const ok = (id, field, input, result, show, more = {}) => ({ id, field, input, result, show, ...more });
/** The start of every not-a-number message. */
export const NAN = '不是有效数字。可以填写';
/** A case's test name. */
export const caseName = (c) => `${c.field} ← ${JSON.stringify(c.input)}${c.bug ? ' (BUG)' : ''}`;

const GARBAGE = /NaN|undefined|Infinity|panic|RuntimeError|unreachable|\[object|\bnull\b/;

/** Everything a case compares: every input's value, every message, every result. */
export function snapshot(page) {
  return page.evaluate(() => {
    const q = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.trim());
    const table = (sel) => [...document.querySelectorAll(`${sel} tbody tr`)]
      .map((tr) => [...tr.children].map((td) => td.textContent.trim()).join(' / ')).join(' | ');
    const inputs = {};
    for (const el of document.querySelectorAll('main input[id], main select[id]')) {
      inputs[el.id] = el.type === 'checkbox' ? el.checked : el.value;
    }
    // Messages by the input they sit under; a plan card's own message by its kind select.
    const errors = {}, labels = {};
    for (const p of document.querySelectorAll('main p.error')) {
      const text = p.textContent.trim();
      if (!text) continue;
      const input = p.closest('.field')?.querySelector('input, select');
      const card = p.closest('article.scenario')?.querySelector('select');
      errors[input ? input.id : card ? `card:${card.id}` : 'page'] = text;
      if (input) labels[input.id] = document.querySelector(`label[for="${input.id}"]`)?.textContent.trim();
    }
    const parts = {};
    for (const tr of document.querySelectorAll('#results [data-part]')) parts[tr.dataset.part] = tr.querySelector('.num').textContent;
    const stale = document.querySelector('#results .stale');
    return {
      inputs, errors, labels, parts,
      total: parts.total ?? null,
      stale: !!stale && !stale.hidden,
      notes: q('#results .note').join(' | '),
      paid: [...document.querySelectorAll('article.scenario')].map((a) => a.querySelector('[data-m="totalPaid"]')?.textContent ?? ''),
      cards: q('article.scenario [aria-live]').join(' | '),
      capacity: document.querySelector('.capacity')?.dataset.capacity ?? null,
      audit: table('#audit-table'),
      debts: table('#debts-table'),
      fee: q('[data-court="fee"]').join(''),
      delay: q('[data-court="delay"]').join(''),
      body: document.body.innerText,
    };
  });
}

/** Which section an input feeds. */
const isCase = (id) => !/^(sc\d+-|income|savings|expenses-|otherDebts-|deductions-|debts|court|delay)/.test(id);

/** The parts of the snapshot an input must leave alone. */
function untouched(id) {
  const all = ['total', 'stale', 'parts', 'notes', 'cards', 'capacity', 'audit', 'debts', 'fee', 'delay'];
  const but = (...feeds) => all.filter((k) => !feeds.includes(k));
  if (/^sc\d+-/.test(id)) return but('cards');
  if (/^(income|savings|expenses-|otherDebts-)/.test(id)) return but('cards', 'capacity');
  if (/^deductions-/.test(id)) return but('audit');
  if (/^debts/.test(id)) return but('debts');
  if (/^court/.test(id)) return but('fee');
  if (/^delay/.test(id)) return but('delay');
  // The case feeds everything computed from it; the other tools must not move.
  return ['debts', 'fee', 'delay'];
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Polls the page until `ok(snapshot)` holds or `ms` pass; returns the last snapshot. */
export async function until(page, ok, ms = 1000) {
  const end = Date.now() + ms;
  for (;;) {
    await frames(page);
    const s = await snapshot(page);
    if (ok(s) || Date.now() > end) return s;
  }
}

/** The message for a case: under the input itself or under one of `c.at`. */
function messageOf(c, s) {
  // A list-level message (too many rows) may sit anywhere on the page.
  if (c.id === 'page') {
    const hit = Object.entries(s.errors).find(([, t]) => c.says?.test(t)) ?? Object.entries(s.errors)[0];
    return hit ? { id: hit[0], text: hit[1] } : null;
  }
  for (const id of [c.id, ...(c.at ?? [])]) if (s.errors[id]) return { id, text: s.errors[id] };
  return null;
}

/** Sets an input the way a user would: pick an option or replace the text. */
export async function setValue(page, id, value) {
  const el = page.locator(`#${id}`);
  if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(value);
  else await el.fill(value);
}

/** Checks (b) and (c) of the file comment between `before` and `after`. */
export function checkRest(c, before, after, page) {
  const own = new Set([c.id, ...(c.at ?? [])]);
  const follow = followers(c.id, after);
  for (const [id, v] of Object.entries(before.inputs)) {
    if (id === c.id) continue;
    // A plan that starts from the case's rate may follow it, and then holds what was typed.
    if (id in follow && after.inputs[id] !== v) assert.equal(after.inputs[id], follow[id], `input #${id} followed`);
    else assert.equal(after.inputs[id], v, `input #${id} changed`);
  }
  if (c.id in after.inputs && c.input !== undefined) assert.equal(after.inputs[c.id], c.input, 'what was typed was changed');
  const card = c.id.match(/^(sc\d+)-/)?.[1];
  for (const [id, text] of Object.entries(after.errors)) {
    if (own.has(id) || id === `card:${card}-kind`) continue;
    assert.equal(text, before.errors[id], `new message under #${id}`);
  }
  const short = (v) => JSON.stringify(v).slice(0, 160);
  for (const k of [...untouched(c.id), ...(c.keep ?? [])]) {
    if (JSON.stringify(after[k]) !== JSON.stringify(before[k])) assert.fail(`${k} changed: ${short(before[k])} → ${short(after[k])}`);
  }
  if (card) {
    // The other plan cards keep their figures.
    const k = cardIds(before).indexOf(card);
    before.paid.forEach((p, j) => { if (j !== k) assert.equal(after.paid[j], p, `plan card ${j + 1} changed`); });
  }
  const bad = after.body.match(GARBAGE);
  assert.equal(bad, null, `the page shows "${bad?.[0]}"`);
  for (const v of [after.total, ...after.paid]) assert.ok(!/^[-−]/.test(v ?? ''), `a negative total: ${v}`);
  assert.deepEqual(page.errors, [], 'page errors');
}

/** The inputs that follow `id` (DESIGN.md, "The page"): the rate and unit of the plans that
 * start from the case's rate (延期, 最低还款) follow the case's, each to the case's value. */
function followers(id, s) {
  const col = { rate: 'rate', rateUnit: 'rateUnit', loanRate: 'rate', loanRateUnit: 'rateUnit' }[id];
  if (!col) return {};
  const plans = cardIds(s).filter((sc) => ['extension', 'minimumPayment'].includes(s.inputs[`${sc}-kind`]));
  return Object.fromEntries(plans.map((sc) => [`${sc}-${col}`, s.inputs[id]]));
}

// Plan card ids in page order (sc1, sc2, …), read from the kind selects.
function cardIds(s) {
  return Object.keys(s.inputs).filter((k) => /^sc\d+-kind$/.test(k)).map((k) => k.replace('-kind', ''));
}

/** What the page says for a case, for the README table. */
function says(c, s) {
  const m = messageOf(c, s);
  if (m) return m.id === c.id || !s.labels[m.id] ? m.text : `${m.text}（显示在「${s.labels[m.id]}」下）`;
  const card = c.id.match(/^(sc\d+)-/)?.[1];
  if (card && s.errors[`card:${card}-kind`]) return `卡片：${s.errors[`card:${card}-kind`]}（字段旁无提示）`;
  if (c.show) return c.show(s);
  return '（无提示）';
}

/**
 * Runs one case on `page` (already in its known state): types, checks, records the README
 * row, and restores the old value, which must bring the page back exactly.
 */
export async function runCase(page, c, rows) {
  const before = await snapshot(page);
  const label = await page.evaluate((id) => document.querySelector(`label[for="${id}"]`)?.textContent.trim(), c.id);
  assert.equal(c.field.split(' › ').pop(), label, `#${c.id} is labelled «${label}»`);
  const old = before.inputs[c.id];
  await setValue(page, c.id, c.input);
  const want = (s) => (c.says ? c.says.test(messageOf(c, s)?.text ?? '') : c.result(s));
  const after = await until(page, want);
  rows.push({ input: c.input, field: c.field, says: says(c, after), bug: c.bug });
  try {
    if (c.says) {
      const m = messageOf(c, after);
      assert.ok(m, `no message under #${c.id}${c.at ? ' or #' + c.at.join(', #') : ''}`);
      assert.match(m.text, c.says);
      // The last good result stays, marked as kept from earlier input.
      if (isCase(c.id) && before.total) {
        assert.equal(after.total, before.total, 'the last good total went away');
        assert.ok(after.stale, 'the kept result is not marked');
      }
    } else {
      assert.ok(c.result(after), `unexpected result: ${says(c, after)}`);
    }
    checkRest(c, before, after, page);
  } finally {
    await setValue(page, c.id, old);
    const back = await until(page, (s) => same(s, before), 3000);
    if (!same(back, before)) assert.fail(`restoring #${c.id} did not bring the page back: ${JSON.stringify(firstDiff(back, before))}`);
  }
}

const same = (a, b) => JSON.stringify({ ...a, body: 0 }) === JSON.stringify({ ...b, body: 0 });
function firstDiff(a, b) {
  for (const k of Object.keys(b)) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return { [k]: [b[k], a[k]] };
  return null;
}

/** A case whose input is a whole page load (URL parameters or a share link). */
export async function runLoad(page, c, rows, check) {
  const s = await until(page, (x) => (c.says ? c.says.test(messageOf(c, x)?.text ?? '') : c.result(x)), c.wait);
  rows.push({ input: c.input, field: c.field, says: says(c, s), bug: c.bug });
  if (c.says) assert.match(messageOf(c, s)?.text ?? '（无提示）', c.says);
  else assert.ok(c.result(s), `unexpected result: ${says(c, s)}`);
  const bad = s.body.match(GARBAGE);
  assert.equal(bad, null, `the page shows "${bad?.[0]}"`);
  assert.deepEqual(page.errors, [], 'page errors');
  if (check) check(s);
}

/** Writes the README rows when BADINPUT_TABLE names a directory. */
export function writeTable(name, rows) {
  const dir = process.env.BADINPUT_TABLE;
  if (!dir) return;
  const cell = (v) => String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const input = (v) => (v === '' ? '（空）' : /^ +$/.test(v) ? `${v.length} 个空格`
    : v.trim() !== v ? `\`${cell(v.trim())}\`（前后带空格）` : `\`${cell(v)}\``);
  const lines = rows.map((r) => `| ${input(r.input)} | ${cell(r.field)} | ${cell(r.says)}${r.bug ? ` — **BUG:** ${cell(r.bug)}` : ''} |`);
  fs.writeFileSync(path.join(dir, `badinput-${name}.md`), lines.join('\n') + '\n');
}
