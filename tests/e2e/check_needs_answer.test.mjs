// A learner clicks Check before choosing: the app asks for an answer and checks nothing.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, answerCurrent, checkButton, correctOption, expectChecked, expectUnchecked,
  feedback, onQuestion, progressValues, startCheck, textOf, whenPasses,
} from './learner.mjs';

test('Check with no option chosen shows a hint and does not check', async ({ page }) => {
  const q = await startCheck(page);
  await checkButton(page).click();
  await whenPasses(async () =>
    expect((await textOf(page.locator('body'))).includes('Choose an answer first'), 'hint "Choose an answer first" shown').toBe(true),
  );
  await expectUnchecked(page, q);
  expect(await textOf(feedback(page)), 'no feedback').toBe('');
  expect(await progressValues(page), 'nothing counted as checked').toStrictEqual({ now: 0, max: TOTAL });
  await onQuestion(page, 1);

  // Choosing and checking then works as usual.
  await answerCurrent(page, correctOption(q).text);
  await expectChecked(page, q, correctOption(q));
});
