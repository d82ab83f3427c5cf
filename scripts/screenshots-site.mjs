// Screenshots of a build of the fixture course in any interface language (the German and
// Arabic builds: make screenshots): home, lesson, a checked question and the result, at
// 1280 px and 360 px. Controls are found by place and class, never by their words.
// Usage: node scripts/screenshots-site.mjs DIST OUT
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

import { startServer } from '../tests/e2e/server.mjs';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error('usage: node scripts/screenshots-site.mjs DIST OUT');
await mkdir(out, { recursive: true });
const server = await startServer(dist);
const browser = await chromium.launch({
  executablePath: process.env.LECTERN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const LESSON = 'six-options';

for (const [device, width] of [['desktop', 1280], ['phone', 360]]) {
  const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 780 } });
  const page = await context.newPage();
  const shoot = (name) => page.screenshot({ path: `${out}/${name}-${device}.png` });
  const main = page.locator('.question .actions button.primary');
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await page.goto(`${server.url}${LESSON}/`);
  await page.locator('html[data-app=started]').waitFor();
  await shoot('lesson');
  await page.locator('.check-call a.button.primary').click();
  for (let n = 1; await page.locator('.question').count(); n++) {
    await page.locator('.option input').nth(n % 2).check();
    await main.click();
    await page.locator('.feedback.is-right, .feedback.is-wrong').waitFor();
    if (n === 1) await shoot('question');
    await main.click();
    await page.waitForFunction((k) => !location.pathname.endsWith(`/check/${k}/`), n);
  }
  await page.locator('.score-card').waitFor();
  await shoot('result');
  await page.goto(server.url);
  await page.locator('html[data-app=started]').waitFor();
  await shoot('home');
  await context.close();
}
await browser.close();
await server.close();
