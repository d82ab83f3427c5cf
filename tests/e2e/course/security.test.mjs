// Hostile lesson text never runs, the Content-Security-Policy holds on every screen, and a
// panic shows a message instead of a blank page.

import { expect, test } from '../fixtures.mjs';
import { currentPath, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { lessonById, plainLessons, takeCheck } from './lib.mjs';

function watch() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.alert = window.confirm = window.prompt = () => { window.__pwned = 'dialog'; };
}

test.use({ init: { script: watch } });

test('hostile text in a lesson shows as text and nothing in it runs', async ({ page }) => {
  const l = lessonById('hostile');
  await openAt(page, pathOf.lesson(l.id));
  expect(await textOf(page.locator('h1'))).toBe(l.title);
  expect((await textOf(page.locator('main'))).includes('<script>window.__pwned')).toBeTruthy();
  expect(await page.locator('main img, main script, main svg:not(.chart svg), main a[href^="javascript:"]').count()).toBe(0);
  await page.getByRole('link', { name: 'Start the check' }).click();
  const q = l.questions[0];
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe(q.prompt));
  const right = q.options.find((o) => o.correct);
  await page.getByRole('radio', { name: right.text, exact: true }).hover();
  await page.getByRole('radio', { name: right.text, exact: true }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await whenPasses(async () => expect((await textOf(page.locator('.feedback'))).includes(q.explanation)).toBeTruthy());
  expect(await page.evaluate(() => window.__pwned)).toBe(undefined);
  expect(await page.evaluate(() => window.__violations)).toStrictEqual([]);
});

test('no screen breaks the Content-Security-Policy', async ({ page }) => {
  const l = plainLessons[0];
  await takeCheck(page, l, new Set([0]));
  for (const address of [pathOf.home(), pathOf.lesson(l.id), pathOf.history(l.id), pathOf.progress(), pathOf.review(), pathOf.question(1, l.id), 'nowhere/x/y/z/']) {
    await openAt(page, address);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(csp).not.toMatch(/unsafe-inline/);
  expect(await page.evaluate(() => window.__violations)).toStrictEqual([]);
  const integrity = await page.locator('link[rel=modulepreload], link[rel=preload][as=fetch]').evaluateAll((ls) => ls.map((l) => l.integrity));
  expect(integrity.length).toBe(2);
  expect(integrity.every((i) => i.startsWith('sha384-'))).toBeTruthy();
});

test.describe(() => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a panic shows "Something went wrong", details to copy, and a reload that works', async ({ page, log }) => {
    const l = plainLessons[0];
    await takeCheck(page, l);
    await page.evaluate(() => { try { window.wasmBindings.lecternTestPanic(); } catch { /* the trap */ } });
    await whenPasses(async () => expect(await textOf(page.locator('.crash h1'))).toBe('Something went wrong. Your progress is saved.'));
    expect(await page.locator('#crash-details').inputValue()).toMatch(/deliberate panic from the test hook/);
    await page.getByRole('button', { name: 'Copy details' }).click();
    await whenPasses(async () => expect(await textOf(page.locator('[data-copy]'))).toBe('Copied'));
    await page.getByRole('link', { name: 'Reload' }).click();
    await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe('Your result'));
    expect((await currentPath(page)).split('?')[0], 'the page the learner was on').toBe(pathOf.result(l.id));
    // The deliberate panic is expected here; the test fails on any other page error.
    log.pageErrors.length = 0;
  });
});
