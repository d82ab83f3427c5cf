// A learner is in the middle of the check and reloads, closes the tab, or goes back.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, answerQuestion, correctOption, currentPath, expectChecked, expectHeading, expectUnchecked,
  STORAGE_KEY, goOn, pathOf, lesson, onQuestion, openAt, optionOrder, progressValues, radio, radioByLabel, reload,
  startCheck, wrongOption,
} from './learner.mjs';

const AT = Math.min(6, TOTAL); // the question the learner is on when they leave
const WRONG_AT = new Set([2]); // one wrong answer among the checked ones

/** Answers questions 1..AT-1 and stops on question AT; returns what was answered. */
async function answerUpTo(page) {
  await startCheck(page);
  const done = [];
  for (let n = 1; n < AT; n++) {
    done.push(await answerQuestion(page, n, WRONG_AT.has(n) ? wrongOption : correctOption));
    await goOn(page, n);
  }
  const q = await onQuestion(page, AT);
  return { done, q, order: await optionOrder(page, q) };
}

test(`reload at question ${AT}: same address, question, option order and progress`, async ({ page }) => {
  const { q, order } = await answerUpTo(page);
  const address = await currentPath(page);
  expect(address).toBe(pathOf.question(AT));

  await reload(page);
  expect(await currentPath(page), 'same address after reload').toBe(address);
  const again = await onQuestion(page, AT);
  expect(again.id, 'same question after reload').toBe(q.id);
  expect(await optionOrder(page, again), 'same option order after reload').toStrictEqual(order);
  await expectUnchecked(page, again);
  expect(await progressValues(page), 'checked count kept').toStrictEqual({ now: AT - 1, max: TOTAL });
});

test('after reload, back and a typed address show earlier questions checked and read-only', async ({ page }) => {
  const { done } = await answerUpTo(page);
  await reload(page);
  await onQuestion(page, AT);

  await page.goBack();
  const prev = done[AT - 2];
  const q = await onQuestion(page, AT - 1);
  expect(q.id, 'back shows the previous question').toBe(prev.q.id);
  await expectChecked(page, q, prev.chosen);
  expect(await optionOrder(page, q), 'its option order is unchanged').toStrictEqual(prev.order);

  await page.goForward();
  await onQuestion(page, AT);

  await openAt(page, pathOf.question(2));
  const second = await onQuestion(page, 2);
  expect(second.id, 'question 2 by address').toBe(done[1].q.id);
  await expectChecked(page, second, done[1].chosen);
  expect(done[1].chosen.correct, 'question 2 was answered wrong on purpose').toBe(false);
  expect(await optionOrder(page, second), 'question 2 keeps its option order').toStrictEqual(done[1].order);
  // A read-only question keeps its answer even if clicked.
  const other = second.options.find((o) => o !== done[1].chosen);
  await (await radioByLabel(page, other.text)).click({ force: true, timeout: 2_000 }).catch(() => {});
  await expectChecked(page, second, done[1].chosen);
});

// The site's bare address is the home page; its first action continues the check.
test('closing the page and opening the site address offers to continue at the same question', async ({ page, newPage }) => {
  const { q, order } = await answerUpTo(page);
  await page.close();

  const again = await newPage();
  await openAt(again, '');
  await expectHeading(again, 'Lectern');
  expect(await currentPath(again), 'the bare address stays the home page').toBe(pathOf.home());
  const next = again.locator('.next-step a');
  await expect(next, 'the first action continues the check').toHaveText(`Continue: ${lesson.title}, question ${AT} of ${TOTAL}`);
  await next.click();
  const shown = await onQuestion(again, AT);
  expect(shown.id, 'same question').toBe(q.id);
  expect(await optionOrder(again, shown), 'same option order').toStrictEqual(order);
  expect(await progressValues(again)).toStrictEqual({ now: AT - 1, max: TOTAL });
});

// Closing the tab right after a click must not lose that click: the answer is stored
// within the click's own task, before any frame or timer runs.
test('an answer checked just before the page goes away is already stored when it is hidden', async ({ page }) => {
  await startCheck(page);
  const q = await onQuestion(page, 1);
  const chosen = correctOption(q);
  await radio(page, chosen.text).check();
  // As when the tab is closed right after the click: Check, the app's reactions (microtasks
  // only), `pagehide`, then read what is stored, all in one task: no frame or timer has run.
  const stored = await page.evaluate(async ([key]) => {
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Check').click();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return localStorage.getItem(key);
  }, [STORAGE_KEY]);
  const answer = JSON.parse(stored).lessons[lesson.id].current.answers[q.id];
  expect(answer, 'the checked answer is stored before the page goes').toStrictEqual({ option: chosen.id, checked: true });
});
