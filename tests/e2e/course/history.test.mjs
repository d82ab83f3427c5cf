// Each lesson keeps every finished attempt: date, score, time taken, best score, a chart
// with a text alternative, and a way to retry only the questions missed last time.

import { expect, test } from '../fixtures.mjs';
import { openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { clockAt, plainLessons, takeCheck } from './lib.mjs';

const l = plainLessons.find((x) => x.questions.length >= 3);
const n = l.questions.length;
const pct = (s) => Math.round((100 * s) / n);

test('history lists every finished attempt with a chart of the scores', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, l, new Set([0, 1]));
  await takeCheck(page, l, new Set());
  await openAt(page, pathOf.history(l.id));
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe('Your scores'));
  const rows = page.locator('table.history tbody tr');
  expect(await rows.count()).toBe(2);
  const cells = async (i) => rows.nth(i).locator('th, td').allTextContents();
  const [first, second] = [await cells(0), await cells(1)];
  expect(first[0]).toBe('1');
  expect(first[2]).toBe(`${n - 2} / ${n} (${pct(n - 2)}%)`);
  expect(second[0]).toBe('2');
  expect(second[2]).toBe(`${n} / ${n} (100%)`);
  expect(first[1], 'a date').toMatch(/2026/);
  expect(first[3], 'a duration').toMatch(/^\d+ s$|^\d+ min/);
  expect(await textOf(page.locator('.best'))).toBe(`Best score: ${n} / ${n} (100%)`);
  const chart = page.getByRole('img', { name: 'Score history' });
  expect(await chart.locator('circle').count()).toBe(2);
  expect(await textOf(page.locator('.chart figcaption'))).toBe(`Scores over 2 attempts: ${pct(n - 2)}%, 100%.`);
});

test('"Retry the ones I missed" asks only the missed questions', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, l, new Set([0, 2]));
  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  const asked = [];
  for (let i = 1; i <= 2; i++) {
    await whenPasses(async () => expect(await textOf(page.locator('.progress-label'))).toBe(`Question ${i} of 2`));
    const prompt = await textOf(page.locator('h1'));
    asked.push(prompt);
    const q = l.questions.find((x) => x.prompt === prompt);
    await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i < 2 ? 'Next question' : 'See your result' }).click();
  }
  expect(asked).toStrictEqual([l.questions[0].prompt, l.questions[2].prompt]);
  await whenPasses(async () => expect(await textOf(page.locator('.score'))).toMatch(/^2 \/ 2/));
  // The short retry does not replace the best score on the full check.
  expect(await textOf(page.locator('.best'))).toBe(`Best score: ${n - 2} / ${n}`);
});
