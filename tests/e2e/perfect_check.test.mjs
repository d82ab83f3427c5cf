// A learner answers every question right and sees a perfect result.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, answerQuestion, expectBest, expectPath, expectHeading, expectReview, expectScore,
  goOn, pathOf, lesson, shuffleIsTellable, startCheck,
} from './learner.mjs';

test('all answers right: "Correct" on each, then T / T and 100%', async ({ page }) => {
  await startCheck(page);
  const answers = new Map();
  const orders = new Map();
  for (let n = 1; n <= TOTAL; n++) {
    const { q, chosen, order } = await answerQuestion(page, n);
    expect(answers.has(q.id), `question "${q.prompt}" asked only once`).toBe(false);
    answers.set(q.id, chosen);
    orders.set(q.id, order);
    await goOn(page, n);
  }
  expect([...answers.keys()].sort(), 'every question asked').toStrictEqual(lesson.questions.map((q) => q.id).sort());
  if (shuffleIsTellable()) {
    const asWritten = lesson.questions.every((q) => JSON.stringify(orders.get(q.id)) === JSON.stringify(q.options.map((o) => o.text)));
    expect(asWritten, 'options are shuffled, not all in content order').toBe(false);
  }

  await expectPath(page, pathOf.result());
  await expectHeading(page, 'Your result');
  await expectScore(page, TOTAL);
  await expectBest(page, TOTAL);
  expect(await expectReview(page, answers), 'nothing missed').toBe(0);
});
