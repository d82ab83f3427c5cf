// Installable and offline: after one visit the site loads and works with no network, and
// progress made offline is there when the network is back.

import { expect, test } from '../fixtures.mjs';
import { STORAGE_KEY, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { plainLessons } from './lib.mjs';

const l = plainLessons[0];

test('load once, go offline, reload, take a question, come back online: progress kept', async ({ page, context }) => {
  await openAt(page, pathOf.lesson(l.id));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  expect(manifest.name).toBe('Lectern');
  expect(manifest.icons.some((i) => i.sizes === '512x512')).toBeTruthy();

  await context.setOffline(true);
  await page.reload();
  await whenPasses(async () => expect(await textOf(page.locator('h1'))).toBe(l.title));
  await page.getByRole('link', { name: 'Start the check' }).click();
  const prompt = await whenPasses(async () => {
    const p = await textOf(page.locator('h1'));
    expect(p).not.toBe(l.title);
    return p;
  });
  const q = l.questions.find((x) => x.prompt === prompt);
  await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).toMatch(/^Correct/));

  await context.setOffline(false);
  await page.reload();
  await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).toMatch(/^Correct/));
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
  expect(stored.lessons[l.id].current.answers[q.id].checked).toBe(true);
});
