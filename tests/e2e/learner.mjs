// Page-object helpers for Lectern's end-to-end tests: the course read from the lesson
// files (the answer key comes from there, never from the test files), the app's
// addresses and storage key, and steps that act as a learner would (by role, label and
// visible text), each checking what the learner should see.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';

import { baseOf, expect } from './fixtures.mjs';
import { BASE_PATH, REPO_ROOT } from './server.mjs';

export { BASE_PATH, REPO_ROOT, baseOf };

// ---------------------------------------------------------------------------------------
// The course, from the same files the build reads.

export const CONTENT_DIR = path.resolve(REPO_ROOT, process.env.LECTERN_CONTENT || 'content');

/** Every lesson in `dir`, in file-name order, as the build reads them. */
export function loadCourse(dir = CONTENT_DIR) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.toml') && f !== 'site.toml')
    .sort();
  if (files.length === 0) throw new Error(`no lesson files (*.toml) in ${dir}`);
  return files.map((file) => {
    const doc = parseToml(readFileSync(path.join(dir, file), 'utf8'));
    return {
      file,
      id: doc.id,
      series: doc.series,
      title: doc.title,
      summary: doc.summary,
      minutes: doc.minutes,
      reviewed: String(doc.reviewed),
      sections: (doc.sections ?? []).map((s) => ({ id: s.id, title: s.title, body: s.body })),
      questions: (doc.questions ?? []).map((q) => ({
        id: q.id,
        section: q.section,
        kind: q.kind ?? 'single',
        prompt: q.prompt,
        explanation: q.explanation,
        options: (q.options ?? []).map((o) => ({ id: o.id, text: o.text, correct: o.correct === true })),
        // A typed answer's accepted answers, and how they are compared.
        accept: q.accept ?? [],
        exact: q.exact === true,
        tolerance: q.tolerance,
      })),
    };
  });
}

export const course = loadCourse();

/**
 * The lesson the tests walk through: $LECTERN_E2E_LESSON, or the one with the most
 * questions (the first such in file order).
 */
export const lesson = (() => {
  const wanted = process.env.LECTERN_E2E_LESSON;
  if (wanted) {
    const found = course.find((l) => l.id === wanted);
    if (!found) throw new Error(`LECTERN_E2E_LESSON=${wanted} names no lesson in ${CONTENT_DIR}`);
    return found;
  }
  return course.reduce((best, l) => (l.questions.length > best.questions.length ? l : best));
})();

/** Number of questions in the check (the specs here need at least 3). */
export const TOTAL = lesson.questions.length;

export const correctOption = (q) => q.options.find((o) => o.correct);
/** A deliberately wrong answer: the first option in the content that is not the right one. */
export const wrongOption = (q) => q.options.find((o) => !o.correct);

export function questionByPrompt(prompt, l = lesson) {
  const q = l.questions.find((q) => q.prompt === prompt);
  expect(q, `the page shows a prompt that is not a question of ${l.id}: ${JSON.stringify(prompt)}`).toBeTruthy();
  return q;
}

/**
 * Whether every question keeping one given option order by chance is too unlikely to
 * matter (below one in a million), so a test may assert that orders differ.
 */
export const shuffleIsTellable = (l = lesson) => {
  const factorial = (n) => (n <= 1 ? 1 : n * factorial(n - 1));
  return l.questions.reduce((p, q) => p / factorial(q.options.length), 1) < 1e-6;
};

/** Percentage as the result page shows it: rounded to the nearest integer. */
export const percent = (score, total) => Math.round((100 * score) / total);

// ---------------------------------------------------------------------------------------
// Addresses and storage.

export const STORAGE_KEY = `lectern:${BASE_PATH}`;
export const BACKUP_PREFIX = `${STORAGE_KEY}:backup`;

/**
 * Each screen's address, relative to the site's base (`/lectern/`): the paths links use
 * and the build writes a page at. The home page is the base itself ('').
 */
export const pathOf = {
  home: () => '',
  review: () => 'review/',
  progress: () => 'progress/',
  lesson: (id = lesson.id) => `${id}/`,
  section: (section, id = lesson.id) => `${id}/section/${section}/`,
  history: (id = lesson.id) => `${id}/history/`,
  question: (n, id = lesson.id) => `${id}/check/${n}/`,
  result: (id = lesson.id) => `${id}/result/`,
};

/**
 * Every address the build writes a page for: the site's own screens, then each lesson's
 * (`lessons`, default the whole course), as { path, kind, lesson?, section?, n? }.
 * The not-found page (404.html) is not among them.
 */
export function routesOf(lessons = course) {
  const routes = [
    { path: pathOf.home(), kind: 'home' },
    { path: pathOf.review(), kind: 'review' },
    { path: pathOf.progress(), kind: 'progress' },
  ];
  for (const l of lessons) {
    routes.push({ path: pathOf.lesson(l.id), kind: 'lesson', lesson: l });
    for (const s of l.sections) routes.push({ path: pathOf.section(s.id, l.id), kind: 'section', lesson: l, section: s });
    for (let n = 1; n <= l.questions.length; n++) routes.push({ path: pathOf.question(n, l.id), kind: 'question', lesson: l, n });
    routes.push({ path: pathOf.result(l.id), kind: 'result', lesson: l });
    routes.push({ path: pathOf.history(l.id), kind: 'history', lesson: l });
  }
  return routes;
}

// ---------------------------------------------------------------------------------------
// Waiting.

/**
 * Retries `check` (which asserts with `expect`) until it passes, within the configured
 * expect.toPass timeout, and returns what it returned the time it passed.
 */
export async function whenPasses(check, options) {
  let value;
  await expect(async () => {
    value = await check();
  }).toPass(options);
  return value;
}

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
export const textOf = async (locator) => norm(await locator.textContent());

/**
 * The page's address relative to the site's base (its `<base href>`): `local-models/` for
 * /lectern/local-models/, '' for the home page. A query or hash stays on the end, so an
 * old hash address that was not replaced shows (`#/local-models`).
 */
export const currentPath = (page) =>
  page.evaluate(() => {
    const base = document.baseURI;
    return location.href.startsWith(base) ? location.href.slice(base.length) : location.href;
  });

export async function expectPath(page, path, message) {
  await whenPasses(async () => expect(await currentPath(page), message).toBe(path));
}

export async function expectHeading(page, text) {
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe(text));
}

// ---------------------------------------------------------------------------------------
// Screens.

/** The mark the app puts on `<html>` once it has hydrated the page and read the learner's state. */
export const APP_STARTED = 'html[data-app="started"]';

/**
 * Waits until the app runs: it has hydrated the page the build made for the address (the
 * static page shows headings, and first questions, before the WebAssembly arrives) and
 * has read the learner's progress.
 */
export async function appReady(page) {
  await page.locator(APP_STARTED).waitFor({ state: 'attached' });
}

/**
 * Opens the site at `path` (relative to the base: '' for home, `local-models/check/3/`;
 * an old hash address such as `#/local-models` works too) as typing the address would: a
 * page load, then the app. A hash address is loaded from a blank page, so it is a load
 * and not a hash change in the page already open.
 */
export async function openAt(page, path = '') {
  if (path.startsWith('#')) await page.goto('about:blank');
  await page.goto(baseOf(page) + path);
  await appReady(page);
}

export async function openHome(page) {
  await openAt(page, pathOf.home());
  await expectHeading(page, 'Lectern');
}

export async function openLesson(page, lessonId = lesson.id) {
  const l = course.find((x) => x.id === lessonId);
  expect(l, `no lesson ${lessonId} in the content`).toBeTruthy();
  await openAt(page, pathOf.lesson(lessonId));
  await expectHeading(page, l.title);
  await expectPath(page, pathOf.lesson(lessonId));
}

/** Reloads and waits for the app to draw again. */
export async function reload(page) {
  await page.reload();
  await appReady(page);
}

export const checkLink = (page, label) => page.getByRole('link', { name: label, exact: true });

const QUESTION_LABEL = /Question (\d+) of (\d+)/;

/** "Question N of T" as shown, or null when it is not there. */
export async function questionLabel(page) {
  const label = page.getByText(QUESTION_LABEL);
  if ((await label.count()) !== 1) return null;
  const m = (await label.textContent()).match(QUESTION_LABEL);
  return { n: Number(m[1]), of: Number(m[2]) };
}

/** The prompt of the question on screen (its <h1>). */
export async function currentPrompt(page) {
  return textOf(page.locator('h1'));
}

/**
 * Waits until question `n` of the lesson is on screen at its address, with "Question n of
 * T", and returns the content's question for the prompt shown.
 */
export async function onQuestion(page, n, { lessonId = lesson.id } = {}) {
  const l = course.find((x) => x.id === lessonId);
  return whenPasses(async () => {
    expect(await currentPath(page)).toBe(pathOf.question(n, lessonId));
    expect(await questionLabel(page), `"Question ${n} of ${l.questions.length}" shown`).toStrictEqual({ n, of: l.questions.length });
    return questionByPrompt(await currentPrompt(page), l);
  });
}

/** The content question for the prompt on screen. */
export async function currentQuestion(page) {
  return whenPasses(async () => questionByPrompt(await currentPrompt(page)));
}

/**
 * The radio whose accessible name is exactly the option text. The contract promises this
 * before checking; once checked, marks such as " — right answer" may join the name.
 */
export const radio = (page, optionText) => page.getByRole('radio', { name: optionText, exact: true });
export const feedback = (page) => page.locator('.feedback');
export const checkButton = (page) => page.getByRole('button', { name: 'Check', exact: true });

/**
 * Each radio's label text in page order: the label's own text without the radio and
 * without anything hidden from assistive technology (such as a "1" key hint).
 */
export const optionLabels = (page) =>
  page.locator('input[type=radio]').evaluateAll((radios) =>
    radios.map((el) => {
      const label = el.labels?.[0] ?? el.closest('label');
      if (!label) return null;
      const copy = label.cloneNode(true);
      copy.querySelectorAll('input, [aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    }),
  );

/** The radio labelled with this option text, found by label text (works when checked too). */
export async function radioByLabel(page, optionText) {
  const labels = await optionLabels(page);
  const i = labels.indexOf(norm(optionText));
  expect(i, `a radio labelled "${optionText}"; labels: ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
  return page.locator('input[type=radio]').nth(i);
}

/**
 * The option texts of question `q` in the order the page shows them; asserts that the
 * radios are exactly q's options.
 */
export async function optionOrder(page, q) {
  const labels = await optionLabels(page);
  expect([...labels].sort(), `the radios of "${q.prompt}" are its options`).toStrictEqual(q.options.map((o) => norm(o.text)).sort());
  return labels;
}

/** Before checking, every option is a radio named exactly by its text. */
export async function expectRadiosNamed(page, q) {
  for (const o of q.options) {
    expect(await radio(page, o.text).count(), `one radio named exactly "${o.text}"`).toBe(1);
  }
}

/** The progress bar's { now, max }. */
export async function progressValues(page) {
  const bar = page.getByRole('progressbar');
  return {
    now: Number(await bar.getAttribute('aria-valuenow')),
    max: Number(await bar.getAttribute('aria-valuemax')),
  };
}

/** Chooses the option with this text, clicks Check, and returns the feedback's text. */
export async function answerCurrent(page, optionText) {
  await radio(page, optionText).check();
  await checkButton(page).click();
  return whenPasses(async () => {
    const text = await textOf(feedback(page));
    expect(text.length, 'feedback shown after Check').toBeGreaterThan(0);
    return text;
  });
}

const hasClass = (name) => new RegExp(`(^|\\s)${name}(\\s|$)`);

/** Asserts the question on screen is checked: feedback shown, radios disabled. */
export async function expectChecked(page, q, chosen) {
  const right = correctOption(q);
  await whenPasses(async () => {
    const text = await textOf(feedback(page));
    if (chosen.correct) {
      expect(text, 'feedback for a right answer starts with "Correct"').toMatch(/^Correct/);
    } else {
      expect(text, 'feedback for a wrong answer starts with "Not quite"').toMatch(/^Not quite/);
      expect(text.includes(right.text), `feedback names the right answer "${right.text}": ${text}`).toBe(true);
    }
    expect(text.includes(norm(q.explanation)), `feedback holds the explanation: ${text}`).toBe(true);
  });
  for (const o of q.options) {
    expect(await (await radioByLabel(page, o.text)).isDisabled(), `radio "${o.text}" disabled once checked`).toBe(true);
  }
  expect(await (await radioByLabel(page, chosen.text)).isChecked(), `the chosen answer "${chosen.text}" stays selected`).toBe(true);
  const labelClass = async (o) =>
    (await radioByLabel(page, o.text)).evaluate((el) => (el.labels?.[0] ?? el.closest('label')).className);
  expect(await labelClass(right), 'the right option is marked is-correct').toMatch(hasClass('is-correct'));
  if (!chosen.correct) {
    expect(await labelClass(chosen), 'the wrong choice is marked is-wrong').toMatch(hasClass('is-wrong'));
  }
  for (const o of q.options) {
    if (o !== chosen) expect(await labelClass(o), `"${o.text}" not marked wrong`).not.toMatch(hasClass('is-wrong'));
    if (o !== right) expect(await labelClass(o), `"${o.text}" not marked correct`).not.toMatch(hasClass('is-correct'));
  }
}

/** Asserts the question on screen is not checked yet and nothing is selected. */
export async function expectUnchecked(page, q) {
  expect(await textOf(feedback(page)), 'no feedback before Check').toBe('');
  await expectRadiosNamed(page, q);
  for (const o of q.options) {
    expect(await radio(page, o.text).isDisabled(), `radio "${o.text}" enabled`).toBe(false);
  }
  await checkButton(page).waitFor();
}

export async function expectNothingSelected(page, q) {
  for (const o of q.options) {
    expect(await radio(page, o.text).isChecked(), `"${o.text}" not selected`).toBe(false);
  }
}

/** After a checked question: "Next question", or "See your result" on the last one. */
export async function goOn(page, n) {
  const last = n === TOTAL;
  const name = last ? 'See your result' : 'Next question';
  const other = last ? 'Next question' : 'See your result';
  expect(await page.getByRole('button', { name: other, exact: true }).count(), `no "${other}" button on question ${n}`).toBe(0);
  await page.getByRole('button', { name, exact: true }).click();
  if (last) {
    await expectHeading(page, 'Your result');
    await expectPath(page, pathOf.result());
  } else {
    await onQuestion(page, n + 1);
  }
}

/**
 * Answers question `n` (on screen) with `pick(q)` (default: the right option), checks it,
 * verifies the feedback, and returns { q, chosen, order }.
 */
export async function answerQuestion(page, n, pick = correctOption) {
  const q = await onQuestion(page, n);
  const order = await optionOrder(page, q);
  await expectUnchecked(page, q);
  const chosen = pick(q);
  expect(await progressValues(page), `progress bar before checking question ${n}`).toStrictEqual({ now: n - 1, max: TOTAL });
  await answerCurrent(page, chosen.text);
  await expectChecked(page, q, chosen);
  expect(await progressValues(page), `progress bar after checking question ${n}`).toStrictEqual({ now: n, max: TOTAL });
  return { q, chosen, order };
}

/**
 * From question `from` (on screen) to the result: answers questions whose number is in
 * `wrongAt` with a wrong option and the rest right. Returns Map question id -> chosen option.
 */
export async function finishCheck(page, { from = 1, wrongAt = new Set(), answers = new Map(), orders = new Map() } = {}) {
  for (let n = from; n <= TOTAL; n++) {
    const { q, chosen, order } = await answerQuestion(page, n, wrongAt.has(n) ? wrongOption : correctOption);
    answers.set(q.id, chosen);
    orders.set(q.id, order);
    await goOn(page, n);
  }
  return answers;
}

/** Opens the lesson, follows its start link, and waits for question 1. */
export async function startCheck(page, linkLabel = 'Start the check') {
  await openLesson(page);
  await checkLink(page, linkLabel).click();
  return onQuestion(page, 1);
}

// ---------------------------------------------------------------------------------------
// Result page.

/**
 * Asserts the `.score` text shows "S / T" and the rounded percentage, and nothing else
 * that looks like another score (the two may sit in one text run, e.g. "12 / 1580%").
 */
export async function expectScore(page, correct, total = TOTAL) {
  const text = await textOf(page.locator('.score'));
  const fraction = `${correct} / ${total}`;
  const at = text.indexOf(fraction);
  expect(at >= 0 && !/\d/.test(text[at - 1] ?? ''), `score shows "${fraction}": ${JSON.stringify(text)}`).toBe(true);
  const rest = text.slice(0, at) + ' ' + text.slice(at + fraction.length);
  expect(rest, `score shows ${percent(correct, total)}%: ${JSON.stringify(text)}`).toMatch(new RegExp(`(^|\\D)${percent(correct, total)}\\s?%`));
  expect(rest, `score shows only one fraction: ${JSON.stringify(text)}`).not.toMatch(/\d+\s*\/\s*\d+/);
}

export async function expectBest(page, best, total = TOTAL) {
  await page.getByText(`Best score: ${best} / ${total}`, { exact: false }).first().waitFor();
  const text = await textOf(page.locator('body'));
  const m = text.match(/Best score: (\d+) \/ (\d+)/);
  expect(m, 'best score shown').toBeTruthy();
  expect([Number(m[1]), Number(m[2])], `best score: ${m[0]}`).toStrictEqual([best, total]);
}

/**
 * Asserts the review list: one item per question in content order, with the prompt,
 * "Your answer: …", "Right answer: …" exactly for the missed ones, and the explanation.
 */
export async function expectReview(page, answers) {
  const items = page.locator('ol.review > li');
  expect(await items.count(), 'one review item per question').toBe(TOTAL);
  let missed = 0;
  for (const [i, q] of lesson.questions.entries()) {
    const text = await textOf(items.nth(i));
    const chosen = answers.get(q.id);
    expect(chosen, `an answer was given to ${q.id}`).toBeTruthy();
    expect(text.includes(norm(q.prompt)), `review item ${i + 1} is "${q.prompt}": ${text}`).toBe(true);
    expect(text.includes(`Your answer: ${norm(chosen.text)}`), `review item ${i + 1} shows "Your answer: ${chosen.text}": ${text}`).toBe(true);
    expect(text.includes(norm(q.explanation)), `review item ${i + 1} shows the explanation`).toBe(true);
    if (chosen.correct) {
      expect(text.includes('Right answer:'), `review item ${i + 1} (answered right) has no "Right answer:"`).toBe(false);
    } else {
      missed++;
      expect(text.includes(`Right answer: ${norm(correctOption(q).text)}`), `review item ${i + 1} shows the right answer`).toBe(true);
    }
  }
  return missed;
}

// ---------------------------------------------------------------------------------------
// Storage.

/** Every localStorage entry of the page's origin, as an object. */
export const storageEntries = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

export const banner = (page) => page.locator('.banner');

/**
 * Whether `text` is visible in the page outside elements matching `exclude` (e.g. the
 * <h1>, when the text also occurs in the title).
 */
export const visibleOutside = (page, text, exclude = 'h1') =>
  page.evaluate(
    ({ text, exclude }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest(exclude) || !node.textContent.includes(text)) continue;
        if (el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
      }
      return false;
    },
    { text, exclude },
  );

/** Waits for a `.banner` (role=status) whose text contains `text`; returns its text. */
export async function expectBanner(page, text) {
  return whenPasses(async () => {
    const texts = await banner(page).allTextContents();
    const hit = texts.map(norm).find((t) => t.includes(text));
    expect(hit, `a .banner containing "${text}"; banners: ${JSON.stringify(texts)}`).toBeTruthy();
    const withRole = await page.locator('.banner[role="status"]').allTextContents();
    expect(withRole.map(norm), 'the banner has role="status"').toContain(hit);
    return hit;
  });
}
