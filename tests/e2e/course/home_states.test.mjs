// The home page shows where a learner stands in every lesson and the one next step.

import { expect, test } from '../fixtures.mjs';
import { currentPath, expectPath, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { cardOf, clockAt, course, daysLater, dueText, openHomePage, plainLessons, takeCheck } from './lib.mjs';

const [first, second, third] = plainLessons;

test('home lists every lesson grouped by series, each not started', async ({ page }) => {
  await clockAt(page);
  await openHomePage(page);
  const series = [...new Set(plainLessons.map((l) => l.series))];
  expect((await page.locator('.series-title').allTextContents()).filter((s) => series.includes(s))).toStrictEqual(series);
  for (const l of plainLessons) {
    expect(await cardOf(page, l)).toStrictEqual({ status: 'Not started', step: 'Start' });
  }
  expect(await textOf(page.locator('.next-step a')), 'the first action starts the first lesson').toBe(`Start: ${course[0].title}`);
});

test('home states follow the learner through reading, checking, finishing and review', async ({ page }) => {
  await clockAt(page);
  await openAt(page, pathOf.lesson(first.id));
  await openHomePage(page);
  expect(await cardOf(page, first)).toStrictEqual({ status: 'Reading', step: 'Continue' });

  await openAt(page, pathOf.lesson(second.id));
  await page.getByRole('link', { name: 'Start the check' }).click();
  const prompt = await whenPasses(async () => {
    expect(await currentPath(page)).toBe(pathOf.question(1, second.id));
    return textOf(page.locator('h1'));
  });
  const q = second.questions.find((x) => x.prompt === prompt);
  await page.getByRole('radio', { name: q.options[0].text, exact: true }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await openHomePage(page);
  expect(await cardOf(page, second)).toStrictEqual({
    status: `Check in progress: question 2 of ${second.questions.length}`,
    step: 'Continue',
  });
  const next = page.locator('.next-step a');
  expect(await textOf(next), 'the first action continues the check').toBe(`Continue: ${second.title}, question 2 of ${second.questions.length}`);
  await page.getByRole('link', { name: `Continue: ${second.title}`, exact: true }).click();
  await expectPath(page, pathOf.question(2, second.id));
  await openHomePage(page);
  await next.click();
  await expectPath(page, pathOf.question(2, second.id));

  await takeCheck(page, third, new Set([0]));
  await openHomePage(page);
  const n = third.questions.length;
  expect(await cardOf(page, third)).toStrictEqual({
    status: `Best score: ${n - 1} / ${n} (${Math.round((100 * (n - 1)) / n)}%)`,
    step: 'Retake',
  });
  expect(await dueText(page)).toBe('Nothing is due for review today.');

  await daysLater(page, 1);
  expect((await cardOf(page, third)).step).toBe('Review');
  expect(await dueText(page)).toBe('Due for review: 1 question');
  expect(await textOf(page.locator('.summary-line'))).toMatch(new RegExp(`^1 of ${course.length} lessons completed · ${n - 1} of \\d+ questions mastered$`));
});
