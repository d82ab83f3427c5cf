// Screenshots of the fixture course (make build-fixture): a question of every kind,
// answered wrong and checked, and the first question whose prompt holds a code block, at
// 1280 px and 360 px. Usage: node scripts/screenshots-fixture.mjs [dist-fixture] [out]
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

import { startServer } from '../tests/e2e/server.mjs';
import { loadCourse } from '../tests/e2e/learner.mjs';

const [dist = 'dist-fixture', out = 'docs/screenshots'] = process.argv.slice(2);
const course = loadCourse(path.resolve('tests/fixtures/course'));
await mkdir(out, { recursive: true });
const server = await startServer(dist);
const browser = await chromium.launch({
  executablePath: process.env.LECTERN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

/** Every question of a lesson, by its number in the check (the check asks them in order). */
async function eachQuestion(page, lesson, shoot) {
  await page.goto(`${server.url}${lesson.id}/`);
  await page.locator('html[data-app=started]').waitFor();
  await page.getByRole('link', { name: 'Start the check' }).click();
  for (const [i, q] of lesson.questions.entries()) {
    await page.locator('.progress-label', { hasText: `Question ${i + 1} of` }).waitFor();
    await shoot(q, page);
    if (q.kind === 'typed') await page.locator('#typed-answer').fill(`not ${q.accept[0]}`);
    else if (q.kind !== 'order') await page.locator('input[name=answer]').first().check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('.feedback .verdict').waitFor();
    await shoot(q, page, 'checked');
    await page.getByRole('button', { name: i + 1 < lesson.questions.length ? 'Next question' : 'See your result' }).click();
  }
}

const hasCode = (q) => /```/.test(q.prompt ?? '');
for (const [device, width] of [['desktop', 1280], ['phone', 360]]) {
  const context = await browser.newContext({ viewport: { width, height: width > 400 ? 900 : 780 } });
  const page = await context.newPage();
  const kinds = course.find((l) => l.id === 'question-kinds');
  const shown = new Set();
  await eachQuestion(page, kinds, async (q, p, state) => {
    if (state !== 'checked' || shown.has(q.kind)) return;
    shown.add(q.kind);
    await p.screenshot({ path: `${out}/question-${q.kind}-${device}.png`, fullPage: true });
  });
  const withCode = course.find((l) => l.questions.some(hasCode));
  if (withCode) {
    await eachQuestion(page, withCode, async (q, p, state) => {
      if (!state && hasCode(q)) await p.screenshot({ path: `${out}/question-code-${device}.png`, fullPage: true });
    });
  }
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
