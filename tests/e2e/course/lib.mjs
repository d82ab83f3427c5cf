// Helpers for the course-wide end-to-end tests, which run against the fixture course
// (tests/fixtures/course, built with the test-hooks feature into dist-fixture/: the
// `course` project of playwright.config.mjs, `make test-e2e-course`).

import path from 'node:path';

import { expect } from '../fixtures.mjs';
import { REPO_ROOT, appReady, currentPath, loadCourse, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';

/** The fixture course's lessons, read from its lesson files ($LECTERN_CONTENT overrides). */
export const course = loadCourse(path.resolve(REPO_ROOT, process.env.LECTERN_CONTENT || 'tests/fixtures/course'));

export const DAY = 86_400_000;
/** A fixed, ordinary moment to start every test's clock at. */
export const T0 = new Date('2026-11-25T10:00:00Z');

/** Installs a controllable clock in the page; call before the first navigation. */
export async function clockAt(page, when = T0) {
  await page.clock.install({ time: when });
}

/** Moves the page's clock forward by `days` and reloads, as a learner coming back. */
export async function daysLater(page, days, from = T0) {
  await page.clock.setSystemTime(new Date(from.getTime() + days * DAY));
  await page.reload();
  await appReady(page);
}

export const lessonById = (id) => {
  const l = course.find((x) => x.id === id);
  expect(l, `fixture lesson ${id}`).toBeTruthy();
  return l;
};

/** A single-choice question (the kind when none is written). */
export const isSingle = (q) => (q.kind ?? 'single') === 'single';

/**
 * The lessons the fixture course ships whose questions are all single choice with plain
 * text, minus the hostile-text one and the rich-text one (its options are Markdown): the
 * helpers here answer them by option text.
 */
export const plainLessons = course.filter((l) => !['hostile', 'rich-text'].includes(l.id) && l.questions.every(isSingle));

const right = (q) => q.options.find((o) => o.correct);
const wrong = (q) => q.options.find((o) => !o.correct);

/**
 * Takes (or finishes) lesson `l`'s check from its lesson page, answering the questions whose
 * index (0-based, content order) is in `missIdx` wrong. Ends on the result page.
 */
export async function takeCheck(page, l, missIdx = new Set()) {
  await openAt(page, pathOf.lesson(l.id));
  await page.getByRole('link', { name: /^(Start|Continue|Retake) the check$/ }).click();
  // "Continue" picks up at the first unchecked question.
  const start = await whenPasses(async () => {
    const m = (await currentPath(page)).match(new RegExp(`^${l.id}/check/(\\d+)/$`));
    expect(m, 'on a question').toBeTruthy();
    return Number(m[1]);
  });
  for (let n = start; n <= l.questions.length; n++) {
    const i = await whenPasses(async () => {
      expect(await currentPath(page)).toBe(pathOf.question(n, l.id));
      expect(await textOf(page.locator('.progress-label'))).toBe(`Question ${n} of ${l.questions.length}`);
      const prompt = await textOf(page.locator('h1'));
      const found = l.questions.findIndex((q) => q.prompt === prompt);
      expect(found, `prompt on screen is a question of ${l.id}: ${prompt}`).toBeGreaterThanOrEqual(0);
      return found;
    });
    const q = l.questions[i];
    const pick = missIdx.has(i) ? wrong(q) : right(q);
    await page.getByRole('radio', { name: pick.text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: n === l.questions.length ? 'See your result' : 'Next question' }).click();
  }
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe('Your result'));
}

/** The home page's card for lesson `l`: its status text and the label of its one step. */
export async function cardOf(page, l) {
  const card = page.locator('.lesson-card').filter({ has: page.getByRole('link', { name: l.title, exact: true }) });
  return {
    status: await textOf(card.locator('.status')),
    step: await textOf(card.locator('.lesson-step a')),
  };
}

export async function openHomePage(page) {
  await openAt(page, pathOf.home());
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe('Lectern'));
}

export async function dueText(page) {
  return textOf(page.locator('.due-count'));
}
