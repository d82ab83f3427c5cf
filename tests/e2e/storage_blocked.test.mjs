// A learner's browser blocks storage: the app says progress lasts only for this visit,
// and the lesson and check work from memory.
import { test } from './fixtures.mjs';
import {
  answerQuestion, checkLink, expectBanner, expectChecked, goOn, onQuestion, openAt, openLesson,
} from './learner.mjs';

function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

function storageFull() {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** From the lesson page: takes two questions and finds both still checked on return. */
async function checkWorksFromMemory(page) {
  await checkLink(page, 'Start the check').click();
  const first = await answerQuestion(page, 1);
  await goOn(page, 1);
  const second = await answerQuestion(page, 2);
  await goOn(page, 2);
  await onQuestion(page, 3);
  // Earlier answers are remembered for the visit. A typed address loads a new page, a
  // new visit; Back stays in the page.
  await page.goBack();
  await expectChecked(page, await onQuestion(page, 2), second.chosen);
  await page.goBack();
  await expectChecked(page, await onQuestion(page, 1), first.chosen);
}

test.describe(() => {
  test.use({ init: { script: blockStorage } });

  test('localStorage access throws: banner "only for this visit", and the check works', async ({ page }) => {
    await openAt(page, '');
    await expectBanner(page, 'only for this visit');
    await openLesson(page);
    await checkWorksFromMemory(page);
  });
});

test.describe(() => {
  test.use({ init: { script: storageFull } });

  test('saving throws QuotaExceededError: banner "only for this visit", and the check works', async ({ page }) => {
    await openLesson(page);
    await checkWorksFromMemory(page);
    await expectBanner(page, 'only for this visit');
  });
});
