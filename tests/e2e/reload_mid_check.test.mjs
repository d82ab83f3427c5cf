// A learner is in the middle of the check and reloads, closes the tab, or goes back.
import assert from 'node:assert/strict';
import {
  TOTAL, answerQuestion, correctOption, currentHash, expectChecked, expectHash, expectUnchecked,
  STORAGE_KEY, goOn, hashOf, lesson, onQuestion, openAt, optionOrder, progressValues, radio, radioByLabel, reload,
  scenario, startCheck, wrongOption,
} from './helpers.mjs';

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

scenario(`reload at question ${AT}: same address, question, option order and progress`, async ({ page }) => {
  const { q, order } = await answerUpTo(page);
  const hash = await currentHash(page);
  assert.equal(hash, hashOf.question(AT));

  await reload(page);
  assert.equal(await currentHash(page), hash, 'same address after reload');
  const again = await onQuestion(page, AT);
  assert.equal(again.id, q.id, 'same question after reload');
  assert.deepEqual(await optionOrder(page, again), order, 'same option order after reload');
  await expectUnchecked(page, again);
  assert.deepEqual(await progressValues(page), { now: AT - 1, max: TOTAL }, 'checked count kept');
});

scenario('after reload, back and a typed address show earlier questions checked and read-only', async ({ page }) => {
  const { done } = await answerUpTo(page);
  await reload(page);
  await onQuestion(page, AT);

  await page.goBack();
  const prev = done[AT - 2];
  const q = await onQuestion(page, AT - 1);
  assert.equal(q.id, prev.q.id, 'back shows the previous question');
  await expectChecked(page, q, prev.chosen);
  assert.deepEqual(await optionOrder(page, q), prev.order, 'its option order is unchanged');

  await page.goForward();
  await onQuestion(page, AT);

  await openAt(page, hashOf.question(2));
  const second = await onQuestion(page, 2);
  assert.equal(second.id, done[1].q.id, 'question 2 by address');
  await expectChecked(page, second, done[1].chosen);
  assert.equal(done[1].chosen.correct, false, 'question 2 was answered wrong on purpose');
  assert.deepEqual(await optionOrder(page, second), done[1].order, 'question 2 keeps its option order');
  // A read-only question keeps its answer even if clicked.
  const other = second.options.find((o) => o !== done[1].chosen);
  await (await radioByLabel(page, other.text)).click({ force: true, timeout: 2_000 }).catch(() => {});
  await expectChecked(page, second, done[1].chosen);
});

scenario('closing the page and opening the site address returns to the same question', async ({ page, newPage }) => {
  const { q, order } = await answerUpTo(page);
  await page.close();

  const again = await newPage();
  await openAt(again, '');
  await expectHash(again, hashOf.question(AT), 'the empty address leads to where the learner was');
  const shown = await onQuestion(again, AT);
  assert.equal(shown.id, q.id, 'same question');
  assert.deepEqual(await optionOrder(again, shown), order, 'same option order');
  assert.deepEqual(await progressValues(again), { now: AT - 1, max: TOTAL });
});

// Closing the tab right after a click must not lose that click: the answer is stored
// within the click's own task, before any frame or timer runs.
scenario('an answer checked just before the page goes away is already stored when it is hidden', async ({ page }) => {
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
  assert.deepEqual(answer, { option: chosen.id, checked: true }, 'the checked answer is stored before the page goes');
});
