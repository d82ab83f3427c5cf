// Layout from 320 px up, text at 200%, and tap targets of at least 44 px on touch: no
// screen scrolls sideways and no control is too small to hit.

import { expect, test } from '../fixtures.mjs';
import { openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { plainLessons, takeCheck } from './lib.mjs';

const l = plainLessons.find((x) => x.questions.some((q) => q.options.length >= 6)) ?? plainLessons[0];
const screens = [pathOf.home(), pathOf.lesson(l.id), pathOf.question(1, l.id), pathOf.result(l.id), pathOf.history(l.id), pathOf.progress()];

async function noSidewaysScroll(page, address, setting) {
  await openAt(page, address);
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll <= width, `/lectern/${address} at ${setting}: content ${scroll} px wide in a ${width} px window`).toBeTruthy();
}

test.describe(() => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('every screen fits 320 px without scrolling sideways, and controls are at least 44 px tall', async ({ page }) => {
    await takeCheck(page, l, new Set([0]));
    for (const address of screens) await noSidewaysScroll(page, address, '320 px');
    // The screens above included check/1, which started a new attempt.
    await openAt(page, pathOf.question(1, l.id));
    await whenPasses(async () => expect(await textOf(page.locator('.progress-label'))).toMatch(/^Question 1/));
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main button, main .button, label.option')]
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => el.textContent.trim()),
    );
    expect(small, 'controls under 44 px tall').toStrictEqual([]);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 640, height: 800 } });

  test('text at 200% loses nothing: no sideways scrolling at 640 px', async ({ page }) => {
    await takeCheck(page, l, new Set([0]));
    // The page's own CSP does not govern DevTools; this is the browser's text zoom setting.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; }));
    await page.reload();
    for (const address of screens) await noSidewaysScroll(page, address, '200% text');
  });
});
