// Layout from 320 px up, text at 200%, and tap targets of at least 44 px on touch: no
// screen scrolls sideways and no control is too small to hit.

import assert from 'node:assert/strict';

import { eventually, openAt, scenario, textOf } from '../helpers.mjs';
import { plainLessons, takeCheck } from './lib.mjs';

const l = plainLessons.find((x) => x.questions.some((q) => q.options.length >= 6)) ?? plainLessons[0];
const screens = ['#/', `#/${l.id}`, `#/${l.id}/check/1`, `#/${l.id}/result`, `#/${l.id}/history`, '#/progress'];

async function noSidewaysScroll(page, hash, setting) {
  await openAt(page, hash);
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${hash} at ${setting}: content ${scroll} px wide in a ${width} px window`);
}

scenario('every screen fits 320 px without scrolling sideways, and controls are at least 44 px tall', async ({ page }) => {
  await takeCheck(page, l, new Set([0]));
  for (const hash of screens) await noSidewaysScroll(page, hash, '320 px');
  // The screens above included check/1, which started a new attempt.
  await openAt(page, `#/${l.id}/check/1`);
  await eventually(async () => assert.match(await textOf(page.locator('.progress-label')), /^Question 1/));
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main .button, label.option')]
      .filter((el) => el.getBoundingClientRect().height < 44)
      .map((el) => el.textContent.trim()),
  );
  assert.deepEqual(small, [], 'controls under 44 px tall');
}, { context: { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true } });

scenario('text at 200% loses nothing: no sideways scrolling at 640 px', async ({ page }) => {
  await takeCheck(page, l, new Set([0]));
  // The page's own CSP does not govern DevTools; this is the browser's text zoom setting.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; }));
  await page.reload();
  for (const hash of screens) await noSidewaysScroll(page, hash, '200% text');
}, { context: { viewport: { width: 640, height: 800 } } });
