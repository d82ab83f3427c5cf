// The build writes the home, lesson and first-question pages into index.html: the lesson
// reads with JavaScript off, and the app takes over with the same text, so nothing jumps.

import { expect, test } from './fixtures.mjs';
import {
  appReady, baseOf, checkButton, correctOption, course, currentPrompt, currentQuestion, feedback,
  STORAGE_KEY, hashOf, lesson, openAt, optionLabels, questionByPrompt, radio, reload, textOf, wrongOption,
} from './learner.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim();

test.describe(() => {
  test.use({ javaScriptEnabled: false });

  test('with JavaScript off the home page and the lesson still read', async ({ page, base }) => {
    await page.goto(base);
    const text = norm(await page.locator('body').textContent());
    for (const l of course) expect(text.includes(l.title), `home lists ${l.title}`).toBe(true);
    for (const s of lesson.sections) expect(text.includes(s.title), `lesson section ${s.title} is in the page`).toBe(true);
    expect(text.includes(norm(lesson.summary))).toBe(true);
  });
});

test('the app draws the same text the static page showed', async ({ page, base }) => {
  const staticHtml = await (await page.request.get(base)).text();
  for (const [hash, route] of [['#/', '#/'], [`#/${lesson.id}`, `#/${lesson.id}`], [hashOf.question(1), hashOf.question(1)]]) {
    await page.goto('about:blank'); // a fresh load each time, not a hash change in a running app
    await openAt(page, hash);
    await expect(page.locator('#prerender'), 'the static copy is gone once the app runs').toHaveCount(0);
    const prerendered = await page.evaluate(([html, r]) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelector(`#prerender main[data-route="${r}"]`)?.textContent ?? null;
    }, [staticHtml, route]);
    expect(prerendered, `a static copy of ${route}`).toBeTruthy();
    expect(norm(await textOf(page.locator('main'))), `${route}: app and static copy differ`).toBe(norm(prerendered));
  }
});

// The first question of a check is prerendered too: its radios work before the WebAssembly
// arrives, and whatever the learner did there is what the app starts with.

/** Opens `hash` with the WebAssembly held back until `release()` is called. */
async function openHeld(page, hash) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(baseOf(page) + hash);
  await page.locator('h1').first().waitFor();
  return release;
}

const staticCopy = (page) => page.locator('#prerender');

test('the first question can be answered before the app arrives, and the app keeps that answer', async ({ page }) => {
  const release = await openHeld(page, hashOf.question(1));
  const q = questionByPrompt(await currentPrompt(page));
  const shownBefore = await optionLabels(page);
  expect([...shownBefore].sort(), 'every option of the question, and only those').toStrictEqual(q.options.map((o) => o.text).sort());
  const pick = wrongOption(q);
  await radio(page, pick.text).check();
  expect(await staticCopy(page).count(), 'still the static page: the WebAssembly is held back').toBe(1);

  release();
  await staticCopy(page).waitFor({ state: 'detached' });
  expect(await optionLabels(page), 'the app shows the options in the same order').toStrictEqual(shownBefore);
  expect(await radio(page, pick.text).isChecked(), 'the answer chosen early is still chosen').toBe(true);
  await checkButton(page).click();
  await expect(feedback(page)).toContainText('Not quite');
  await reload(page);
  expect(await optionLabels(page), 'a reload keeps the order').toStrictEqual(shownBefore);
  expect(await textOf(feedback(page)), 'the checked early answer was saved').toMatch(/Not quite/);
});

test('Check pressed on the static first question is carried out when the app arrives', async ({ page }) => {
  const release = await openHeld(page, hashOf.question(1));
  const q = questionByPrompt(await currentPrompt(page));
  await radio(page, correctOption(q).text).check();
  await checkButton(page).click();
  release();
  await staticCopy(page).waitFor({ state: 'detached' });
  await expect(feedback(page)).toContainText('Correct');
});

test('a bare address that returns to a first question keeps its order and the early answer', async ({ page }) => {
  // The learner was last on the first question and has no check in progress (say, after
  // a reset): the bare address opens that question, statically first, then in the app.
  await page.addInitScript(([key, last]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ version: 2, lessons: {}, last }));
  }, [STORAGE_KEY, hashOf.question(1)]);
  const release = await openHeld(page, '');
  const q = questionByPrompt(await currentPrompt(page));
  const shownBefore = await optionLabels(page);
  await radio(page, correctOption(q).text).check();
  release();
  await staticCopy(page).waitFor({ state: 'detached' });
  expect(await optionLabels(page), 'the app shows the options in the same order').toStrictEqual(shownBefore);
  expect(await radio(page, correctOption(q).text).isChecked(), 'the answer chosen early is still chosen').toBe(true);
});

test('a check in progress is never covered by a static first question', async ({ page, newPage }) => {
  await openAt(page, hashOf.question(1));
  const q = await currentQuestion(page);
  await radio(page, correctOption(q).text).check();
  await checkButton(page).click();
  await expect(feedback(page)).toContainText('Correct');

  const other = await newPage();
  const release = await openHeld(other, hashOf.question(1));
  expect(await other.locator('#prerender input[type=radio]').count(), 'no static radios for a check in progress').toBe(0);
  release();
  await appReady(other);
  expect(await textOf(feedback(other)), 'the app shows the checked first question').toMatch(/Correct/);
});

test('the app takes over without a visible change, on the lesson and the first question', async ({ page, newPage }) => {
  for (const [hash, width] of [[hashOf.lesson(), 1000], [hashOf.question(1), 1000], [hashOf.question(1), 360]]) {
    const p = await newPage();
    await p.setViewportSize({ width, height: 800 });
    const release = await openHeld(p, hash);
    const before = await p.screenshot();
    release();
    await p.locator('#prerender').waitFor({ state: 'detached' });
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // Byte for byte: the two screenshots of this run must be the same image.
    expect(before.equals(await p.screenshot()), `${hash} at ${width} px: the screen changed when the app took over`).toBe(true);
    // The next visit is a new learner's again: no check in progress.
    await p.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
    await p.close();
  }
});
