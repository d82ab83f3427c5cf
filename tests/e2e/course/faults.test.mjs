// Storage faults injected into the page before the app loads: the learner keeps going,
// is told once, and nothing is lost once storage works again.

import { expect, test } from '../fixtures.mjs';
import { STORAGE_KEY, expectBanner, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { plainLessons, takeCheck } from './lib.mjs';

const l = plainLessons.find((x) => x.questions.length >= 3);

// Makes setItem throw QuotaExceededError while window.__full is true.
function quota() {
  const real = Storage.prototype.setItem;
  window.__full = false;
  Storage.prototype.setItem = function (k, v) {
    if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return real.call(this, k, v);
  };
}

test.describe(() => {
  test.use({ init: { script: quota } });

  test('storage full mid-check: the learner goes on, is told, and it is all saved once space returns', async ({ page }) => {
    await openAt(page, pathOf.lesson(l.id));
    await page.getByRole('link', { name: 'Start the check' }).click();
    await page.evaluate(() => { window.__full = true; });
    const prompt = await textOf(page.locator('h1'));
    const q = l.questions.find((x) => x.prompt === prompt);
    await page.getByRole('radio', { name: q.options.find((o) => o.correct).text, exact: true }).check();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expectBanner(page, 'kept only for this visit');
    await page.getByRole('button', { name: 'Next question' }).click();
    const stuck = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    expect(Object.keys(stuck.lessons[l.id].current.answers ?? {}).length, 'nothing could be written while full').toBe(0);

    await page.evaluate(() => { window.__full = false; });
    const prompt2 = await textOf(page.locator('h1'));
    const q2 = l.questions.find((x) => x.prompt === prompt2);
    await page.getByRole('radio', { name: q2.options[0].text, exact: true }).check();
    await whenPasses(async () => {
      const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
      expect(saved.lessons[l.id].current.answers[q.id]?.checked, 'the answer given while full is saved now').toBe(true);
    });
    await expect(page.locator('.banner'), 'the notice goes once saving works').toHaveCount(0);
  });
});

// localStorage itself throws when the page reaches for it.
function deniedStorage() {
  Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
}

test.describe(() => {
  test.use({ init: { script: deniedStorage } });

  test('localStorage that throws on access: the app works from memory', async ({ page }) => {
    await openAt(page, pathOf.lesson(l.id));
    await expectBanner(page, 'kept only for this visit');
    await page.getByRole('link', { name: 'Start the check' }).click();
    await whenPasses(async () => expect(await textOf(page.locator('.progress-label'))).toMatch(/^Question 1 of/));
  });
});

test('a document from a newer version is left untouched and the learner is told', async ({ page }) => {
  const newer = JSON.stringify({ version: 99, lessons: { future: { anything: true } } });
  await openAt(page, pathOf.home());
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, newer]);
  await page.reload();
  await expectBanner(page, 'newer version of Lectern');
  await takeCheck(page, l);
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(newer);
});

test('the clock jumping a year back and forth keeps durations and reviews sane', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await openAt(page, pathOf.lesson(l.id));
  await page.getByRole('link', { name: 'Start the check' }).click();
  await page.clock.setSystemTime(new Date('2025-11-25T10:00:00Z'));
  await takeCheck(page, l, new Set([0]));
  await page.clock.setSystemTime(new Date('2027-11-25T10:00:00Z'));
  await openAt(page, pathOf.history(l.id));
  const row = await textOf(page.locator('table.history tbody tr').first());
  expect(row, `no negative duration: ${row}`).not.toMatch(/-\d/);
  await openAt(page, pathOf.home());
  expect(await textOf(page.locator('.due-count'))).toBe('Due for review: 1 question');
});
