// A learner finishes, retakes the check, and does worse: the best score stays.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, checkLink, expectBest, expectPath, expectHeading, expectNothingSelected,
  expectReview, expectScore, expectUnchecked, finishCheck, pathOf, lesson, onQuestion, openAt,
  openLesson, progressValues, shuffleIsTellable, startCheck,
} from './learner.mjs';

const FIRST_WRONG = 1; // first attempt: one wrong
const SECOND_WRONG = Math.min(4, TOTAL - 1); // second attempt: worse
const range = (k) => new Set(Array.from({ length: k }, (_, i) => i + 1));

test('"Retake the check" starts over at question 1; the best score keeps the higher attempt', async ({ page }) => {
  await startCheck(page);
  const firstOrders = new Map();
  await finishCheck(page, { wrongAt: range(FIRST_WRONG), orders: firstOrders });
  await expectScore(page, TOTAL - FIRST_WRONG);
  await expectBest(page, TOTAL - FIRST_WRONG);

  await page.getByRole('button', { name: 'Retake the check', exact: true }).click();
  await expectPath(page, pathOf.question(1));
  const q = await onQuestion(page, 1);
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);
  expect(await progressValues(page), 'nothing checked in the new attempt').toStrictEqual({ now: 0, max: TOTAL });

  // While the new attempt runs, the result address still shows the finished one.
  await openAt(page, pathOf.result());
  await expectHeading(page, 'Your result');
  await expectScore(page, TOTAL - FIRST_WRONG);
  await openAt(page, pathOf.question(1));
  await onQuestion(page, 1);

  const secondOrders = new Map();
  const answers = await finishCheck(page, { wrongAt: range(SECOND_WRONG), orders: secondOrders });
  if (shuffleIsTellable()) {
    const same = lesson.questions.every((q) => JSON.stringify(firstOrders.get(q.id)) === JSON.stringify(secondOrders.get(q.id)));
    expect(same, 'the retake shuffles the options anew').toBe(false);
  }
  await expectScore(page, TOTAL - SECOND_WRONG);
  await expectBest(page, TOTAL - FIRST_WRONG);
  expect(await expectReview(page, answers), 'the review is of the latest attempt').toBe(SECOND_WRONG);
});

test('the lesson link says Start, then Continue during an attempt, then Retake', async ({ page }) => {
  await openLesson(page);
  expect(await checkLink(page, 'Start the check').count(), '"Start the check" before any attempt').toBe(1);
  await checkLink(page, 'Start the check').click();
  await finishCheck(page, { wrongAt: new Set() });

  await openLesson(page);
  await expect(checkLink(page, 'Retake the check'), '"Retake the check" after finishing').toHaveCount(1);
  expect(await checkLink(page, 'Start the check').count()).toBe(0);
  expect(await checkLink(page, 'Continue the check').count()).toBe(0);

  await checkLink(page, 'Retake the check').click();
  const q = await onQuestion(page, 1);
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);

  await openLesson(page);
  await expect(checkLink(page, 'Continue the check'), '"Continue the check" during the retake').toHaveCount(1);
  expect(await checkLink(page, 'Retake the check').count(), 'only finished attempts offer "Retake"').toBe(0);
  await checkLink(page, 'Continue the check').click();
  await onQuestion(page, 1);
});
