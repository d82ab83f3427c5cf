// Hostile lesson text never runs, the Content-Security-Policy holds on every screen, and a
// panic shows a message instead of a blank page.

import assert from 'node:assert/strict';

import { eventually, openAt, scenario, textOf } from '../helpers.mjs';
import { lessonById, plainLessons, takeCheck } from './lib.mjs';

function watch() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.alert = window.confirm = window.prompt = () => { window.__pwned = 'dialog'; };
}

scenario('hostile text in a lesson shows as text and nothing in it runs', async ({ page }) => {
  const l = lessonById('hostile');
  await openAt(page, `#/${l.id}`);
  assert.equal(await textOf(page.locator('h1')), l.title);
  assert.ok((await textOf(page.locator('main'))).includes('<script>window.__pwned'));
  assert.equal(await page.locator('main img, main script, main svg:not(.chart svg), main a[href^="javascript:"]').count(), 0);
  await page.getByRole('link', { name: 'Start the check' }).click();
  const q = l.questions[0];
  await eventually(async () => assert.equal(await textOf(page.locator('h1')), q.prompt));
  const right = q.options.find((o) => o.correct);
  await page.getByRole('radio', { name: right.text, exact: true }).hover();
  await page.getByRole('radio', { name: right.text, exact: true }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await eventually(async () => assert.ok((await textOf(page.locator('.feedback'))).includes(q.explanation)));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
}, { init: watch });

scenario('no screen breaks the Content-Security-Policy', async ({ page }) => {
  const l = plainLessons[0];
  await takeCheck(page, l, new Set([0]));
  for (const hash of ['#/', `#/${l.id}`, `#/${l.id}/history`, '#/progress', '#/review', `#/${l.id}/check/1`, '#/nowhere/x/y/z']) {
    await openAt(page, hash);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const integrity = await page.locator('link[rel=modulepreload], link[rel=preload][as=fetch]').evaluateAll((ls) => ls.map((l) => l.integrity));
  assert.equal(integrity.length, 2);
  assert.ok(integrity.every((i) => i.startsWith('sha384-')));
}, { init: watch });

scenario('a panic shows "Something went wrong", details to copy, and a reload that works', async ({ page, log }) => {
  const l = plainLessons[0];
  await takeCheck(page, l);
  await page.evaluate(() => { try { window.wasmBindings.lecternTestPanic(); } catch { /* the trap */ } });
  await eventually(async () => assert.equal(await textOf(page.locator('.crash h1')), 'Something went wrong. Your progress is saved.'));
  assert.match(await page.locator('#crash-details').inputValue(), /deliberate panic from the test hook/);
  await page.getByRole('button', { name: 'Copy details' }).click();
  await eventually(async () => assert.equal(await textOf(page.locator('[data-copy]')), 'Copied'));
  await page.getByRole('link', { name: 'Reload' }).click();
  await eventually(async () => assert.equal(await textOf(page.locator('h1')), 'Your result'));
  // The deliberate panic is expected here; the scenario fails on any other page error.
  log.pageErrors.length = 0;
}, { init: watch, context: { permissions: ['clipboard-read', 'clipboard-write'] } });
