// A learner answers every question right and sees a perfect result.
import assert from 'node:assert/strict';
import {
  TOTAL, answerQuestion, expectBest, expectHash, expectHeading, expectReview, expectScore,
  goOn, hashOf, lesson, scenario, shuffleIsTellable, startCheck,
} from './helpers.mjs';

scenario('all answers right: "Correct" on each, then T / T and 100%', async ({ page }) => {
  await startCheck(page);
  const answers = new Map();
  const orders = new Map();
  for (let n = 1; n <= TOTAL; n++) {
    const { q, chosen, order } = await answerQuestion(page, n);
    assert.ok(!answers.has(q.id), `question "${q.prompt}" asked only once`);
    answers.set(q.id, chosen);
    orders.set(q.id, order);
    await goOn(page, n);
  }
  assert.deepEqual([...answers.keys()].sort(), lesson.questions.map((q) => q.id).sort(), 'every question asked');
  if (shuffleIsTellable()) {
    const asWritten = lesson.questions.every((q) => JSON.stringify(orders.get(q.id)) === JSON.stringify(q.options.map((o) => o.text)));
    assert.equal(asWritten, false, 'options are shuffled, not all in content order');
  }

  await expectHash(page, hashOf.result());
  await expectHeading(page, 'Your result');
  await expectScore(page, TOTAL);
  await expectBest(page, TOTAL);
  assert.equal(await expectReview(page, answers), 0, 'nothing missed');
});
