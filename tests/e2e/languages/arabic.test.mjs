// The fixture course built with tests/fixtures/site/arabic.toml (make build-arabic): the
// interface in Arabic, laid out right to left, with no axe violation on any screen.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { REPO_ROOT, openAt, pathOf, textOf } from '../learner.mjs';
import { lesson, walk } from './walk.mjs';

const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function axe(page, screen) {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  console.log(`axe arabic ${screen}: ${result.length} violations`);
  expect(result, `axe on ${screen}`).toStrictEqual([]);
}

const box = async (locator) => {
  const b = await locator.boundingBox();
  expect(b, 'the element is laid out').toBeTruthy();
  return b;
};

test('every page is Arabic and right to left, built and hydrated alike', async ({ page }) => {
  for (const at of [pathOf.home(), pathOf.lesson(lesson.id), pathOf.question(1, lesson.id), 'no-such-page/']) {
    await openAt(page, at);
    expect(await page.locator('html').getAttribute('lang'), at).toBe('ar');
    expect(await page.locator('html').getAttribute('dir'), at).toBe('rtl');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction), at).toBe('rtl');
  }
  await openAt(page, pathOf.home());
  expect(await textOf(page.locator('h1'))).toBe('النماذج المحلية');
  expect(await textOf(page.locator('.site-footer'))).toContain('يُحفظ تقدمك في هذا المتصفح فقط.');
});

test('the layout runs right to left: brand and option keys at the inline start, the right side', async ({ page }) => {
  await openAt(page, pathOf.home());
  const brand = await box(page.locator('.brand'));
  const toggle = await box(page.locator('.theme-toggle'));
  expect(brand.x, 'the brand is right of the theme button').toBeGreaterThan(toggle.x);

  await openAt(page, pathOf.question(1, lesson.id));
  const option = page.locator('.option').first();
  const key = await box(option.locator('.option-key'));
  const text = await box(option.locator('.option-text'));
  expect(key.x, 'the key sits right of the option text').toBeGreaterThan(text.x);
  // Fluent isolates each number (U+2068 ... U+2069) so it keeps its place in the sentence.
  const label = (await textOf(page.locator('.progress-label'))).replace(/[\u2068\u2069]/g, '');
  expect(label).toBe(`السؤال 1 من ${lesson.questions.length}`);
});

test('every screen has zero axe violations in Arabic', async ({ page }) => {
  test.setTimeout(240_000);
  await walk(page, (name) => axe(page, name));
});
