// Missed questions come back for review the next local day, mixed across lessons, with
// the same instant feedback; right answers push them out of today's queue.

import assert from 'node:assert/strict';

import { eventually, scenario, textOf } from '../helpers.mjs';
import { clockAt, daysLater, dueText, openHomePage, plainLessons, takeCheck } from './lib.mjs';

const [a, b] = plainLessons;

scenario('a missed question is due after the clock moves a day, and reviewing it clears the queue', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, a, new Set([0]));
  await takeCheck(page, b, new Set([0, 1]));
  await openHomePage(page);
  assert.equal(await dueText(page), 'Nothing is due for review today.');

  await daysLater(page, 1);
  assert.equal(await dueText(page), 'Due for review: 3 questions');
  await page.getByRole('link', { name: 'Start review' }).click();

  const missed = new Map([[a.questions[0].prompt, a], [b.questions[0].prompt, b], [b.questions[1].prompt, b]]);
  const seenLessons = [];
  for (let i = 1; i <= 3; i++) {
    await eventually(async () => assert.equal(await textOf(page.locator('.progress-label')), `Review ${i} of 3`));
    const prompt = await textOf(page.locator('h1'));
    const lesson = missed.get(prompt);
    assert.ok(lesson, `review shows a missed question: ${prompt}`);
    seenLessons.push(lesson.id);
    const q = lesson.questions.find((x) => x.prompt === prompt);
    const section = lesson.sections.find((s) => s.id === q.section);
    assert.equal(
      await page.getByRole('link', { name: `read “${section.title}” again` }).getAttribute('href'),
      `#/${lesson.id}/section/${section.id}`,
    );
    await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await eventually(async () => assert.match(await textOf(page.locator('.feedback')), /^Correct/));
    await page.getByRole('button', { name: i < 3 ? 'Next question' : 'Finish review' }).click();
  }
  // Mixed across lessons: the first two come from different lessons.
  assert.notEqual(seenLessons[0], seenLessons[1]);
  await eventually(async () => assert.match(await textOf(page.locator('.review-done')), /^Review done: 3 of 3 right/));
  await openHomePage(page);
  assert.equal(await dueText(page), 'Nothing is due for review today.');
  // Answered right once, they come back two days later.
  await daysLater(page, 3);
  assert.equal(await dueText(page), 'Due for review: 3 questions');
});

scenario('the section link from a review opens the lesson at that section', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, a, new Set([0]));
  await daysLater(page, 1);
  await page.goto(page.url().replace(/#.*$/, '#/review'));
  const q = a.questions[0];
  await eventually(async () => assert.equal(await textOf(page.locator('h1')), q.prompt));
  const section = a.sections.find((s) => s.id === q.section);
  await page.getByRole('link', { name: `read “${section.title}” again` }).click();
  await eventually(async () => {
    assert.equal(await page.evaluate(() => location.hash), `#/${a.id}/section/${section.id}`);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), section.title);
  });
});
