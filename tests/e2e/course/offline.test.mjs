// Installable and offline: after one visit the site loads and works with no network, and
// progress made offline is there when the network is back.

import assert from 'node:assert/strict';

import { STORAGE_KEY, eventually, openAt, scenario, textOf } from '../helpers.mjs';
import { plainLessons } from './lib.mjs';

const l = plainLessons[0];

scenario('load once, go offline, reload, take a question, come back online: progress kept', async ({ page, context }) => {
  await openAt(page, `#/${l.id}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.name, 'Lectern');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));

  await context.setOffline(true);
  await page.reload();
  await eventually(async () => assert.equal(await textOf(page.locator('h1')), l.title));
  await page.getByRole('link', { name: 'Start the check' }).click();
  const prompt = await eventually(async () => {
    const p = await textOf(page.locator('h1'));
    assert.notEqual(p, l.title);
    return p;
  });
  const q = l.questions.find((x) => x.prompt === prompt);
  await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await eventually(async () => assert.match(await textOf(page.locator('.feedback')), /^Correct/));

  await context.setOffline(false);
  await page.reload();
  await eventually(async () => assert.match(await textOf(page.locator('.feedback')), /^Correct/));
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
  assert.equal(stored.lessons[l.id].current.answers[q.id].checked, true);
});
