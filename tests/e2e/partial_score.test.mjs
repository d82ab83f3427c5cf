// A learner gets the first few questions wrong: the score, percentage and review say so.
import assert from 'node:assert/strict';
import {
  TOTAL, expectBest, expectHeading, expectReview, expectScore, finishCheck, scenario, startCheck, textOf,
} from './helpers.mjs';

const WRONG = Math.min(4, TOTAL - 1);

scenario(`${WRONG} answered wrong: "Not quite" on those, then ${TOTAL - WRONG} / ${TOTAL} and the review marks exactly the missed ones`, async ({ page }) => {
  await startCheck(page);
  const wrongAt = new Set(Array.from({ length: WRONG }, (_, i) => i + 1));
  // Each wrong answer's feedback ("Not quite", the right answer, the explanation, the
  // is-wrong / is-correct marks) is asserted inside finishCheck.
  const answers = await finishCheck(page, { wrongAt });
  assert.equal([...answers.values()].filter((o) => !o.correct).length, WRONG, 'answered wrong as planned');

  await expectHeading(page, 'Your result');
  await expectScore(page, TOTAL - WRONG);
  await expectBest(page, TOTAL - WRONG);
  assert.equal(await expectReview(page, answers), WRONG, 'missed questions in the review');
  const review = await textOf(page.locator('ol.review'));
  assert.equal(review.split('Right answer:').length - 1, WRONG, `"Right answer:" appears exactly ${WRONG} times`);
});
