// A walk over every screen of the fixture course that reads no interface text, so that it
// runs in any language: links and buttons are found by their place and class, not their
// label. `visit(name)` is called on each screen once it is drawn.

import { expect } from '../fixtures.mjs';
import { currentPath, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { clockAt, daysLater, plainLessons } from '../course/lib.mjs';

export const lesson = plainLessons[0];

const mainButton = (page) => page.locator('.question .actions button.primary');

/** Chooses a wrong option of the question on screen (its text is the author's, in any build). */
async function chooseWrong(page) {
  const prompt = await textOf(page.locator('h1'));
  const q = lesson.questions.find((x) => x.prompt === prompt);
  expect(q, `a question of ${lesson.id}: ${prompt}`).toBeTruthy();
  await page.getByRole('radio', { name: q.options.find((o) => !o.correct).text, exact: true }).check();
}

/** Answers the question on screen wrong, so it is due for review tomorrow, and goes on. */
async function answerAndGoOn(page, n) {
  await whenPasses(async () => expect(await currentPath(page)).toBe(pathOf.question(n, lesson.id)));
  await chooseWrong(page);
  await mainButton(page).click();
  await page.locator('.feedback.is-right, .feedback.is-wrong').waitFor();
  await mainButton(page).click();
}

export async function walk(page, visit) {
  await clockAt(page);
  await openAt(page, pathOf.home());
  await visit('home');
  await openAt(page, pathOf.lesson(lesson.id));
  await visit('lesson');
  await page.locator('.check-call a.button.primary').click();
  await whenPasses(async () => expect(await currentPath(page)).toBe(pathOf.question(1, lesson.id)));
  await visit('question');
  await mainButton(page).click();
  await page.locator('.hint:not(:empty)').waitFor();
  await visit('question with the "choose first" hint');
  await chooseWrong(page);
  await mainButton(page).click();
  await page.locator('.feedback.is-right, .feedback.is-wrong').waitFor();
  await visit('question after checking');
  await mainButton(page).click();
  for (let n = 2; n <= lesson.questions.length; n++) await answerAndGoOn(page, n);
  await whenPasses(async () => expect(await currentPath(page)).toBe(pathOf.result(lesson.id)));
  await page.locator('.score-card').waitFor();
  await visit('result');
  await openAt(page, pathOf.history(lesson.id));
  await page.locator('table.history').waitFor();
  await visit('history');
  await openAt(page, pathOf.progress());
  await visit('progress');
  await page.locator('button.danger').click();
  await page.locator('dialog[open]').waitFor();
  await visit('reset dialog');
  await page.keyboard.press('Escape');
  await openAt(page, pathOf.home());
  await daysLater(page, 1);
  await visit('home with reviews due');
  await openAt(page, pathOf.review());
  await page.locator('.review-session .question').waitFor();
  await visit('review');
  await openAt(page, 'no-such-page/');
  await visit('page not found');
}
