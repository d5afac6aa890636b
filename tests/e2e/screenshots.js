// Takes the review screenshots (not a test): node tests/e2e/screenshots.js [outdir]
// Fills a sample case so the results show, at 360×780 and 1280×800.
import { serve, launch, open, waitForResult, fill } from './harness.js';
import path from 'node:path';
import fs from 'node:fs';

const out = path.resolve(process.argv[2] || 'tests/e2e/out');
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
for (const [w, h] of [[360, 780], [1280, 800]]) {
  for (const lang of ['zh', 'en']) {
    const { page, context } = await open(browser, server.url, { width: w, height: h });
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    const L = lang === 'zh'
      ? ['逾期本金', '逾期利息', '首次逾期日', '计算日']
      : ['Overdue principal', 'Overdue interest', 'First overdue date', 'As of'];
    await fill(page, L[0], '1万');
    await fill(page, L[1], '100');
    await fill(page, L[2], '2026-10-01');
    await fill(page, L[3], '2026-10-31');
    await waitForResult(page);
    const file = path.join(out, `slice-${lang}-${w}x${h}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
await server.close();
