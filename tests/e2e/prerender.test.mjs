// The build writes the home and lesson pages into index.html: the lesson reads with
// JavaScript off, and the app takes over with the same text, so nothing jumps.

import assert from 'node:assert/strict';

import { course, lesson, scenario, textOf, eventually, openAt } from './helpers.mjs';

const norm = (s) => s.replace(/\s+/g, ' ').trim();

scenario('with JavaScript off the home page and the lesson still read', async ({ page, base }) => {
  await page.goto(base);
  const text = norm(await page.locator('body').textContent());
  for (const l of course) assert.ok(text.includes(l.title), `home lists ${l.title}`);
  for (const s of lesson.sections) assert.ok(text.includes(s.title), `lesson section ${s.title} is in the page`);
  assert.ok(text.includes(norm(lesson.summary)));
}, { context: { javaScriptEnabled: false } });

scenario('the app draws the same text the static page showed', async ({ page, base }) => {
  const staticHtml = await (await page.request.get(base)).text();
  for (const [hash, route] of [['#/', '#/'], [`#/${lesson.id}`, `#/${lesson.id}`]]) {
    await openAt(page, hash);
    await eventually(async () => assert.equal(await page.locator('#prerender').count(), 0, 'the static copy is gone once the app runs'));
    const prerendered = await page.evaluate(([html, r]) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelector(`#prerender main[data-route="${r}"]`)?.textContent ?? null;
    }, [staticHtml, route]);
    assert.ok(prerendered, `a static copy of ${route}`);
    assert.equal(norm(await textOf(page.locator('main'))), norm(prerendered), `${route}: app and static copy differ`);
  }
});

// The app draws the lesson with the same boxes as the static copy, so the static text stays
// the page's largest paint only if the browser has recorded that paint before the copy
// goes: Chromium forgets the paint of text removed before it reports the paint on screen.
// A main thread kept busy just after the static page's first frame (a slow phone, the
// WebAssembly starting) delays that report past the moment the app is ready to take over;
// the app must wait for it. Several loads, since each load is a race.
scenario('the static lesson text stays the largest paint when the app is ready as it paints', async ({ newPage }) => {
  for (let load = 1; load <= 6; load++) {
    const page = await newPage();
    await openAt(page, `#/${lesson.id}`);
    await eventually(async () => assert.equal(await page.locator('#prerender').count(), 0, 'the app took over'));
    // A new largest paint, if any, is reported within a frame or two of the app's drawing.
    await page.waitForTimeout(300);
    const { entries, removedAt } = await page.evaluate(() => ({ entries: window.lcpEntries, removedAt: window.staticRemovedAt }));
    assert.ok(entries.length > 0, `load ${load}: no largest-contentful-paint entry`);
    const last = entries[entries.length - 1];
    assert.ok(
      last.startTime < removedAt,
      `load ${load}: the largest paint is the app's redraw at ${last.startTime} ms (${last.text}), not the static text; the static copy left at ${removedAt} ms (entries: ${JSON.stringify(entries)})`,
    );
    await page.close();
  }
}, {
  init: () => {
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
  },
});
