// The home page shows where a learner stands in every lesson and the one next step.

import assert from 'node:assert/strict';

import { eventually, openAt, scenario, textOf } from '../helpers.mjs';
import { cardOf, clockAt, daysLater, dueText, openHomePage, plainLessons, takeCheck } from './lib.mjs';

const [first, second, third] = plainLessons;

scenario('home lists every lesson grouped by series, each not started', async ({ page }) => {
  await clockAt(page);
  await openHomePage(page);
  const series = [...new Set(plainLessons.map((l) => l.series))];
  assert.deepEqual(
    (await page.locator('.series-title').allTextContents()).filter((s) => series.includes(s)),
    series,
  );
  for (const l of plainLessons) {
    assert.deepEqual(await cardOf(page, l), { status: 'Not started', step: 'Start' });
  }
});

scenario('home states follow the learner through reading, checking, finishing and review', async ({ page }) => {
  await clockAt(page);
  await openAt(page, `#/${first.id}`);
  await openHomePage(page);
  assert.deepEqual(await cardOf(page, first), { status: 'Reading', step: 'Continue' });

  await openAt(page, `#/${second.id}`);
  await page.getByRole('link', { name: 'Start the check' }).click();
  const prompt = await eventually(async () => {
    assert.equal(await page.evaluate(() => location.hash), `#/${second.id}/check/1`);
    return textOf(page.locator('h1'));
  });
  const q = second.questions.find((x) => x.prompt === prompt);
  await page.getByRole('radio', { name: q.options[0].text, exact: true }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await openHomePage(page);
  assert.deepEqual(await cardOf(page, second), {
    status: `Check in progress: question 2 of ${second.questions.length}`,
    step: 'Continue',
  });
  await page.getByRole('link', { name: `Continue: ${second.title}` }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => location.hash), `#/${second.id}/check/2`));

  await takeCheck(page, third, new Set([0]));
  await openHomePage(page);
  const n = third.questions.length;
  assert.deepEqual(await cardOf(page, third), {
    status: `Best score: ${n - 1} / ${n} (${Math.round((100 * (n - 1)) / n)}%)`,
    step: 'Retake',
  });
  assert.equal(await dueText(page), 'Nothing is due for review today.');

  await daysLater(page, 1);
  assert.equal((await cardOf(page, third)).step, 'Review');
  assert.equal(await dueText(page), 'Due for review: 1 question');
  assert.match(await textOf(page.locator('.summary-line')), new RegExp(`^1 of ${plainLessons.length + 1} lessons completed · ${n - 1} of \\d+ questions mastered$`));
});
