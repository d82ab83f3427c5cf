// A learner finishes, retakes the check, and does worse: the best score stays.
import assert from 'node:assert/strict';
import {
  TOTAL, checkLink, eventually, expectBest, expectHash, expectHeading, expectNothingSelected,
  expectReview, expectScore, expectUnchecked, finishCheck, hashOf, lesson, onQuestion, openAt,
  openLesson, progressValues, scenario, shuffleIsTellable, startCheck,
} from './helpers.mjs';

const FIRST_WRONG = 1; // first attempt: one wrong
const SECOND_WRONG = Math.min(4, TOTAL - 1); // second attempt: worse
const range = (k) => new Set(Array.from({ length: k }, (_, i) => i + 1));

scenario('"Retake the check" starts over at question 1; the best score keeps the higher attempt', async ({ page }) => {
  await startCheck(page);
  const firstOrders = new Map();
  await finishCheck(page, { wrongAt: range(FIRST_WRONG), orders: firstOrders });
  await expectScore(page, TOTAL - FIRST_WRONG);
  await expectBest(page, TOTAL - FIRST_WRONG);

  await page.getByRole('button', { name: 'Retake the check', exact: true }).click();
  await expectHash(page, hashOf.question(1));
  const q = await onQuestion(page, 1);
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);
  assert.deepEqual(await progressValues(page), { now: 0, max: TOTAL }, 'nothing checked in the new attempt');

  // While the new attempt runs, the result address still shows the finished one.
  await openAt(page, hashOf.result());
  await expectHeading(page, 'Your result');
  await expectScore(page, TOTAL - FIRST_WRONG);
  await openAt(page, hashOf.question(1));
  await onQuestion(page, 1);

  const secondOrders = new Map();
  const answers = await finishCheck(page, { wrongAt: range(SECOND_WRONG), orders: secondOrders });
  if (shuffleIsTellable()) {
    const same = lesson.questions.every((q) => JSON.stringify(firstOrders.get(q.id)) === JSON.stringify(secondOrders.get(q.id)));
    assert.equal(same, false, 'the retake shuffles the options anew');
  }
  await expectScore(page, TOTAL - SECOND_WRONG);
  await expectBest(page, TOTAL - FIRST_WRONG);
  assert.equal(await expectReview(page, answers), SECOND_WRONG, 'the review is of the latest attempt');
});

scenario('the lesson link says Start, then Continue during an attempt, then Retake', async ({ page }) => {
  await openLesson(page);
  assert.equal(await checkLink(page, 'Start the check').count(), 1, '"Start the check" before any attempt');
  await checkLink(page, 'Start the check').click();
  await finishCheck(page, { wrongAt: new Set() });

  await openLesson(page);
  await eventually(async () => assert.equal(await checkLink(page, 'Retake the check').count(), 1, '"Retake the check" after finishing'));
  assert.equal(await checkLink(page, 'Start the check').count(), 0);
  assert.equal(await checkLink(page, 'Continue the check').count(), 0);

  await checkLink(page, 'Retake the check').click();
  const q = await onQuestion(page, 1);
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);

  await openLesson(page);
  await eventually(async () => assert.equal(await checkLink(page, 'Continue the check').count(), 1, '"Continue the check" during the retake'));
  assert.equal(await checkLink(page, 'Retake the check').count(), 0, 'only finished attempts offer "Retake"');
  await checkLink(page, 'Continue the check').click();
  await onQuestion(page, 1);
});
