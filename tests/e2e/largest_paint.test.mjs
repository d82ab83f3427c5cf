// The static lesson text must stay the page's largest contentful paint when the WebAssembly
// is ready as the static page paints: a race, so it runs on its own.

import { expect, test } from './fixtures.mjs';
import { lesson, openAt } from './learner.mjs';

// Tracing snapshots the page while it paints, which shifts the very race this test times;
// Playwright sets tracing per worker, so it is off for this file only.
test.use({ trace: 'off', init: { script: watchLargestPaint } });

/**
 * Records largest-contentful-paint entries and when the static copy left, and keeps the
 * main thread busy for 400 ms just after the static page's first frame.
 */
function watchLargestPaint() {
  window.lcpEntries = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.lcpEntries.push({ startTime: Math.round(e.startTime), size: e.size, text: (e.element?.textContent ?? '(removed)').slice(0, 40) });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.removedNodes) if (n.id === 'prerender') window.staticRemovedAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    if (!document.getElementById('prerender')) return;
    requestAnimationFrame(() => setTimeout(() => {
      const end = performance.now() + 400;
      while (performance.now() < end);
    }));
  });
}

// The app draws the lesson with the same boxes as the static copy, so the static text stays
// the page's largest paint only if the browser has recorded that paint before the copy
// goes: Chromium forgets the paint of text removed before it reports the paint on screen.
// A main thread kept busy just after the static page's first frame (a slow phone, the
// WebAssembly starting) delays that report past the moment the app is ready to take over;
// the app must wait for it. Several loads, since each load is a race.
test('the static lesson text stays the largest paint when the app is ready as it paints', async ({ newPage }) => {
  for (let load = 1; load <= 6; load++) {
    const page = await newPage();
    await openAt(page, `#/${lesson.id}`);
    await expect(page.locator('#prerender'), 'the app took over').toHaveCount(0);
    // A new largest paint, if any, is reported within a frame or two of the app's drawing.
    await page.waitForTimeout(300);
    const { entries, removedAt } = await page.evaluate(() => ({ entries: window.lcpEntries, removedAt: window.staticRemovedAt }));
    expect(entries.length, `load ${load}: no largest-contentful-paint entry`).toBeGreaterThan(0);
    const last = entries[entries.length - 1];
    expect(
      last.startTime < removedAt,
      `load ${load}: the largest paint is the app's redraw at ${last.startTime} ms (${last.text}), not the static text; the static copy left at ${removedAt} ms (entries: ${JSON.stringify(entries)})`,
    ).toBe(true);
    await page.close();
  }
});
