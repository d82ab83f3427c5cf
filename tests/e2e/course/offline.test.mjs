// Installable and offline: after one visit the site loads and works with no network, and
// progress made offline is there when the network is back. The service worker keeps the
// app shell and every lesson's text from the first visit, so a lesson never opened
// before opens offline too, by a link in the app or by its address.

import { expect, test } from '../fixtures.mjs';
import { STORAGE_KEY, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { plainLessons } from './lib.mjs';

const l = plainLessons[0];

/** Waits until the service worker has installed this build and controls the page. */
async function controlledByServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('load once, go offline, reload, take a question, come back online: progress kept', async ({ page, context }) => {
  await openAt(page, pathOf.lesson(l.id));
  await controlledByServiceWorker(page);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  expect(manifest.name).toBe('Lectern');
  expect(manifest.icons.some((i) => i.sizes === '512x512')).toBeTruthy();

  await context.setOffline(true);
  await page.reload();
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe(l.title));
  await page.getByRole('link', { name: 'Start the check' }).click();
  const prompt = await whenPasses(async () => {
    const p = await textOf(page.locator('h1'));
    expect(p).not.toBe(l.title);
    return p;
  });
  const q = l.questions.find((x) => x.prompt === prompt);
  await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).toMatch(/^Correct/));

  await context.setOffline(false);
  await page.reload();
  await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).toMatch(/^Correct/));
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
  expect(stored.lessons[l.id].current.answers[q.id].checked).toBe(true);
});

/** Asserts lesson `lesson`'s page is on screen: its title and every section's title. */
async function expectLessonShown(page, lesson) {
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe(lesson.title));
  for (const s of lesson.sections) {
    await expect(page.getByRole('heading', { level: 2, name: s.title, exact: true }), `section "${s.title}" of ${lesson.id}`).toBeVisible();
  }
}

/** Asserts the first question of lesson `lesson` is on screen, with every option. */
async function expectFirstQuestionShown(page, lesson) {
  const q = lesson.questions[0];
  await whenPasses(async () => {
    expect(await textOf(page.locator('.progress-label'))).toBe(`Question 1 of ${lesson.questions.length}`);
    expect(await textOf(page.locator('h1'))).toBe(q.prompt);
  });
  for (const o of q.options) await expect(page.getByRole('radio', { name: o.text, exact: true })).toBeVisible();
}

test('offline after one visit, a lesson never opened opens by a link in the app and by its address', async ({ page, context }) => {
  const [opened, linked, typed] = plainLessons;
  await openAt(page, pathOf.lesson(opened.id));
  await controlledByServiceWorker(page);
  await context.setOffline(true);

  // A link in the app: home, then another lesson, with no page load.
  await page.getByRole('link', { name: 'Lectern', exact: true }).first().click();
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe('Lectern'));
  await page.getByRole('link', { name: linked.title, exact: true }).click();
  await expectLessonShown(page, linked);
  await page.getByRole('link', { name: 'Start the check', exact: true }).click();
  await expectFirstQuestionShown(page, linked);

  // An address loaded directly: the worker has never seen the page, only the lesson's text.
  await openAt(page, pathOf.lesson(typed.id));
  await expectLessonShown(page, typed);
  await openAt(page, pathOf.question(1, typed.id));
  await expectFirstQuestionShown(page, typed);
});
