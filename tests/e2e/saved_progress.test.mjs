// A learner comes back with the progress the previous release saved: this build shows
// every score, the check in progress and the review due, and keeps the stored document as
// it was. The document is tests/fixtures/progress/v2-as-saved.json, written by the
// released build's own encoder; what the screens should show is derived from it and the
// lesson files.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from './fixtures.mjs';
import {
  REPO_ROOT, STORAGE_KEY, TOTAL, course, correctOption, expectBest, expectChecked, expectHeading,
  expectReview, expectScore, expectUnchecked, onQuestion, openAt, pathOf, percent, radio, textOf,
} from './learner.mjs';

// The released build stored its encoder's output, which has no final newline.
const SAVED = readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'progress', 'v2-as-saved.json'), 'utf8').trimEnd();
const doc = JSON.parse(SAVED);
const DAY = 86_400_000;

// The fixture is progress in the seed lesson; every lesson it names must be one of ours.
const [lessonId, saved] = Object.entries(doc.lessons)[0];
const l = course.find((x) => x.id === lessonId);

const question = (id) => l.questions.find((q) => q.id === id);
const option = (qid, oid) => question(qid).options.find((o) => o.id === oid);
const rightAnswer = (qid, oid) => correctOption(question(qid)).id === oid;

// Finished attempts are stored as [started, milliseconds taken, right, asked, answers?];
// only the latest keeps its answers.
const finished = saved.finished.map(([started, taken, right, asked, answers]) => ({ started, taken, right, asked, answers }));
const latest = finished[finished.length - 1];
const best = finished.reduce((b, f) => (f.right / f.asked > b.right / b.asked ? f : b));
// The attempt in progress: the learner is at the first question not yet checked.
const current = saved.current;
const at = current.questions.findIndex((qid) => !current.answers[qid]?.checked) + 1;
// The fixture's own moment, the latest it records, in UTC (the context's time zone below).
const now = Math.max(current.started, ...finished.map((f) => f.started + f.taken));
const today = Math.floor(now / DAY);
const due = Object.values(saved.reviews).filter((card) => card.d <= today).length;
const mastered = l.questions.filter((q) => rightAnswer(q.id, latest.answers[q.id]) && !(q.id in saved.reviews)).length;

/** Puts the saved text under the app's key once per tab, before the app starts. */
function restore({ key, value }) {
  if (location.protocol !== 'http:') return; // the blank page a tab starts on has no storage
  if (!sessionStorage.getItem('e2e-restored')) {
    localStorage.setItem(key, value);
    sessionStorage.setItem('e2e-restored', '1');
  }
}

test.use({ timezoneId: 'UTC', init: { script: restore, arg: { key: STORAGE_KEY, value: SAVED } } });

test.beforeEach(async ({ page }) => {
  expect(l, `the fixture's lesson "${lessonId}" is in the content`).toBeTruthy();
  expect(Object.keys(doc.lessons), 'the fixture holds progress in one lesson').toStrictEqual([lessonId]);
  expect(l.questions.length, 'the fixture\'s attempts are of this lesson').toBe(TOTAL);
  await page.clock.install({ time: new Date(now) });
});

test('the home page shows the saved progress, and the stored document is left as it was', async ({ page }) => {
  await openAt(page, pathOf.home());
  await expectHeading(page, 'Lectern');
  await expect(page.locator('.next-step a')).toHaveText(`Continue: ${l.title}, question ${at} of ${current.questions.length}`);
  const card = page.locator('.lesson-card').filter({ has: page.getByRole('link', { name: l.title, exact: true }) });
  await expect(card.locator('.status')).toHaveText(`Check in progress: question ${at} of ${current.questions.length}`);
  await expect(page.locator('.due-count')).toHaveText(due === 0 ? 'Nothing is due for review today.' : `Due for review: ${due} question${due === 1 ? '' : 's'}`);
  await expect(page.locator('.summary-line')).toHaveText(`1 of ${course.length} lessons completed · ${mastered} of ${TOTAL} questions mastered`);
  expect(await page.locator('html').getAttribute('data-theme'), 'the saved theme').toBe(doc.theme);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), 'the stored document, byte for byte').toBe(SAVED);
});

test('the lesson continues the saved check, and its questions show the saved answers', async ({ page }) => {
  await openAt(page, pathOf.lesson(l.id));
  await expectHeading(page, l.title);
  await expect(page.getByRole('link', { name: 'Continue the check', exact: true })).toHaveCount(1);
  await expect(page.getByText(`You are at question ${at} of ${current.questions.length}.`)).toHaveCount(1);
  await page.getByRole('link', { name: 'Continue the check', exact: true }).click();
  const q = await onQuestion(page, at, { lessonId: l.id });
  expect(q.id, 'the question the saved attempt is at').toBe(current.questions[at - 1]);
  await expectUnchecked(page, q);
  const chosen = current.answers[q.id]?.option;
  for (const o of q.options) {
    expect(await radio(page, o.text).isChecked(), `"${o.text}" chosen as saved`).toBe(o.id === chosen);
  }
  for (let n = 1; n < at; n++) {
    await openAt(page, pathOf.question(n, l.id));
    const checked = await onQuestion(page, n, { lessonId: l.id });
    expect(checked.id, `question ${n} of the saved attempt`).toBe(current.questions[n - 1]);
    await expectChecked(page, checked, option(checked.id, current.answers[checked.id].option));
  }
});

test('the result and history show the saved attempts', async ({ page }) => {
  const right = Object.entries(latest.answers).filter(([qid, oid]) => rightAnswer(qid, oid)).length;
  expect(right, 'the latest record\'s score is its answers\' score').toBe(latest.right);

  await openAt(page, pathOf.result(l.id));
  await expectHeading(page, 'Your result');
  await expectScore(page, latest.right, latest.asked);
  await expectBest(page, best.right, best.asked);
  const answers = new Map(Object.entries(latest.answers).map(([qid, oid]) => [qid, option(qid, oid)]));
  expect(await expectReview(page, answers), 'missed in the latest attempt').toBe(latest.asked - latest.right);

  await openAt(page, pathOf.history(l.id));
  await expectHeading(page, 'Your scores');
  const rows = page.locator('table.history tbody tr');
  await expect(rows).toHaveCount(finished.length);
  for (const [i, f] of finished.entries()) {
    const cells = await rows.nth(i).locator('th, td').allTextContents();
    expect(cells[0], `attempt ${i + 1}`).toBe(String(i + 1));
    expect(cells[2], `attempt ${i + 1}'s score`).toBe(`${f.right} / ${f.asked} (${percent(f.right, f.asked)}%)`);
  }
  expect(await textOf(page.locator('.best'))).toBe(`Best score: ${best.right} / ${best.asked} (${percent(best.right, best.asked)}%)`);
});
