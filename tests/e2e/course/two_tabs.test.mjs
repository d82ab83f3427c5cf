// Two pages of one browser stay in step, and neither loses the other's finished attempt.

import { expect, test } from '../fixtures.mjs';
import { STORAGE_KEY, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { cardOf, openHomePage, plainLessons, takeCheck } from './lib.mjs';

const [a, b] = plainLessons;

test('an attempt finished in one tab shows in the other and survives its writes', async ({ page, newPage }) => {
  const other = await newPage();
  await openHomePage(other);
  expect((await cardOf(other, a)).status).toBe('Not started');

  await takeCheck(page, a);
  const n = a.questions.length;
  await whenPasses(async () => expect((await cardOf(other, a)).status).toBe(`Best score: ${n} / ${n} (100%)`));

  // The other tab now writes on its own (starts a check in another lesson).
  await openAt(other, pathOf.lesson(b.id));
  await other.getByRole('link', { name: 'Start the check' }).click();
  await whenPasses(async () => expect(await textOf(other.locator('.progress-label'))).toMatch(/^Question 1 of/));
  // Saving follows the screen by a frame, so the other tab's write may land just after.
  await whenPasses(async () => {
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    expect(stored.lessons[a.id].finished.length, 'the finished attempt is still stored').toBe(1);
    expect(stored.lessons[b.id].current, 'the other tab\'s check is stored too').toBeTruthy();
  });
});

test('another tab clearing storage mid-check loses nothing', async ({ page, newPage }) => {
  await takeCheck(page, a);
  const other = await newPage();
  await openHomePage(other);
  await other.evaluate(() => localStorage.clear());
  await whenPasses(async () => {
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY) ?? '{}');
    expect(stored.lessons?.[a.id]?.finished?.length).toBe(1);
  });
});
