// One build per kind of GitHub Pages address: at the root of a domain (a user or
// organisation site, or a custom domain: project `root`, dist-root/ built with
// PUBLIC_URL=/) and under a project's sub-path (project `repo`, dist/ under /lectern/).
// Every page, script, style, icon and the service worker load from the base; deep links
// and the not-found page work; progress is stored under a key that names the base.

import { expect, test } from '../fixtures.mjs';
import { course, currentPath, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';

const l = course[0];

test('pages, assets, deep links, the not-found page and storage all follow the base path', async ({ page, base }) => {
  const basePath = new URL(base).pathname;
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('no-such-page')) failed.push(`${r.status()} ${r.url()}`);
  });

  await openAt(page, pathOf.home());
  expect(await page.evaluate(() => document.baseURI), 'the page\'s base is the site\'s').toBe(base);
  await page.getByRole('link', { name: l.title, exact: true }).first().click();
  await whenPasses(async () => expect(await currentPath(page)).toBe(pathOf.lesson(l.id)));
  expect(new URL(page.url()).pathname).toBe(`${basePath}${l.id}/`);

  // A deep link typed into the address bar: the page the build wrote for it.
  await openAt(page, pathOf.question(1, l.id));
  await whenPasses(async () => expect(await textOf(page.locator('.progress-label'))).toBe(`Question 1 of ${l.questions.length}`));
  await page.locator('input[name=answer]').first().check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).not.toBe(''));
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys, 'progress is stored under a key naming the base path').toContain(`lectern:${basePath}`);

  // The manifest and the service worker are the site's, scoped to the base.
  const manifest = await (await page.request.get(`${base}manifest.webmanifest`)).json();
  expect(new URL(manifest.start_url, `${base}manifest.webmanifest`).href).toBe(base);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base);

  // An address the site does not have: the not-found page, linking home at the base.
  const missing = await page.goto(`${base}no-such-page/`);
  expect(missing.status()).toBe(404);
  const home = page.getByRole('link', { name: /home|lessons/i }).first();
  expect(new URL(await home.getAttribute('href'), base).href).toBe(base);

  expect(failed, 'nothing the pages asked for was missing').toStrictEqual([]);
});
