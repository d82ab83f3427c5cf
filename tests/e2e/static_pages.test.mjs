// Every address is a static page the build made by drawing the app over empty progress:
// it reads with JavaScript off, names itself to link previews, and the app hydrates it
// (the same nodes become the app's) instead of drawing it again. Its first question
// can be answered before the WebAssembly arrives, and the app keeps that answer.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from './fixtures.mjs';
import {
  APP_STARTED, BASE_PATH, REPO_ROOT, STORAGE_KEY, appReady, baseOf, checkButton, correctOption,
  course, currentPrompt, currentQuestion, expectHeading, expectPath, feedback, lesson, openAt,
  optionLabels, pathOf, questionByPrompt, radio, reload, routesOf, textOf, wrongOption,
} from './learner.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim();

// Without the service worker: once it controls the site it answers the page's requests
// itself, and a WebAssembly held back by `page.route` (below) would arrive anyway.
test.use({ serviceWorkers: 'block' });

/** The description of the site's own pages: the one trunk's index.html carries. */
const SITE_DESCRIPTION = (() => {
  const html = readFileSync(path.join(REPO_ROOT, 'index.html'), 'utf8');
  const m = html.match(/<meta name="description" content="([^"]*)"/);
  if (!m) throw new Error('index.html has no <meta name="description">');
  return m[1];
})();

/** What the page at `route` (from `routesOf`) names itself: its title and description. */
function ownNames(route) {
  const l = route.lesson;
  const title = {
    home: () => 'Lectern',
    review: () => 'Review · Lectern',
    progress: () => 'Your progress · Lectern',
    lesson: () => `${l.title} · Lectern`,
    section: () => `${l.title} · Lectern`,
    history: () => `Your scores · ${l.title} · Lectern`,
    question: () => `Question ${route.n} · ${l.title} · Lectern`,
    result: () => `Your result · ${l.title} · Lectern`,
  }[route.kind]();
  return { title, description: l ? l.summary : SITE_DESCRIPTION, type: l ? 'article' : 'website' };
}

/**
 * The route a page shows before the app has the learner's state (its `<main data-route>`):
 * a question's page shows the first question (a new learner starts there), and the result
 * page the lesson (there is no result yet).
 */
function shownRoute(route) {
  if (route.kind === 'question') return pathOf.question(1, route.lesson.id);
  if (route.kind === 'result') return pathOf.lesson(route.lesson.id);
  return route.path;
}

/** The head and `<main>` of an HTML text, read by the browser's own parser. */
function readPage(page, html) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const attr = (selector, name) => doc.querySelector(selector)?.getAttribute(name) ?? null;
    return {
      base: attr('base', 'href'),
      title: doc.title,
      description: attr('meta[name="description"]', 'content'),
      canonical: attr('link[rel="canonical"]', 'href'),
      og: Object.fromEntries(['title', 'description', 'type', 'url'].map((k) => [k, attr(`meta[property="og:${k}"]`, 'content')])),
      route: attr('main[data-route]', 'data-route'),
      lessonText: doc.getElementById('lesson-text')?.textContent ?? null,
      main: doc.querySelector('main')?.textContent ?? null,
    };
  }, html);
}

test('every route is a static page, served with status 200, that names itself', async ({ page, base }) => {
  const origin = (process.env.LECTERN_SITE_ORIGIN ?? '').replace(/\/$/, '');
  const routes = routesOf();
  expect(routes.length, 'the home, review and progress pages, and each lesson\'s').toBe(
    3 + course.reduce((n, l) => n + 3 + l.sections.length + l.questions.length, 0),
  );
  for (const route of routes) {
    const response = await page.request.get(base + route.path, { maxRedirects: 0 });
    const at = `/lectern/${route.path}`;
    expect(response.status(), `${at} is a file of the build`).toBe(200);
    expect(response.headers()['content-type'], at).toMatch(/^text\/html/);
    const got = await readPage(page, await response.text());
    const want = ownNames(route);
    // A build that knows its origin names each page's whole URL; one that does not names none.
    const url = origin ? origin + BASE_PATH + route.path : null;
    expect(got.base, `${at}: <base href>`).toBe(BASE_PATH);
    expect(got.title, `${at}: <title>`).toBe(want.title);
    expect(got.description, `${at}: description`).toBe(want.description);
    expect(got.canonical, `${at}: canonical link`).toBe(url);
    expect(got.og, `${at}: Open Graph`).toStrictEqual({ title: want.title, description: want.description, type: want.type, url });
    expect(got.route, `${at}: the route the page shows`).toBe(shownRoute(route));
    if (route.lesson) {
      expect(JSON.parse(got.lessonText).id, `${at}: carries its lesson's text`).toBe(route.lesson.id);
    } else {
      expect(got.lessonText, `${at}: carries no lesson text`).toBe(null);
    }
  }
});

test('an unknown address is the not-found page, with status 404, a link home, and the app', async ({ page, base }) => {
  const response = await page.goto(base + 'no-such-lesson/check/2/');
  expect(response.status()).toBe(404);
  await appReady(page);
  await expectHeading(page, 'Page not found');
  await page.getByRole('link', { name: 'Go to the home page', exact: true }).click();
  await expectHeading(page, 'Lectern');
  await expectPath(page, pathOf.home());
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page lists every lesson', async ({ page, base }) => {
    await page.goto(base);
    for (const l of course) await expect(page.getByRole('link', { name: l.title, exact: true }).first(), `home links to ${l.title}`).toBeVisible();
  });

  test('the lesson page reads: title, summary, every section\'s title and text', async ({ page, base }) => {
    await page.goto(base + pathOf.lesson());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect(page.getByText(lesson.summary, { exact: true })).toBeVisible();
    for (const s of lesson.sections) {
      const heading = page.getByRole('heading', { level: 2, name: s.title, exact: true });
      await expect(heading, `section "${s.title}"`).toBeVisible();
      const shown = norm(await page.locator('section').filter({ has: heading }).innerText());
      // The prose as a reader sees it: bullets and ** are formatting, not text.
      const lines = s.body.split('\n').map((line) => norm(line.replace(/^\s*- /, '').replaceAll('**', ''))).filter(Boolean);
      for (const line of lines) expect(shown.includes(line), `section "${s.title}" shows: ${line}`).toBe(true);
    }
  });

  test('the first question\'s page shows its prompt and every option', async ({ page, base }) => {
    await page.goto(base + pathOf.question(1));
    const q = lesson.questions[0];
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q.prompt);
    for (const o of q.options) await expect(radio(page, o.text), `option "${o.text}"`).toBeVisible();
    await expect(checkButton(page)).toBeVisible();
  });
});

// ---------------------------------------------------------------------------------------
// The app arriving on a static page.

/** Opens `address` with the WebAssembly (or the files `files` matches) held back until
 * `release()` is called. */
async function openHeld(page, address, files = '**/*.wasm') {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(files, async (route) => { await held; await route.continue(); });
  // Not until "load" (or DOMContentLoaded): both wait for deferred scripts, which may be held.
  await page.goto(baseOf(page) + address, { waitUntil: 'commit' });
  await page.locator('h1').first().waitFor();
  return release;
}

/** Whether the app has started on the page (it marks `<html>` once it has). */
const started = async (page) => (await page.locator(APP_STARTED).count()) === 1;

test('the app hydrates the static page: the heading it started with is the same element', async ({ page }) => {
  for (const address of [pathOf.home(), pathOf.lesson(), pathOf.question(1)]) {
    await page.goto('about:blank');
    await page.unrouteAll();
    const release = await openHeld(page, address);
    await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      h1.lecternMark = 'the static page';
      window.staticHeading = h1;
      window.staticMain = document.querySelector('main');
    });
    expect(await started(page), 'still the static page: the WebAssembly is held back').toBe(false);
    release();
    await appReady(page);
    const kept = await page.evaluate(() => ({
      h1: document.querySelector('h1') === window.staticHeading && window.staticHeading.isConnected,
      mark: document.querySelector('h1')?.lecternMark ?? null,
      main: document.querySelector('main') === window.staticMain,
      // A page drawn again beside the static one would leave two.
      count: [document.querySelectorAll('h1').length, document.querySelectorAll('main').length],
    }));
    expect(kept, `/lectern/${address}: the app kept the static page's nodes`).toStrictEqual({ h1: true, mark: 'the static page', main: true, count: [1, 1] });
  }
});

test('the app draws the same text the static page showed', async ({ page, base }) => {
  for (const address of [pathOf.home(), pathOf.lesson(), pathOf.question(1)]) {
    const html = await (await page.request.get(base + address)).text();
    const { main } = await readPage(page, html);
    expect(main, `a <main> in the page at /lectern/${address}`).toBeTruthy();
    await openAt(page, address);
    expect(norm(await textOf(page.locator('main'))), `/lectern/${address}: app and static page differ`).toBe(norm(main));
  }
});

// The first question's page has working radios before the WebAssembly arrives; whatever
// the learner did there is what the app starts with.

test('the first question can be answered before the app arrives, and the app keeps that answer', async ({ page }) => {
  const release = await openHeld(page, pathOf.question(1));
  const q = questionByPrompt(await currentPrompt(page));
  const shownBefore = await optionLabels(page);
  expect([...shownBefore].sort(), 'every option of the question, and only those').toStrictEqual(q.options.map((o) => norm(o.text)).sort());
  const pick = wrongOption(q);
  await radio(page, pick.text).check();
  expect(await started(page), 'still the static page: the WebAssembly is held back').toBe(false);

  release();
  await appReady(page);
  expect(await optionLabels(page), 'the app shows the options in the same order').toStrictEqual(shownBefore);
  expect(await radio(page, pick.text).isChecked(), 'the answer chosen early is still chosen').toBe(true);
  await checkButton(page).click();
  await expect(feedback(page)).toContainText('Not quite');
  await reload(page);
  expect(await optionLabels(page), 'a reload keeps the order').toStrictEqual(shownBefore);
  expect(await textOf(feedback(page)), 'the checked early answer was saved').toMatch(/Not quite/);
});

// On a slow network a learner can press Check before any script file has arrived: with
// every one held back, the press must still count.
for (const [held, files] of [['the WebAssembly', '**/*.wasm'], ['every script file', /\.(js|wasm)$/]]) {
  test(`Check pressed on the static first question, ${held} held back, is carried out when the app arrives`, async ({ page }) => {
    const release = await openHeld(page, pathOf.question(1), files);
    const q = questionByPrompt(await currentPrompt(page));
    const shownBefore = await optionLabels(page);
    await radio(page, correctOption(q).text).check();
    await checkButton(page).click();
    expect(await started(page), `still the static page: ${held} held back`).toBe(false);
    release();
    await appReady(page);
    await expect(feedback(page)).toContainText('Correct');
    expect(await optionLabels(page), 'the app shows the options in the same order').toStrictEqual(shownBefore);
    await reload(page);
    await expect(feedback(page), 'the check was saved').toContainText('Correct');
  });
}

test('a check in progress replaces the static first question once the app arrives', async ({ page, newPage }) => {
  await openAt(page, pathOf.question(1));
  const q = await currentQuestion(page);
  await radio(page, correctOption(q).text).check();
  await checkButton(page).click();
  await expect(feedback(page)).toContainText('Correct');

  // The page is the same for everyone (a new learner's first question); the app then shows
  // this learner's checked question, whatever was clicked on the static page meanwhile.
  const other = await newPage();
  const release = await openHeld(other, pathOf.question(1));
  await radio(other, wrongOption(q).text).check();
  release();
  await appReady(other);
  await expect(feedback(other), 'the app shows the checked first question').toContainText('Correct');
  expect(await radio(other, wrongOption(q).text).isChecked(), 'the click on the static page did not change the answer').toBe(false);
});

test('the app arrives without a visible change, on the lesson and the first question', async ({ page, newPage }) => {
  for (const [address, width] of [[pathOf.lesson(), 1000], [pathOf.question(1), 1000], [pathOf.lesson(), 360], [pathOf.question(1), 360]]) {
    const p = await newPage();
    await p.setViewportSize({ width, height: 800 });
    const release = await openHeld(p, address);
    const before = await p.screenshot();
    const focusBefore = await p.evaluate(() => document.activeElement?.tagName);
    release();
    await appReady(p);
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await p.evaluate(() => document.activeElement?.tagName), 'focus stays where it was').toBe(focusBefore);
    expect(await p.evaluate(() => scrollY), 'the page stays at the top').toBe(0);
    // Byte for byte: the two screenshots of this run must be the same image.
    expect(before.equals(await p.screenshot()), `/lectern/${address} at ${width} px: the screen changed when the app arrived`).toBe(true);
    // The next visit is a new learner's again: no check in progress.
    await p.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
    await p.close();
  }
});

// A page that does not match what the app draws (a stale copy from a cache, a page edited
// by hand or by a proxy) makes hydration fail: the learner gets the crash message with a
// way to reload, never a blank or half-working page.
test('a page the app cannot hydrate shows the crash message, not a blank page', async ({ page, base, log }) => {
  const address = pathOf.lesson();
  await page.route(`**${BASE_PATH}${address}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    // The lesson's series line, dropped: the app expects it before the title.
    const changed = html.replace(/<p class="series">[\s\S]*?<\/p>/, '');
    expect(changed, 'the page has a series line to drop').not.toBe(html);
    await route.fulfill({ response, body: changed });
  });
  await page.goto(base + address);
  await expect(page.getByText('Something went wrong. Your progress is saved.')).toBeVisible();
  await expect(page.getByRole('link', { name: /reload/i })).toBeVisible();
  // The failed hydration is the panic this test provokes; nothing else may have gone wrong.
  expect(log.pageErrors.length, 'the hydration panic was reported').toBeGreaterThan(0);
  expect(log.pageErrors.every((e) => /unreachable|panicked/i.test(e)), log.pageErrors.join('\n')).toBe(true);
  log.pageErrors.length = 0;
});
