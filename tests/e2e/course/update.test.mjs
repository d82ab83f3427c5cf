// A new deployment is noticed by the service worker and offered to the learner as a
// reload; taking it keeps the attempt in progress.

import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { STORAGE_KEY, currentPath, expectBanner, pathOf, textOf, whenPasses } from '../learner.mjs';
import { startServer } from '../server.mjs';
import { plainLessons } from './lib.mjs';

const l = plainLessons[0];

test('"A new version is ready" appears after a deployment, and reloading keeps the attempt', async ({ page, distDir }) => {
  // A copy of the build that can be "deployed over" while the page is open.
  const site = mkdtempSync(path.join(tmpdir(), 'lectern-deploy-'));
  cpSync(distDir, site, { recursive: true });
  const server = await startServer(site);
  try {
    await page.goto(server.url + pathOf.lesson(l.id));
    await page.getByRole('link', { name: 'Start the check' }).click();
    const prompt = await whenPasses(async () => {
      expect(await textOf(page.locator('.progress-label'))).toMatch(/^Question 1 of/);
      return textOf(page.locator('h1'));
    });
    const q = l.questions.find((x) => x.prompt === prompt);
    await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // Deploy: a new build's service worker differs from the old one.
    appendFileSync(path.join(site, 'sw.js'), '\n// next deployment\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expectBanner(page, 'A new version of Lectern is ready');
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload', exact: true }).click();
    await reloaded;
    await whenPasses(async () => {
      expect(await currentPath(page)).toBe(pathOf.question(1, l.id));
      expect(await textOf(page.locator('.feedback'))).toMatch(/^Correct/);
    });
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    expect(stored.lessons[l.id].current.answers[q.id].checked).toBe(true);
    expect(await page.locator('.banner').count(), 'the new version runs; nothing more to offer').toBe(0);
  } finally {
    await server.close();
  }
});
