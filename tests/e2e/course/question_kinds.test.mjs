// Every kind of question (single, multiple, typed, ordering) answered with the keyboard
// alone, right and then wrong, with axe on each new state in both themes; and a reload in
// the middle of each kind keeps what the learner had chosen, typed or ordered. The lesson
// and its answer key come from tests/fixtures/course/60-question-kinds.toml.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { REPO_ROOT, appReady, currentPath, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { lessonById } from './lib.mjs';

const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const l = lessonById('question-kinds');
const kindOf = (q) => q.kind ?? 'single';
/** The answer key as the build reads it: right option ids, the order, or accepted texts. */
const rightIds = (q) => (kindOf(q) === 'order' ? q.options.map((o) => o.id) : q.options.filter((o) => o.correct).map((o) => o.id));
/** The key that picks the option at `index` on screen: 1 to 9, then 0. */
const keyFor = (index) => String((index + 1) % 10);

async function axe(page, state) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(found, `axe on ${state}`).toStrictEqual([]);
}

/** Presses Tab until the focused element matches `selector` (at most 60 presses). */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The option ids in the order the page shows them (inputs or ordering rows). */
const shownIds = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('input[name=answer]:not([type=text]), .order-item .order-text')].map((el) =>
      el.tagName === 'INPUT' ? el.value : el.id.replace(/^order-text-/, ''),
    ),
  );

async function onQuestion(page, n) {
  await whenPasses(async () => {
    expect(await currentPath(page)).toBe(pathOf.question(n, l.id));
    expect(await textOf(page.locator('.progress-label'))).toBe(`Question ${n} of ${l.questions.length}`);
  });
  return l.questions[n - 1];
}

/** Gives question `q` its answer with the keyboard alone: the right one or a wrong one. */
async function answer(page, q, right) {
  const kind = kindOf(q);
  if (kind === 'single' || kind === 'multiple') {
    const ids = await shownIds(page);
    const wanted = right ? rightIds(q) : [q.options.find((o) => !o.correct).id];
    for (const id of wanted) await page.keyboard.press(keyFor(ids.indexOf(id)));
    for (const id of ids) {
      await expect(page.locator(`#option-${id}`), `option ${id}`).toBeChecked({ checked: wanted.includes(id) });
    }
  } else if (kind === 'typed') {
    await tabTo(page, '#typed-answer');
    // Loose matching ignores case and spaces; exact matching only surrounding spaces.
    const given = q.exact ? q.accept[0] : q.accept[0].toUpperCase();
    await page.keyboard.type(right ? `  ${given} ` : `not ${q.accept[0]}`);
  } else if (right) {
    await putInOrder(page, rightIds(q));
  }
}

/** Moves each item up into its place with its Move up button, which keeps the focus. */
async function putInOrder(page, order) {
  for (const [place, id] of order.entries()) {
    let at = (await shownIds(page)).indexOf(id);
    if (at > place) await tabTo(page, `#move-up-${id}`);
    while (at > place) {
      await page.keyboard.press('Enter');
      await whenPasses(async () => expect((await shownIds(page)).indexOf(id)).toBe(at - 1));
      at -= 1;
      await whenPasses(async () =>
        expect(await page.evaluate(() => document.activeElement?.id), 'the moved item keeps the focus').toBe(
          at === 0 ? `move-down-${id}` : `move-up-${id}`,
        ),
      );
      await expect(page.getByRole('status').filter({ hasText: 'Moved to position' })).toHaveText(
        `Moved to position ${at + 1} of ${order.length}.`,
      );
    }
  }
  expect(await shownIds(page)).toStrictEqual(order);
}

/** Checks with the keyboard: Enter from the answer, or from the Check button for a list. */
async function check(page, q) {
  if (kindOf(q) === 'order') {
    await tabTo(page, 'button[data-early-check]');
  }
  await page.keyboard.press('Enter');
  await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).not.toBe(''));
}

async function expectVerdict(page, q, right) {
  const said = await textOf(page.locator('.feedback'));
  expect(said, `${q.id}: verdict`).toMatch(right ? /^Correct\./ : /^Not quite\./);
  if (right) return;
  const kind = kindOf(q);
  if (kind === 'typed') {
    expect(said, 'an accepted answer is shown').toContain(`Accepted answer: ${q.accept[0]}`);
  } else {
    const named = await page.locator('.feedback .right-answer ~ .answer-list li, .feedback .right-answer span').allTextContents();
    const texts = rightIds(q).map((id) => q.options.find((o) => o.id === id).text);
    expect(named.map((t) => t.trim()), `${q.id}: the right answer is named`).toStrictEqual(texts);
  }
  if (kind === 'single' || kind === 'multiple') {
    expect(await page.locator('label.option.is-correct').count(), 'every right option marked').toBe(rightIds(q).length);
    expect(await page.locator('label.option.is-wrong').count(), 'the wrong one chosen marked').toBe(1);
  }
  if (kind === 'order') {
    expect(await page.locator('.order-item.is-wrong').count(), 'items out of place marked').toBeGreaterThan(0);
  }
}

/** Goes on with the keyboard: Enter once the question is checked. */
async function next(page) {
  await page.keyboard.press('Enter');
}

async function takeWithKeyboard(page, right, theme) {
  for (let n = 1; n <= l.questions.length; n++) {
    const q = await onQuestion(page, n);
    if (theme) await axe(page, `${kindOf(q)} question before checking (${theme})`);
    await answer(page, q, right);
    await check(page, q);
    await expectVerdict(page, q, right);
    if (theme) await axe(page, `${kindOf(q)} question after checking (${theme})`);
    await next(page);
  }
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe('Your result'));
}

for (const theme of ['light', 'dark']) {
  test.describe(() => {
    test.use({ colorScheme: theme });
    test.describe.configure({ timeout: 240_000 });

    test(`every kind answered right, then wrong, with the keyboard alone; axe clean (${theme})`, async ({ page }) => {
      await openAt(page, pathOf.lesson(l.id));
      await page.getByRole('link', { name: 'Start the check' }).click();
      await takeWithKeyboard(page, true, theme);
      const total = l.questions.length;
      await expect(page.locator('.score-fraction')).toHaveText(`${total} / ${total}`);
      await axe(page, `result (${theme})`);

      await page.getByRole('button', { name: 'Retake the check' }).click();
      await takeWithKeyboard(page, false, null);
      await expect(page.locator('.score-fraction')).toHaveText(`0 / ${total}`);
      // The result names each answer as given and the right one, by kind.
      const items = page.locator('.review-item');
      await expect(items).toHaveCount(total);
      for (const [i, q] of l.questions.entries()) {
        const text = await textOf(items.nth(i));
        expect(text, `${q.id} on the result page`).toMatch(kindOf(q) === 'typed' ? /Your answer: not / : /Your (answer|answers|order):/);
        expect(text).toMatch(/Right (answer|answers|order):|Accepted answer:/);
      }
      await axe(page, `result with every kind missed (${theme})`);
    });
  });
}

test('a reload in the middle of a question keeps the set chosen, the text typed and the order given', async ({ page }) => {
  await openAt(page, pathOf.lesson(l.id));
  await page.getByRole('link', { name: 'Start the check' }).click();
  for (let n = 1; n <= l.questions.length; n++) {
    const q = await onQuestion(page, n);
    const kind = kindOf(q);
    if (kind === 'multiple') {
      const ids = await shownIds(page);
      const two = [ids[0], ids[2]];
      for (const id of two) await page.keyboard.press(keyFor(ids.indexOf(id)));
      await page.reload();
      await appReady(page);
      for (const id of ids) await expect(page.locator(`#option-${id}`)).toBeChecked({ checked: two.includes(id) });
      // Take them back, to answer from nothing below.
      for (const id of two) await page.keyboard.press(keyFor(ids.indexOf(id)));
    } else if (kind === 'typed') {
      await tabTo(page, '#typed-answer');
      await page.keyboard.type('half typed');
      await page.reload();
      await appReady(page);
      await expect(page.locator('#typed-answer')).toHaveValue('half typed');
      await page.locator('#typed-answer').fill('');
    } else if (kind === 'order') {
      const before = await shownIds(page);
      await tabTo(page, `#move-up-${before[1]}`);
      await page.keyboard.press('Enter');
      const moved = [before[1], before[0], ...before.slice(2)];
      await whenPasses(async () => expect(await shownIds(page)).toStrictEqual(moved));
      await page.reload();
      await appReady(page);
      expect(await shownIds(page), 'the order given survives a reload').toStrictEqual(moved);
    }
    await answer(page, q, true);
    await check(page, q);
    await expectVerdict(page, q, true);
    await next(page);
  }
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe('Your result'));
});
