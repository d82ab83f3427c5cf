// Shared machinery for Lectern's end-to-end tests: the course read from content/*.toml
// (the answer key comes from there, never from the test files), one Chromium per test
// file, a fresh browser context per test, page errors turned into test failures, and
// page-object helpers that act as a learner would (by role, label and visible text).

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parse as parseToml } from 'smol-toml';

import { BASE_PATH, REPO_ROOT, distDir, startServer } from './server.mjs';

export { BASE_PATH, REPO_ROOT };

// ---------------------------------------------------------------------------------------
// The course, from the same files the build reads.

export const CONTENT_DIR = path.resolve(REPO_ROOT, process.env.LECTERN_CONTENT || 'content');

/** Every lesson in `dir`, in file-name order, as the build reads them. */
export function loadCourse(dir = CONTENT_DIR) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.toml'))
    .sort();
  assert.ok(files.length > 0, `no lesson files (*.toml) in ${dir}`);
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
        prompt: q.prompt,
        explanation: q.explanation,
        options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct === true })),
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
    assert.ok(found, `LECTERN_E2E_LESSON=${wanted} names no lesson in ${CONTENT_DIR}`);
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
  assert.ok(q, `the page shows a prompt that is not a question of ${l.id}: ${JSON.stringify(prompt)}`);
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

export const hashOf = {
  home: () => '#/',
  lesson: (id = lesson.id) => `#/${id}`,
  question: (n, id = lesson.id) => `#/${id}/check/${n}`,
  result: (id = lesson.id) => `#/${id}/result`,
};

// ---------------------------------------------------------------------------------------
// Browser, server and one context per test.

export const CHROMIUM = process.env.LECTERN_CHROMIUM || '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = path.join(REPO_ROOT, 'tests', 'e2e', 'artifacts');

let shared = null;
async function sharedEnv() {
  if (!shared) {
    shared = (async () => {
      const dir = distDir();
      const server = await startServer(dir);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
      return { server, browser };
    })();
  }
  return shared;
}

after(async () => {
  if (!shared) return;
  const { server, browser } = await shared;
  await browser.close();
  await server.close();
});

const BASES = new WeakMap();
/** The site's address (ending in /lectern/) for a page made by `scenario`. */
export const baseOf = (page) => {
  const base = BASES.get(page);
  assert.ok(base, 'this page was not made in a scenario context');
  return base;
};

/** A console message that means the wasm code panicked, even if the panic was caught. */
const PANIC = /panicked at|RuntimeError: unreachable/;

function watchPage(page, base, log) {
  if (BASES.has(page)) return; // the context's 'page' event and newPage() both report it
  BASES.set(page, base);
  page.on('pageerror', (e) => log.pageErrors.push(`${e.name}: ${e.message}`));
  page.on('crash', () => log.pageErrors.push('the page crashed'));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      log.consoleErrors.push(msg.text());
      if (PANIC.test(msg.text())) log.pageErrors.push(`console: ${msg.text()}`);
    }
  });
}

const slug = (s) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80);

/**
 * One test in a fresh browser context. `fn` gets { page, context, base, newPage, log }.
 * Options: `init` (a function run in every page before the app, via addInitScript) and
 * `initArg`; `context` (options for browser.newContext); `timeout` in ms.
 * The test fails on any uncaught page error, even if its own assertions passed.
 */
export function scenario(name, fn, { init, initArg, context: contextOptions = {}, timeout = 60_000 } = {}) {
  test(name, { timeout }, async (t) => {
    const { server, browser } = await sharedEnv();
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...contextOptions });
    context.setDefaultTimeout(10_000);
    const log = { pageErrors: [], consoleErrors: [] };
    context.on('page', (p) => watchPage(p, server.url, log));
    if (init) await context.addInitScript(init, initArg);
    const newPage = async () => {
      const p = await context.newPage();
      watchPage(p, server.url, log);
      return p;
    };
    const page = await context.newPage();
    watchPage(page, server.url, log);
    let failure = null;
    try {
      await fn({ page, context, base: server.url, newPage, log });
    } catch (e) {
      failure = e;
    }
    try {
      if (failure) {
        const open = context.pages().filter((p) => !p.isClosed());
        const last = open[open.length - 1];
        if (last) {
          mkdirSync(ARTIFACTS, { recursive: true });
          const file = path.join(ARTIFACTS, `${slug(path.basename(t.filePath ?? process.argv[1] ?? 'test', '.test.mjs'))}--${slug(name)}.png`);
          await last.screenshot({ path: file, fullPage: true }).catch(() => {});
          t.diagnostic(`screenshot: ${path.relative(REPO_ROOT, file)} (at ${last.url()})`);
        }
      }
    } finally {
      await context.close();
    }
    for (const e of new Set(log.consoleErrors)) t.diagnostic(`console error: ${e}`);
    if (failure) for (const e of log.pageErrors) t.diagnostic(`page error: ${e}`);
    if (failure) throw failure;
    assert.deepEqual(log.pageErrors, [], 'uncaught errors in the page');
  });
}

// ---------------------------------------------------------------------------------------
// Waiting: retry an assertion until it passes or time runs out.

export async function eventually(check, { timeout = 8_000, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
export const textOf = async (locator) => norm(await locator.textContent());

export const currentHash = (page) => page.evaluate(() => location.hash);

export async function expectHash(page, hash, message) {
  await eventually(async () => assert.equal(await currentHash(page), hash, message));
}

export async function expectHeading(page, text) {
  await eventually(async () => assert.equal(await textOf(page.locator('h1')), text));
}

// ---------------------------------------------------------------------------------------
// Screens.

/**
 * Waits until the app runs: a heading is drawn and the static copy the build prerendered
 * (which shows headings, and first questions, before the WebAssembly arrives) is gone.
 */
export async function appReady(page) {
  await page.locator('h1').first().waitFor();
  await page.locator('#prerender').waitFor({ state: 'detached' });
}

/** Opens the site at `hash` ('' for none) in `page`, as typing the address would. */
export async function openAt(page, hash = '') {
  await page.goto(baseOf(page) + hash);
  await appReady(page);
}

export async function openHome(page) {
  await openAt(page, hashOf.home());
  await expectHeading(page, 'Lectern');
}

export async function openLesson(page, lessonId = lesson.id) {
  const l = course.find((x) => x.id === lessonId);
  assert.ok(l, `no lesson ${lessonId} in the content`);
  await openAt(page, hashOf.lesson(lessonId));
  await expectHeading(page, l.title);
  await expectHash(page, hashOf.lesson(lessonId));
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
  return eventually(async () => {
    assert.equal(await currentHash(page), hashOf.question(n, lessonId));
    assert.deepEqual(await questionLabel(page), { n, of: l.questions.length }, `"Question ${n} of ${l.questions.length}" shown`);
    return questionByPrompt(await currentPrompt(page), l);
  });
}

/** The content question for the prompt on screen. */
export async function currentQuestion(page) {
  return eventually(async () => questionByPrompt(await currentPrompt(page)));
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
  assert.ok(i >= 0, `a radio labelled "${optionText}"; labels: ${JSON.stringify(labels)}`);
  return page.locator('input[type=radio]').nth(i);
}

/**
 * The option texts of question `q` in the order the page shows them; asserts that the
 * radios are exactly q's options.
 */
export async function optionOrder(page, q) {
  const labels = await optionLabels(page);
  assert.deepEqual([...labels].sort(), q.options.map((o) => norm(o.text)).sort(), `the radios of "${q.prompt}" are its options`);
  return labels;
}

/** Before checking, every option is a radio named exactly by its text. */
export async function expectRadiosNamed(page, q) {
  for (const o of q.options) {
    assert.equal(await radio(page, o.text).count(), 1, `one radio named exactly "${o.text}"`);
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
  return eventually(async () => {
    const text = await textOf(feedback(page));
    assert.ok(text.length > 0, 'feedback shown after Check');
    return text;
  });
}

/** Asserts the question on screen is checked: feedback shown, radios disabled. */
export async function expectChecked(page, q, chosen) {
  const right = correctOption(q);
  await eventually(async () => {
    const text = await textOf(feedback(page));
    if (chosen.correct) {
      assert.match(text, /^Correct/, 'feedback for a right answer starts with "Correct"');
    } else {
      assert.match(text, /^Not quite/, 'feedback for a wrong answer starts with "Not quite"');
      assert.ok(text.includes(right.text), `feedback names the right answer "${right.text}": ${text}`);
    }
    assert.ok(text.includes(norm(q.explanation)), `feedback holds the explanation: ${text}`);
  });
  for (const o of q.options) {
    assert.equal(await (await radioByLabel(page, o.text)).isDisabled(), true, `radio "${o.text}" disabled once checked`);
  }
  assert.equal(await (await radioByLabel(page, chosen.text)).isChecked(), true, `the chosen answer "${chosen.text}" stays selected`);
  const labelClass = async (o) =>
    (await radioByLabel(page, o.text)).evaluate((el) => (el.labels?.[0] ?? el.closest('label')).className);
  assert.match(await labelClass(right), /(^|\s)is-correct(\s|$)/, 'the right option is marked is-correct');
  if (!chosen.correct) {
    assert.match(await labelClass(chosen), /(^|\s)is-wrong(\s|$)/, 'the wrong choice is marked is-wrong');
  }
  for (const o of q.options) {
    if (o !== chosen) assert.doesNotMatch(await labelClass(o), /(^|\s)is-wrong(\s|$)/, `"${o.text}" not marked wrong`);
    if (o !== right) assert.doesNotMatch(await labelClass(o), /(^|\s)is-correct(\s|$)/, `"${o.text}" not marked correct`);
  }
}

/** Asserts the question on screen is not checked yet and nothing is selected. */
export async function expectUnchecked(page, q) {
  assert.equal(await textOf(feedback(page)), '', 'no feedback before Check');
  await expectRadiosNamed(page, q);
  for (const o of q.options) {
    assert.equal(await radio(page, o.text).isDisabled(), false, `radio "${o.text}" enabled`);
  }
  await checkButton(page).waitFor();
}

export async function expectNothingSelected(page, q) {
  for (const o of q.options) {
    assert.equal(await radio(page, o.text).isChecked(), false, `"${o.text}" not selected`);
  }
}

/** After a checked question: "Next question", or "See your result" on the last one. */
export async function goOn(page, n) {
  const last = n === TOTAL;
  const name = last ? 'See your result' : 'Next question';
  const other = last ? 'Next question' : 'See your result';
  assert.equal(await page.getByRole('button', { name: other, exact: true }).count(), 0, `no "${other}" button on question ${n}`);
  await page.getByRole('button', { name, exact: true }).click();
  if (last) {
    await expectHeading(page, 'Your result');
    await expectHash(page, hashOf.result());
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
  assert.deepEqual(await progressValues(page), { now: n - 1, max: TOTAL }, `progress bar before checking question ${n}`);
  await answerCurrent(page, chosen.text);
  await expectChecked(page, q, chosen);
  assert.deepEqual(await progressValues(page), { now: n, max: TOTAL }, `progress bar after checking question ${n}`);
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
  assert.ok(at >= 0 && !/\d/.test(text[at - 1] ?? ''), `score shows "${fraction}": ${JSON.stringify(text)}`);
  const rest = text.slice(0, at) + ' ' + text.slice(at + fraction.length);
  assert.match(rest, new RegExp(`(^|\\D)${percent(correct, total)}\\s?%`), `score shows ${percent(correct, total)}%: ${JSON.stringify(text)}`);
  assert.doesNotMatch(rest, /\d+\s*\/\s*\d+/, `score shows only one fraction: ${JSON.stringify(text)}`);
}

export async function expectBest(page, best, total = TOTAL) {
  await page.getByText(`Best score: ${best} / ${total}`, { exact: false }).first().waitFor();
  const text = await textOf(page.locator('body'));
  const m = text.match(/Best score: (\d+) \/ (\d+)/);
  assert.ok(m, 'best score shown');
  assert.deepEqual([Number(m[1]), Number(m[2])], [best, total], `best score: ${m[0]}`);
}

/**
 * Asserts the review list: one item per question in content order, with the prompt,
 * "Your answer: …", "Right answer: …" exactly for the missed ones, and the explanation.
 */
export async function expectReview(page, answers) {
  const items = page.locator('ol.review > li');
  assert.equal(await items.count(), TOTAL, 'one review item per question');
  let missed = 0;
  for (const [i, q] of lesson.questions.entries()) {
    const text = await textOf(items.nth(i));
    const chosen = answers.get(q.id);
    assert.ok(chosen, `an answer was given to ${q.id}`);
    assert.ok(text.includes(norm(q.prompt)), `review item ${i + 1} is "${q.prompt}": ${text}`);
    assert.ok(text.includes(`Your answer: ${norm(chosen.text)}`), `review item ${i + 1} shows "Your answer: ${chosen.text}": ${text}`);
    assert.ok(text.includes(norm(q.explanation)), `review item ${i + 1} shows the explanation`);
    if (chosen.correct) {
      assert.ok(!text.includes('Right answer:'), `review item ${i + 1} (answered right) has no "Right answer:"`);
    } else {
      missed++;
      assert.ok(text.includes(`Right answer: ${norm(correctOption(q).text)}`), `review item ${i + 1} shows the right answer`);
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
  return eventually(async () => {
    const texts = await banner(page).allTextContents();
    const hit = texts.map(norm).find((t) => t.includes(text));
    assert.ok(hit, `a .banner containing "${text}"; banners: ${JSON.stringify(texts)}`);
    const withRole = await page.locator('.banner[role="status"]').allTextContents();
    assert.ok(withRole.map(norm).includes(hit), 'the banner has role="status"');
    return hit;
  });
}
