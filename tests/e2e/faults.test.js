// Faults: damaged or foreign saved data, storage that refuses to save, hand-edited share
// links and a wasm trap. Each recovers with a message and loses no saved data that was
// still valid; other apps' keys in the same storage are never touched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, open, assertPrivate, fill, fillStandardCase, cell, waitForResult, dist, appReady } from './harness.js';

const KEY = 'overdue-calc:v1';
const UNREAD = `${KEY}:unread`;
const OTHERS = { 'other-app:session': '{"token":"keep-me"}', theme: 'dark' };

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Harness `open` with `init` run before any page script (and `seed` put in storage once per context). */
function openWith(url, { seed, init, initArg } = {}) {
  const inits = [];
  if (seed) {
    inits.push([(entries) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, seed]);
  }
  if (init) inits.push([init, initArg]);
  return open(browser, url, { inits });
}

const stored = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const value = (page, id) => page.locator(`#${id}`).inputValue();
const faults = (page) => page.locator('.fault').allTextContents();
const othersOf = (page) => page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, localStorage.getItem(k)])), Object.keys(OTHERS));
/** Waits until the saved copy contains `text` (autosave runs just after the input event). */
const savedWith = (page, text) => page.waitForFunction(([k, t]) => (localStorage.getItem(k) || '').includes(t), [KEY, text]);

/** A real saved copy of the standard case (10 325.00 as of 2026-10-31), as the page writes it. */
async function standardCopy() {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await savedWith(page, 'rate=0.05');
  const text = await stored(page);
  await context.close();
  assert.match(text, /^v=1&/);
  return text;
}

test('unreadable saved data (garbage, another app\'s JSON, a future version): blank page, a message, nothing deleted', async () => {
  for (const bad of ['\u0000\u0001\uFFFD垃圾%%%&&==', '{"user":"someone","items":[1,2,3]}', 'v=99&overduePrincipal=5000&asOf=2026-10-31']) {
    const { page, context } = await openWith(server.url, { seed: { [KEY]: bad, ...OTHERS } });
    await page.locator('.fault').first().waitFor();
    assert.deepEqual(await faults(page), ['已保存的数据无法读取，页面从空白开始；原数据另行保留，未被删除。'], bad);
    assert.equal(await value(page, 'overduePrincipal'), '', bad);
    // Left as it was until the user edits, and kept aside for good.
    assert.equal(await stored(page), bad);
    assert.equal(await stored(page, UNREAD), bad);
    await fill(page, '逾期本金', '8000');
    await savedWith(page, 'overduePrincipal=8000');
    assert.match(await stored(page), /^v=1&/);
    assert.equal(await stored(page, UNREAD), bad);
    assert.deepEqual(await othersOf(page), OTHERS);
    assertPrivate(page, server.url);
    await context.close();
  }
});

test('a damaged saved copy restores every valid key; invalid text stays as typed; the rest is skipped with a message', async () => {
  const good = await standardCopy();
  const damaged = good
    + '&courtAmount=abc' // invalid for its field: kept as typed, shown with its error
    + '&someoneElsesKey=1' // not ours
    + '&delayAmount=%E4%B8' // broken percent-encoding
    + `&debtsOrder=${'9'.repeat(1_000_000)}`; // 1 MB: nothing typed is that long
  const { page, context } = await openWith(server.url, { seed: { [KEY]: damaged, ...OTHERS } });
  await waitForResult(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  assert.equal(await value(page, 'overduePrincipal'), '1万');
  assert.equal(await value(page, 'asOf'), '2026-10-31');
  assert.equal(await value(page, 'courtAmount'), 'abc');
  assert.match(await page.locator('#courtAmount-err').textContent(), /不是有效数字/);
  assert.equal(await value(page, 'delayAmount'), '');
  assert.deepEqual(await faults(page), ['部分已保存的数据无法读取，已跳过；其余内容已恢复。']);
  assert.equal(await stored(page), damaged, 'not rewritten before an edit');
  await fill(page, '逾期利息', '200');
  await savedWith(page, 'overdueInterest=200');
  const now = await stored(page);
  assert.match(now, /overduePrincipal=1%E4%B8%87/);
  assert.match(now, /courtAmount=abc/);
  assert.doesNotMatch(now, /someoneElsesKey|debtsOrder/);
  assert.equal(await stored(page, UNREAD), damaged);
  assert.deepEqual(await othersOf(page), OTHERS);
  assertPrivate(page, server.url);
  await context.close();
});

test('a truncated saved copy keeps what came before the cut; English message with lang=en', async () => {
  const cut = 'v=1&preset=creditCard&mode=quick&asOf=2026-10-31&overduePrincipal=1%E4%B8';
  const { page, context } = await openWith(`${server.url}?lang=en`, { seed: { [KEY]: cut } });
  await page.locator('.fault').first().waitFor();
  assert.equal(await value(page, 'preset'), 'creditCard');
  assert.equal(await value(page, 'overduePrincipal'), '');
  assert.deepEqual(await faults(page), ['Part of the saved data could not be read and was skipped; the rest was restored.']);
  assert.equal(await stored(page), cut);
  assertPrivate(page, server.url);
  await context.close();
});

test('storage full: the calculator still computes, a message says nothing is saved, gone once saving works', async () => {
  const { page, context } = await openWith(server.url, {
    init: () => {
      window.__quotaFull = true;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (window.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, k, v);
      };
    },
  });
  await fillStandardCase(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  assert.deepEqual(await faults(page), ['无法在本机保存输入（浏览器存储已满或被禁止）。要保留这些数字，请生成分享链接，或下载离线版。']);
  assert.equal(await stored(page), null);
  await page.evaluate(() => { window.__quotaFull = false; });
  await fill(page, '逾期利息', '200');
  await savedWith(page, 'overdueInterest=200');
  await page.locator('.fault').waitFor({ state: 'detached' });
  assert.deepEqual(await faults(page), []);
  assertPrivate(page, server.url);
  await context.close();
});

test('storage blocked (SecurityError on localStorage): computes, says so in Chinese and English, no page error', async () => {
  const { page, context } = await openWith(server.url, {
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
      });
    },
  });
  await page.locator('.fault').first().waitFor();
  await fillStandardCase(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  assert.match((await faults(page)).join(), /无法在本机保存输入/);
  await page.getByRole('button', { name: 'English' }).click();
  assert.deepEqual(await faults(page), ['Your inputs cannot be saved on this device (browser storage is full or blocked). To keep these numbers, make a share link or download the offline copy.']);
  assertPrivate(page, server.url);
  await context.close();
});

const MINE = 'v=1&preset=jiebei&mode=quick&asOf=2026-10-31&overduePrincipal=5000&savedOn=2026-01-01';

test('a share link that cannot be read at all loads nothing and leaves the saved inputs alone', async () => {
  const links = ['#s=garbage!!', '#s=v%3D99%26overduePrincipal%3D7000', '#s=%E4%B8%26overduePrincipal%3D7000', '#s='];
  for (const frag of links) {
    const { page, context } = await openWith(server.url + frag, { seed: { [KEY]: MINE, ...OTHERS } });
    await page.locator('.fault').first().waitFor();
    assert.deepEqual(await faults(page), ['分享链接无法读取，没有载入任何内容；本机保存的数据没有改动。'], frag);
    assert.equal(await value(page, 'overduePrincipal'), '5000', frag);
    assert.equal(await page.getByText('已从分享链接载入数据').count(), 0);
    assert.equal(await stored(page), MINE, frag);
    assert.deepEqual(await othersOf(page), OTHERS);
    assertPrivate(page, server.url);
    await context.close();
  }
});

test('a hand-edited share link: valid parts apply, bad values show errors, saved inputs kept until an edit', async () => {
  const { page: p0, context: c0 } = await open(browser, server.url);
  await fillStandardCase(p0);
  await p0.getByRole('button', { name: '生成分享链接' }).click();
  const link = await p0.locator('input.link').inputValue();
  await c0.close();
  assert.ok(link.includes('#s=v%3D1%26'), link);
  const edited = link
    + '%26fromTheFuture%3D1' // unknown key
    + '%26courtAmount%3Dabc' // invalid value
    + '%26delayAmount%3D%25E4%25B8' // broken escape inside a value
    + `%26debtsOrder%3D${'9'.repeat(300_000)}` // extremely long
    + '%26graceDays%3D1%2'; // cut off mid-escape, as chat apps do
  const { page, context } = await openWith(edited, { seed: { [KEY]: MINE, ...OTHERS } });
  await waitForResult(page);
  assert.equal(await cell(page, 'total'), '10,325.00');
  assert.equal(await value(page, 'overduePrincipal'), '1万');
  assert.equal(await value(page, 'courtAmount'), 'abc');
  assert.match(await page.locator('#courtAmount-err').textContent(), /不是有效数字/);
  assert.equal(await value(page, 'debtsOrder'), '');
  assert.deepEqual(await faults(page), ['分享链接有一部分无法读取，已跳过；其余内容已载入。']);
  assert.match(await page.locator('main').textContent(), /已从分享链接载入数据/);
  assert.equal(await stored(page), MINE, 'opening a link does not overwrite the saved inputs');
  // An edit makes it the user's own: saved, and the link leaves the address bar.
  await fill(page, '逾期利息', '200');
  await savedWith(page, 'overdueInterest=200');
  assert.match(await stored(page), /courtAmount=abc/);
  assert.equal(await page.evaluate(() => location.hash), '');
  await page.reload();
  await appReady(page);
  await waitForResult(page);
  assert.equal(await value(page, 'overdueInterest'), '200');
  assert.deepEqual(await faults(page), []);
  assert.deepEqual(await othersOf(page), OTHERS);
  assertPrivate(page, server.url);
  await context.close();
});

test('a wasm trap shows the banner; reload restores what was typed before it and computes', async () => {
  const { page, context } = await open(browser, server.url);
  await fillStandardCase(page);
  await savedWith(page, 'rate=0.05');
  assert.equal(await page.locator('#trap').isVisible(), false);
  await page.evaluate(() => { window.__overdueCalcTrap = true; });
  await fill(page, '逾期利息', '300');
  const banner = page.locator('#trap');
  await banner.waitFor({ state: 'visible' });
  assert.match(await banner.textContent(), /计算器遇到内部错误.*出错之前输入的内容已自动保存/);
  assert.match(await banner.textContent(), /internal error/);
  assert.deepEqual(await faults(page), []);
  const trap = page.errors.filter((e) => /RuntimeError|unreachable/.test(e));
  assert.ok(trap.length > 0, 'the trap reached the page as a WebAssembly.RuntimeError');
  assert.deepEqual(page.errors.filter((e) => !trap.includes(e)), [], 'no other error');
  // The input that crashed is never saved (not even by a save timer set just before), so
  // the reload cannot crash again.
  await page.waitForTimeout(300);
  assert.match(await stored(page), /overdueInterest=100&/);
  page.errors = [];
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: '重新加载 Reload' }).click()]);
  await appReady(page);
  await waitForResult(page);
  assert.equal(await value(page, 'overduePrincipal'), '1万');
  assert.equal(await value(page, 'overdueInterest'), '100');
  assert.equal(await cell(page, 'total'), '10,325.00');
  assert.equal(await banner.isVisible(), false);
  assertPrivate(page, server.url);
  await context.close();
});

test('trap.js alone shows the banner for a trap the Rust hook never saw', async () => {
  const { page, context } = await open(browser, server.url);
  await page.evaluate(() => { Promise.reject(new WebAssembly.RuntimeError('unreachable')); });
  await page.locator('#trap').waitFor({ state: 'visible' });
  // The button has focus, so Enter reloads.
  assert.equal(await page.evaluate(() => document.activeElement.closest('#trap') !== null), true);
  // Not every error is a trap: a plain one leaves a fresh page alone.
  const { page: p2, context: c2 } = await open(browser, server.url);
  await p2.evaluate(() => { setTimeout(() => { throw new Error('not a trap'); }); });
  await p2.waitForTimeout(200);
  assert.equal(await p2.locator('#trap').isVisible(), false);
  await c2.close();
  await context.close();
});

test('the Rust panic hook shows the banner by itself (trap.js blocked)', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  await context.route('**/trap-*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(server.url);
  await appReady(page);
  await fill(page, '逾期本金', '5000');
  await page.evaluate(() => { window.__overdueCalcTrap = true; });
  await fill(page, '逾期本金', '6000');
  await page.locator('#trap').waitFor({ state: 'visible' });
  await context.close();
});

test('the single-file copy carries trap.js inline, allowed by its CSP hash', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(path.join(dist, 'offline', 'overdue-calc.html')).href);
  await appReady(page);
  assert.deepEqual(errors, []);
  await page.evaluate(() => { Promise.reject(new WebAssembly.RuntimeError('unreachable')); });
  await page.locator('#trap').waitFor({ state: 'visible' });
  await context.close();
});
