// A whole check with the keyboard only: number keys pick, Enter checks and goes on, focus
// lands on each new question's heading and on the result heading; the result page's
// controls are reachable with Tab.

import { expect, test } from '../fixtures.mjs';
import { openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { plainLessons } from './lib.mjs';

const l = plainLessons.find((x) => x.questions.some((q) => q.options.length >= 6)) ?? plainLessons[0];

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName, text: (el?.textContent ?? '').trim(), id: el?.id };
});

test('a whole check with the keyboard only', async ({ page }) => {
  await openAt(page, pathOf.lesson(l.id));
  // Tab to the start link and follow it with Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === 'Start the check') break;
  }
  expect((await focused(page)).text).toBe('Start the check');
  await page.keyboard.press('Enter');
  for (let n = 1; n <= l.questions.length; n++) {
    const q = await whenPasses(async () => {
      const f = await focused(page);
      expect(f.tag, `focus is on the question heading (question ${n})`).toBe('H1');
      const found = l.questions.find((x) => x.prompt === f.text);
      expect(found).toBeTruthy();
      return found;
    });
    const labels = await page.locator('label.option .option-text').allTextContents();
    const key = labels.indexOf(q.options.find((o) => o.correct).text) + 1;
    await page.keyboard.press(String(key));
    await page.keyboard.press('Enter');
    await whenPasses(async () => expect(await textOf(page.locator('.feedback[role=status]'))).toMatch(/^Correct/));
    await page.keyboard.press('Enter');
  }
  await whenPasses(async () => expect(await focused(page)).toStrictEqual({ tag: 'H1', text: 'Your result', id: 'page-heading' }));
  const n = l.questions.length;
  expect(await textOf(page.locator('.score'))).toMatch(new RegExp(`^${n} / ${n}`));
  // Every control on the result page is reached by Tab, in page order.
  const reached = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.push((await focused(page)).text);
  }
  for (const name of ['Retake the check', 'Your scores', 'Back to the lesson']) {
    expect(reached.includes(name), `Tab reaches "${name}": ${JSON.stringify(reached)}`).toBeTruthy();
  }
});
