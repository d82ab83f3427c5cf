// Missed questions come back for review the next local day, mixed across lessons, with
// the same instant feedback; right answers push them out of today's queue.

import { expect, test } from '../fixtures.mjs';
import { currentPath, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { clockAt, daysLater, dueText, openHomePage, plainLessons, takeCheck } from './lib.mjs';

const [a, b] = plainLessons;

test('a missed question is due after the clock moves a day, and reviewing it clears the queue', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, a, new Set([0]));
  await takeCheck(page, b, new Set([0, 1]));
  await openHomePage(page);
  expect(await dueText(page)).toBe('Nothing is due for review today.');

  await daysLater(page, 1);
  expect(await dueText(page)).toBe('Due for review: 3 questions');
  await page.getByRole('link', { name: 'Start review' }).click();

  const missed = new Map([[a.questions[0].prompt, a], [b.questions[0].prompt, b], [b.questions[1].prompt, b]]);
  const seenLessons = [];
  for (let i = 1; i <= 3; i++) {
    await whenPasses(async () => expect(await textOf(page.locator('.progress-label'))).toBe(`Review ${i} of 3`));
    const prompt = await textOf(page.locator('h1'));
    const lesson = missed.get(prompt);
    expect(lesson, `review shows a missed question: ${prompt}`).toBeTruthy();
    seenLessons.push(lesson.id);
    const q = lesson.questions.find((x) => x.prompt === prompt);
    const section = lesson.sections.find((s) => s.id === q.section);
    expect(await page.getByRole('link', { name: `read “${section.title}” again` }).getAttribute('href'))
      .toBe(pathOf.section(section.id, lesson.id));
    await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).toMatch(/^Correct/));
    await page.getByRole('button', { name: i < 3 ? 'Next question' : 'Finish review' }).click();
  }
  // Mixed across lessons: the first two come from different lessons.
  expect(seenLessons[0]).not.toBe(seenLessons[1]);
  await whenPasses(async () => expect(await textOf(page.locator('.review-done'))).toMatch(/^Review done: 3 of 3 right/));
  await openHomePage(page);
  expect(await dueText(page)).toBe('Nothing is due for review today.');
  // Answered right once, they come back two days later.
  await daysLater(page, 3);
  expect(await dueText(page)).toBe('Due for review: 3 questions');
});

test('the section link from a review opens the lesson at that section', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, a, new Set([0]));
  await daysLater(page, 1);
  await openAt(page, pathOf.review());
  const q = a.questions[0];
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe(q.prompt));
  const section = a.sections.find((s) => s.id === q.section);
  await page.getByRole('link', { name: `read “${section.title}” again` }).click();
  await whenPasses(async () => {
    expect(await currentPath(page)).toBe(pathOf.section(section.id, a.id));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(section.title);
  });
});
