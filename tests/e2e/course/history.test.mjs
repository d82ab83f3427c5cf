// Each lesson keeps every finished attempt: date, score, time taken, best score, a chart
// with a text alternative, and a way to retry only the questions missed last time.

import assert from 'node:assert/strict';

import { eventually, openAt, scenario, textOf } from '../helpers.mjs';
import { clockAt, plainLessons, takeCheck } from './lib.mjs';

const l = plainLessons.find((x) => x.questions.length >= 3);
const n = l.questions.length;
const pct = (s) => Math.round((100 * s) / n);

scenario('history lists every finished attempt with a chart of the scores', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, l, new Set([0, 1]));
  await takeCheck(page, l, new Set());
  await openAt(page, `#/${l.id}/history`);
  await eventually(async () => assert.equal(await textOf(page.locator('h1')), 'Your scores'));
  const rows = page.locator('table.history tbody tr');
  assert.equal(await rows.count(), 2);
  const cells = async (i) => rows.nth(i).locator('th, td').allTextContents();
  const [first, second] = [await cells(0), await cells(1)];
  assert.equal(first[0], '1');
  assert.equal(first[2], `${n - 2} / ${n} (${pct(n - 2)}%)`);
  assert.equal(second[0], '2');
  assert.equal(second[2], `${n} / ${n} (100%)`);
  assert.match(first[1], /2026/, 'a date');
  assert.match(first[3], /^\d+ s$|^\d+ min/, 'a duration');
  assert.equal(await textOf(page.locator('.best')), `Best score: ${n} / ${n} (100%)`);
  const chart = page.getByRole('img', { name: 'Score history' });
  assert.equal(await chart.locator('circle').count(), 2);
  assert.equal(await textOf(page.locator('.chart figcaption')), `Scores over 2 attempts: ${pct(n - 2)}%, 100%.`);
});

scenario('"Retry the ones I missed" asks only the missed questions', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, l, new Set([0, 2]));
  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  const asked = [];
  for (let i = 1; i <= 2; i++) {
    await eventually(async () => assert.equal(await textOf(page.locator('.progress-label')), `Question ${i} of 2`));
    const prompt = await textOf(page.locator('h1'));
    asked.push(prompt);
    const q = l.questions.find((x) => x.prompt === prompt);
    await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i < 2 ? 'Next question' : 'See your result' }).click();
  }
  assert.deepEqual(asked, [l.questions[0].prompt, l.questions[2].prompt]);
  await eventually(async () => assert.match(await textOf(page.locator('.score')), /^2 \/ 2/));
  // The short retry does not replace the best score on the full check.
  assert.equal(await textOf(page.locator('.best')), `Best score: ${n - 2} / ${n}`);
});
