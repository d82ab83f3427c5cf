// The fixture course built with LECTERN_PSEUDO_LOCALE=1 (make build-pseudo): the English
// catalog pseudo-translated, every letter accented. Interface text that did not come from
// the catalog keeps plain letters, so a walk over every screen finds it. Content (the
// lessons' own text, the site's title) is left out: by selector where it is author HTML,
// by its known strings where it sits inside an interface sentence.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { walk } from './walk.mjs';

/** Elements whose text is the author's, as HTML made at build time. */
const CONTENT = [
  '.lede', '.question-prompt', '.option-text', '.order-text', '.lesson-section > :not(h2)', '.explanation',
  '.option-feedback', '.clue', '.answer-list', '.right-answer span', '.your-answer span', '.typed-text',
  'script', 'style', 'textarea', 'input',
].join(', ');

/** Every string of the built course (lesson titles, summaries, sections...), longest first. */
function contentStrings(distDir) {
  const found = new Set(['Lectern']);
  const collect = (value) => {
    if (typeof value === 'string') {
      // Plain fields as written; HTML fields as their text reads.
      found.add(value.trim());
      found.add(value.replace(/<[^>]*>/g, '').trim());
    }
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(JSON.parse(readFileSync(path.join(distDir, 'outline.json'), 'utf8')));
  for (const entry of readdirSync(distDir)) {
    const file = path.join(distDir, entry, 'lesson.json');
    if (existsSync(file)) collect(JSON.parse(readFileSync(file, 'utf8')));
  }
  return [...found].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}

/** The page's interface texts (text nodes and labels) outside content, as shown. */
const interfaceTexts = (page) =>
  page.evaluate((content) => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.closest(content)) texts.push(node.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [data-right], [data-yours], [data-wrong]')) {
      if (el.closest(content) && !el.matches('.option-text, .order-text')) continue;
      for (const name of ['aria-label', 'title', 'data-right', 'data-yours', 'data-wrong']) {
        if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
      }
    }
    return texts;
  }, CONTENT);

test('no interface text on any screen is left out of the catalog', async ({ page, distDir }) => {
  test.setTimeout(240_000);
  const known = contentStrings(distDir);
  const plain = {};
  await walk(page, async (name) => {
    for (let text of await interfaceTexts(page)) {
      for (const s of known) text = text.split(s).join(' ');
      // Dates are the browser's (Intl), in the site's language: data, not catalog text.
      text = text.replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/g, ' ');
      // Words of three or more plain letters; a pseudo-translated word has accented letters
      // in it (its doubled vowels stay plain, so "a" becomes a plain "aa": hence three).
      const words = text.match(/(?<!\p{L})[A-Za-z]{3,}(?!\p{L})/gu) ?? [];
      if (words.length) (plain[name] ??= new Set()).add(text.trim());
    }
  });
  const report = Object.entries(plain).map(([screen, texts]) => `${screen}: ${[...texts].join(' | ')}`);
  expect(report, 'interface text not from the catalog').toStrictEqual([]);
});
