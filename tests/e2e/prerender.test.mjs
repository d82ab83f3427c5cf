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
