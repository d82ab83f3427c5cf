// The static lesson text must stay the page's largest contentful paint when the WebAssembly
// is ready as the static page paints: the app hydrates the page's own nodes, so nothing it
// does may paint a larger element later.

import { chromium } from 'playwright-core';

import { expect, test } from './fixtures.mjs';
import { APP_STARTED, pathOf } from './learner.mjs';
import config from '../../playwright.config.mjs';

// This test launches a browser of its own, with the same executable, flags and viewport as
// every other test, but none of the test runner's per-context instrumentation, which
// changes the timing of the first frames it measures.
test.use({ trace: 'off' });

/**
 * Records largest-contentful-paint entries, whether each element is one of the static
 * page's own, and when the app marked the page as started; keeps the main thread busy for
 * 400 ms just after the static page's first frame.
 */
function watchLargestPaint() {
  window.lcpEntries = [];
  window.staticNodes = new WeakSet();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.lcpEntries.push({
        startTime: Math.round(e.startTime),
        size: e.size,
        text: (e.element?.textContent ?? '(removed)').slice(0, 40),
        element: e.element ?? null,
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // On the document: this runs before the parser has made <html>.
  new MutationObserver(() => {
    if (document.documentElement?.dataset.app === 'started' && window.startedAt === undefined) window.startedAt = performance.now();
  }).observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.body.querySelectorAll('*')) window.staticNodes.add(el);
    requestAnimationFrame(() => setTimeout(() => {
      const end = performance.now() + 400;
      while (performance.now() < end);
    }));
  });
}

// A main thread kept busy just after the static page's first frame (a slow phone, the
// WebAssembly starting) delays the browser's report of that paint past the moment the app
// is ready. The app hydrates the nodes already painted, so the last largest paint must be
// one of the static page's elements, still in the page. Several loads, since each load
// is a race.
test('the static lesson text stays the largest paint when the app is ready as it paints', async ({ base }) => {
  const { launchOptions, viewport } = config.use;
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({ viewport });
  await context.addInitScript(watchLargestPaint);
  const errors = [];
  try {
    for (let load = 1; load <= 6; load++) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
      await page.goto(base + pathOf.lesson());
      // Waited for from outside the page: a polling assertion would poll inside it, in
      // every frame of the race it measures.
      await page.locator(APP_STARTED).waitFor({ state: 'attached' });
      // A new largest paint, if any, is reported within a frame or two of a change.
      await page.waitForTimeout(300);
      const { entries, startedAt } = await page.evaluate(() => ({
        entries: window.lcpEntries.map(({ element, ...e }) => ({
          ...e,
          static: Boolean(element) && window.staticNodes.has(element),
          shown: Boolean(element?.isConnected),
          inMain: Boolean(element?.closest('main')),
        })),
        startedAt: Math.round(window.startedAt),
      }));
      expect(entries.length, `load ${load}: no largest-contentful-paint entry`).toBeGreaterThan(0);
      const last = entries[entries.length - 1];
      expect(
        last.static && last.shown && last.inMain,
        `load ${load}: the largest paint at ${last.startTime} ms (${last.text}) is not the static page's text still on screen; the app started at ${startedAt} ms (entries: ${JSON.stringify(entries)})`,
      ).toBe(true);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  expect(errors, 'uncaught errors in the page').toStrictEqual([]);
});
