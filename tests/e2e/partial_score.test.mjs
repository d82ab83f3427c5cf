// A learner gets the first few questions wrong: the score, percentage and review say so.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, expectBest, expectHeading, expectReview, expectScore, finishCheck, startCheck, textOf,
} from './learner.mjs';

const WRONG = Math.min(4, TOTAL - 1);

test(`${WRONG} answered wrong: "Not quite" on those, then ${TOTAL - WRONG} / ${TOTAL} and the review marks exactly the missed ones`, async ({ page }) => {
  await startCheck(page);
  const wrongAt = new Set(Array.from({ length: WRONG }, (_, i) => i + 1));
  // Each wrong answer's feedback ("Not quite", the right answer, the explanation, the
  // is-wrong / is-correct marks) is asserted inside finishCheck.
  const answers = await finishCheck(page, { wrongAt });
  expect([...answers.values()].filter((o) => !o.correct).length, 'answered wrong as planned').toBe(WRONG);

  await expectHeading(page, 'Your result');
  await expectScore(page, TOTAL - WRONG);
  await expectBest(page, TOTAL - WRONG);
  expect(await expectReview(page, answers), 'missed questions in the review').toBe(WRONG);
  const review = await textOf(page.locator('ol.review'));
  expect(review.split('Right answer:').length - 1, `"Right answer:" appears exactly ${WRONG} times`).toBe(WRONG);
});
