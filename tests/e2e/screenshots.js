// Review screenshots (not a test): node tests/e2e/screenshots.js [outdir]
// The standard case at 360×780 and 1280×800, one PNG per section, plus the first screen.
import { serve, launch, open, fillStandardCase, fill } from './harness.js';
import path from 'node:path';
import fs from 'node:fs';

const out = path.resolve(process.argv[2] || 'tests/e2e/out');
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
for (const [w, h] of [[360, 780], [1280, 800]]) {
  const { page, context } = await open(browser, server.url, { width: w, height: h });
  await fillStandardCase(page);
  await fill(page, '每月收入', '9000');
  await page.locator('details.terms summary').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(out, `first-${w}.png`) });
  for (const id of ['case', 'results', 'ways-out', 'debts', 'court', 'docs', 'data']) {
    const file = path.join(out, `${id}-${w}.png`);
    await page.locator(`#${id}`).screenshot({ path: file });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await server.close();
