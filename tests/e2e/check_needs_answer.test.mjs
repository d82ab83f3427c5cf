// A learner clicks Check before choosing: the app asks for an answer and checks nothing.
import assert from 'node:assert/strict';
import {
  TOTAL, answerCurrent, checkButton, correctOption, eventually, expectChecked, expectUnchecked,
  feedback, onQuestion, progressValues, scenario, startCheck, textOf,
} from './helpers.mjs';

scenario('Check with no option chosen shows a hint and does not check', async ({ page }) => {
  const q = await startCheck(page);
  await checkButton(page).click();
  await eventually(async () =>
    assert.ok((await textOf(page.locator('body'))).includes('Choose an answer first'), 'hint "Choose an answer first" shown'),
  );
  await expectUnchecked(page, q);
  assert.equal(await textOf(feedback(page)), '', 'no feedback');
  assert.deepEqual(await progressValues(page), { now: 0, max: TOTAL }, 'nothing counted as checked');
  await onQuestion(page, 1);

  // Choosing and checking then works as usual.
  await answerCurrent(page, correctOption(q).text);
  await expectChecked(page, q, correctOption(q));
});
