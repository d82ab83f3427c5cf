// axe-core on every screen and dialog, in the light and the dark theme: zero violations,
// colour contrast included. The per-screen results are printed for TESTING.md.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { REPO_ROOT, STORAGE_KEY, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { clockAt, daysLater, plainLessons, takeCheck } from './lib.mjs';

const AXE = readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const l = plainLessons[0];

async function axe(page, screen, theme) {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  console.log(`axe ${theme} ${screen}: ${result.length} violations`);
  expect(result, `axe on ${screen} (${theme})`).toStrictEqual([]);
}

for (const theme of ['light', 'dark']) {
  test.describe(() => {
    test.use({ colorScheme: theme });
    test.describe.configure({ timeout: 240_000 }); // thirteen screens, each scanned by axe

    test(`every screen has zero axe violations in the ${theme} theme`, async ({ page }) => {
      await clockAt(page);
      await openAt(page, pathOf.home());
      await axe(page, 'home (new learner)', theme);
      await openAt(page, pathOf.lesson(l.id));
      await axe(page, 'lesson', theme);
      await page.getByRole('link', { name: 'Start the check' }).click();
      await whenPasses(async () => expect(await textOf(page.locator('.progress-label'))).toMatch(/^Question 1/));
      await axe(page, 'question before checking', theme);
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await axe(page, 'question with the "choose first" hint', theme);
      await page.locator('input[type=radio]').first().check();
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await whenPasses(async () => expect(await textOf(page.locator('.feedback'))).not.toBe(''));
      await axe(page, 'question after checking', theme);
      await takeCheck(page, l, new Set([0]));
      await axe(page, 'result', theme);
      await openAt(page, pathOf.history(l.id));
      await axe(page, 'history', theme);
      await openAt(page, pathOf.progress());
      await axe(page, 'progress', theme);
      await page.getByRole('button', { name: 'Reset all progress' }).click();
      await axe(page, 'reset confirmation', theme);
      await page.getByRole('button', { name: 'Cancel' }).click();
      const exported = await page.evaluate((k) => JSON.stringify({ ...JSON.parse(localStorage.getItem(k)), format: 'lectern-progress' }), STORAGE_KEY);
      await page.locator('input[type=file]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await page.getByRole('dialog', { name: 'Import this file?' }).waitFor();
      await axe(page, 'import preview', theme);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await daysLater(page, 1);
      await openAt(page, pathOf.home());
      await axe(page, 'home (returning learner)', theme);
      await openAt(page, pathOf.review());
      await axe(page, 'review', theme);
      await openAt(page, 'no-such-lesson/');
      await axe(page, 'not found', theme);
    });
  });
}
