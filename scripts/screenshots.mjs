// Takes the README's screenshots from a release build of the seed lesson: lesson, question
// with feedback, result, home, history and review, at 1280 px and 360 px, light and dark.
// Usage: node scripts/screenshots.mjs [dist] [out]   (make screenshots)
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { parse } from 'smol-toml';

import { startServer } from '../tests/e2e/server.mjs';

const [dist = 'dist', out = 'docs/screenshots'] = process.argv.slice(2);
const lesson = parse(readFileSync('content/local-models.toml', 'utf8'));
await mkdir(out, { recursive: true });
const server = await startServer(dist);
const browser = await chromium.launch({
  executablePath: process.env.LECTERN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const byPrompt = (p) => lesson.questions.find((q) => q.prompt === p);

async function answerAll(page, wrongFirst, shootQuestion) {
  for (let i = 0; i < lesson.questions.length; i++) {
    await page.locator('.progress-label', { hasText: `Question ${i + 1} of` }).waitFor();
    const q = byPrompt((await page.locator('h1').textContent()).trim());
    const pick = i < wrongFirst ? q.options.find((o) => !o.correct) : q.options.find((o) => o.correct);
    await page.getByRole('radio', { name: pick.text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    if (i === 1 && shootQuestion) await page.shoot('question');
    await page.getByRole('button', { name: i + 1 < lesson.questions.length ? 'Next question' : 'See your result' }).click();
  }
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
}

for (const theme of ['light', 'dark']) {
  for (const [device, width] of [['desktop', 1280], ['phone', 360]]) {
    const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 780 }, colorScheme: theme });
    const page = await context.newPage();
    const suffix = theme === 'light' ? device : `${device}-dark`;
    page.shoot = (name) => page.screenshot({ path: `${out}/${name}-${suffix}.png` });
    await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
    await page.goto(`${server.url}${lesson.id}/`);
    await page.locator('html[data-app=started]').waitFor();
    await page.shoot('lesson');
    await page.getByRole('link', { name: 'Start the check' }).click();
    await answerAll(page, 3, true);
    await page.shoot('result');
    await page.getByRole('button', { name: 'Retake the check' }).click();
    await answerAll(page, 1, false);
    await page.getByRole('link', { name: 'Your scores' }).click();
    await page.getByRole('heading', { name: 'Your scores' }).waitFor();
    await page.shoot('history');
    await page.clock.setSystemTime(new Date('2026-11-26T10:00:00Z'));
    await page.goto(server.url);
    await page.reload();
    await page.locator('html[data-app=started]').waitFor();
    await page.shoot('home');
    await page.getByRole('link', { name: 'Start review' }).click();
    await page.locator('input[type=radio]').first().check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.shoot('review');
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots written to ${out}`);
