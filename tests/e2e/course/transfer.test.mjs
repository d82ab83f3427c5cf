// Progress leaves with the learner: export, reset, import restores the same home page;
// a bad import changes nothing; a reset needs confirming.

import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { STORAGE_KEY, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { clockAt, daysLater, openHomePage, plainLessons, takeCheck } from './lib.mjs';

const [a, b] = plainLessons;

async function homeText(page) {
  await openHomePage(page);
  return textOf(page.locator('main'));
}

async function exportFile(page) {
  await openAt(page, pathOf.progress());
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  return readFile(file, 'utf8');
}

async function importFile(page, name, text) {
  const dir = await mkdtemp(path.join(tmpdir(), 'lectern-import-'));
  const file = path.join(dir, name);
  await writeFile(file, text);
  await openAt(page, pathOf.progress());
  await page.locator('input[type=file]').setInputFiles(file);
}

test('export, reset everything, import: the home page is as it was', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, a, new Set([0]));
  await takeCheck(page, b, new Set());
  await daysLater(page, 1);
  const before = await homeText(page);
  const exported = await exportFile(page);
  expect(JSON.parse(exported).format).toBe('lectern-progress');

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  const blank = await homeText(page);
  expect(blank).not.toBe(before);
  expect(blank.includes('Not started')).toBeTruthy();

  await importFile(page, 'progress.json', exported);
  const preview = page.getByRole('dialog', { name: 'Import this file?' });
  await whenPasses(async () => expect(await textOf(preview)).toMatch(/finished attempt added/));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  expect(await homeText(page)).toBe(before);
});

test('resetting one lesson asks first and leaves the others', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, a);
  await takeCheck(page, b);
  await openAt(page, pathOf.progress());
  const reset = page.getByRole('button', { name: `Reset progress for ${a.title}` });
  await reset.click();
  const dialog = page.getByRole('dialog', { name: 'Reset progress?' });
  await dialog.waitFor();
  // The dialog is modal: Tab stays inside it, Escape closes it, and focus returns.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog'))), 'focus stays in the dialog').toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'focus returns to the button that opened it').toBe(`Reset progress for ${a.title}`);
  await reset.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect((await homeText(page)).includes(`Best score: ${a.questions.length} / ${a.questions.length}`)).toBeTruthy();
  await openAt(page, pathOf.progress());
  await page.getByRole('button', { name: `Reset progress for ${a.title}` }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await openHomePage(page);
  const card = (l) => page.locator('.lesson-card').filter({ has: page.getByRole('link', { name: l.title, exact: true }) });
  expect(await textOf(card(a).locator('.status'))).toBe('Not started');
  expect(await textOf(card(b).locator('.status'))).toMatch(/^Best score/);
});

test('a bad import is refused with a reason and leaves progress untouched', async ({ page }) => {
  await clockAt(page);
  await takeCheck(page, a, new Set([0]));
  const ours = JSON.parse(await exportFile(page));
  const lessonsStored = async () => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).lessons;
  const stored = await lessonsStored();
  const cases = [
    ['notes.txt', 'hello, not json', /not JSON/],
    ['other.json', JSON.stringify({ name: 'some other app', version: 1 }), /not a Lectern progress file/],
    ['newer.json', JSON.stringify({ ...ours, version: 99 }), /newer version of Lectern/],
    ['huge.json', JSON.stringify({ ...ours, pad: 'x'.repeat(1_100_000) }), /at most 1,024 KB/],
  ];
  for (const [name, text, reason] of cases) {
    await importFile(page, name, text);
    await whenPasses(async () => {
      const message = await textOf(page.locator('.message'));
      expect(message, `${name}: ${message}`).toMatch(reason);
      expect(message).toMatch(/Nothing was changed/);
    });
    expect(await lessonsStored(), `${name} changed stored progress`).toStrictEqual(stored);
  }
  // Unknown lessons and questions are reported and skipped; known ones still import.
  const mixed = structuredClone(ours);
  mixed.lessons['retired-lesson'] = ours.lessons[a.id];
  await importFile(page, 'mixed.json', JSON.stringify(mixed));
  await whenPasses(async () => expect(await textOf(page.locator('.skipped'))).toMatch(/retired-lesson/));
});
