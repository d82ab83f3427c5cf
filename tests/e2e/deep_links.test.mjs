// A learner reloads or shares any address: each one lands on the same screen, and
// addresses that cannot be shown yet lead somewhere sensible.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, answerQuestion, checkLink, correctOption, currentPath, expectChecked, expectPath,
  expectHeading, expectNothingSelected, expectScore, expectUnchecked, goOn, pathOf, lesson,
  onQuestion, openAt, openHome, openLesson, optionOrder, progressValues, reload, wrongOption,
} from './learner.mjs';

test('a reload at every address on the way through the check lands on the same screen', async ({ page }) => {
  await openHome(page);
  await reload(page);
  await expectHeading(page, 'Lectern');
  expect(await currentPath(page)).toBe(pathOf.home());

  await openLesson(page);
  await reload(page);
  await expectHeading(page, lesson.title);
  expect(await currentPath(page)).toBe(pathOf.lesson());

  await checkLink(page, 'Start the check').click();
  let score = 0;
  for (let n = 1; n <= TOTAL; n++) {
    const pick = n % 3 === 0 ? wrongOption : correctOption;
    const { q, chosen, order } = await answerQuestion(page, n, pick);
    if (chosen.correct) score++;
    await reload(page);
    const again = await onQuestion(page, n);
    expect(again.id, `same question at ${pathOf.question(n)} after reload`).toBe(q.id);
    expect(await optionOrder(page, again), `same option order at question ${n}`).toStrictEqual(order);
    await expectChecked(page, again, chosen);
    await goOn(page, n);
  }
  await reload(page);
  await expectHeading(page, 'Your result');
  expect(await currentPath(page)).toBe(pathOf.result());
  await expectScore(page, score);
});

test('a fresh visitor opening check/5 starts an attempt at question 1', async ({ page }) => {
  const n = Math.min(5, TOTAL);
  await openAt(page, pathOf.question(n));
  const q = await onQuestion(page, 1);
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);
  expect(await progressValues(page)).toStrictEqual({ now: 0, max: TOTAL });
  // The address was replaced, not added: Back does not return to check/n.
  await page.goBack().catch(() => {});
  expect(page.url().endsWith(pathOf.question(n)), `Back does not lead to ${pathOf.question(n)}: ${page.url()}`).toBe(false);
});

test('an address past the first unchecked question shows the first unchecked one', async ({ page }) => {
  await openLesson(page);
  await checkLink(page, 'Start the check').click();
  for (const n of [1, 2]) {
    await answerQuestion(page, n);
    await goOn(page, n);
  }
  await onQuestion(page, 3);
  await openAt(page, pathOf.question(TOTAL));
  const q = await onQuestion(page, 3);
  await expectUnchecked(page, q);
  // Visiting a checked question is allowed and shows it as checked.
  await openAt(page, pathOf.question(1));
  const first = await onQuestion(page, 1);
  await expectChecked(page, first, correctOption(first));
});

test('the result address with no finished attempt shows the lesson', async ({ page }) => {
  await openAt(page, pathOf.result());
  await expectPath(page, pathOf.lesson());
  await expectHeading(page, lesson.title);
  expect(await checkLink(page, 'Start the check').count()).toBe(1);
});

test('an unknown lesson shows "Page not found" with a way home', async ({ page }) => {
  for (const hash of ['#/no-such-lesson', '#/no-such-lesson/check/1', '#/no-such-lesson/result']) {
    await openHome(page); // so the heading below is new, not left over
    await openAt(page, hash);
    await expectHeading(page, 'Page not found');
  }
  await page.getByRole('link', { name: 'Go to the home page', exact: true }).click();
  await expectHeading(page, 'Lectern');
  expect(await page.getByRole('link', { name: lesson.title, exact: true }).count()).toBeGreaterThanOrEqual(1);
});

test('the empty address of a first visit is the home page', async ({ page }) => {
  await openAt(page, '');
  await expectHeading(page, 'Lectern');
  expect(['', '#', '#/'], `home address: ${await currentPath(page)}`).toContain(await currentPath(page));
});

test('Back and Forward move between the lesson and questions, and the app follows', async ({ page }) => {
  await openLesson(page);
  await checkLink(page, 'Start the check').click();
  const first = await answerQuestion(page, 1);
  await goOn(page, 1);
  await onQuestion(page, 2);

  await page.goBack();
  const q = await onQuestion(page, 1);
  await expectChecked(page, q, first.chosen);
  await page.goBack();
  await expectPath(page, pathOf.lesson());
  await expectHeading(page, lesson.title);
  await page.goForward();
  await onQuestion(page, 1);
  await page.goForward();
  const second = await onQuestion(page, 2);
  await expectUnchecked(page, second);
});
