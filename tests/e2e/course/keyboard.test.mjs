// A whole check with the keyboard only: number keys pick, Enter checks and goes on, focus
// lands on each new question's heading and on the result heading; the result page's
// controls are reachable with Tab.

import assert from 'node:assert/strict';

import { eventually, openAt, scenario, textOf } from '../helpers.mjs';
import { plainLessons } from './lib.mjs';

const l = plainLessons.find((x) => x.questions.some((q) => q.options.length >= 6)) ?? plainLessons[0];

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName, text: (el?.textContent ?? '').trim(), id: el?.id };
});

scenario('a whole check with the keyboard only', async ({ page }) => {
  await openAt(page, `#/${l.id}`);
  // Tab to the start link and follow it with Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === 'Start the check') break;
  }
  assert.equal((await focused(page)).text, 'Start the check');
  await page.keyboard.press('Enter');
  for (let n = 1; n <= l.questions.length; n++) {
    const q = await eventually(async () => {
      const f = await focused(page);
      assert.equal(f.tag, 'H1', `focus is on the question heading (question ${n})`);
      const found = l.questions.find((x) => x.prompt === f.text);
      assert.ok(found);
      return found;
    });
    const labels = await page.locator('label.option .option-text').allTextContents();
    const key = labels.indexOf(q.options.find((o) => o.correct).text) + 1;
    await page.keyboard.press(String(key));
    await page.keyboard.press('Enter');
    await eventually(async () => assert.match(await textOf(page.locator('.feedback[role=status]')), /^Correct/));
    await page.keyboard.press('Enter');
  }
  await eventually(async () => assert.deepEqual(await focused(page), { tag: 'H1', text: 'Your result', id: 'page-heading' }));
  const n = l.questions.length;
  assert.match(await textOf(page.locator('.score')), new RegExp(`^${n} / ${n}`));
  // Every control on the result page is reached by Tab, in page order.
  const reached = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.push((await focused(page)).text);
  }
  for (const name of ['Retake the check', 'Your scores', 'Back to the lesson']) {
    assert.ok(reached.includes(name), `Tab reaches "${name}": ${JSON.stringify(reached)}`);
  }
});
