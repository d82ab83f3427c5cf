// Two pages of one browser stay in step, and neither loses the other's finished attempt.

import assert from 'node:assert/strict';

import { STORAGE_KEY, eventually, openAt, scenario, textOf } from '../helpers.mjs';
import { cardOf, openHomePage, plainLessons, takeCheck } from './lib.mjs';

const [a, b] = plainLessons;

scenario('an attempt finished in one tab shows in the other and survives its writes', async ({ page, newPage }) => {
  const other = await newPage();
  await openHomePage(other);
  assert.equal((await cardOf(other, a)).status, 'Not started');

  await takeCheck(page, a);
  const n = a.questions.length;
  await eventually(async () => assert.equal((await cardOf(other, a)).status, `Best score: ${n} / ${n} (100%)`));

  // The other tab now writes on its own (starts a check in another lesson).
  await openAt(other, `#/${b.id}`);
  await other.getByRole('link', { name: 'Start the check' }).click();
  await eventually(async () => assert.match(await textOf(other.locator('.progress-label')), /^Question 1 of/));
  // Saving follows the screen by a frame, so the other tab's write may land just after.
  await eventually(async () => {
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    assert.equal(stored.lessons[a.id].finished.length, 1, 'the finished attempt is still stored');
    assert.ok(stored.lessons[b.id].current, 'the other tab\'s check is stored too');
  });
});

scenario('another tab clearing storage mid-check loses nothing', async ({ page, newPage }) => {
  await takeCheck(page, a);
  const other = await newPage();
  await openHomePage(other);
  await other.evaluate(() => localStorage.clear());
  await eventually(async () => {
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY) ?? '{}');
    assert.equal(stored.lessons?.[a.id]?.finished?.length, 1);
  });
});
