// A learner's saved progress is damaged: the app says so, keeps the old text aside, and
// works as new.
import { expect, test } from './fixtures.mjs';
import {
  BACKUP_PREFIX, STORAGE_KEY, answerQuestion, checkLink, expectBanner, goOn, onQuestion,
  openAt, openLesson, reload, storageEntries, expectChecked, pathOf,
} from './learner.mjs';

/** Puts `value` under the app's key once per tab, before the app starts. */
function seed({ key, value }) {
  if (location.protocol !== 'http:') return; // the blank page a tab starts on has no storage
  if (!sessionStorage.getItem('e2e-seeded')) {
    localStorage.setItem(key, value);
    sessionStorage.setItem('e2e-seeded', '1');
  }
}

for (const garbage of ['{not json', '[1,2,3]']) {
  test.describe(() => {
    test.use({ init: { script: seed, arg: { key: STORAGE_KEY, value: garbage } } });

    test(`stored ${JSON.stringify(garbage)}: banner, backup of the text, and a working check`, async ({ page }) => {
      await openAt(page, '');
      await expectBanner(page, 'could not be read');

      const stored = await storageEntries(page);
      const backups = Object.keys(stored).filter((k) => k.startsWith(BACKUP_PREFIX));
      expect(backups.length, `one backup key; keys: ${JSON.stringify(Object.keys(stored))}`).toBe(1);
      expect(stored[backups[0]], 'the backup holds the unreadable text exactly').toBe(garbage);

      await openLesson(page);
      await checkLink(page, 'Start the check').click();
      const first = await answerQuestion(page, 1);
      await goOn(page, 1);
      await onQuestion(page, 2);

      const after = await storageEntries(page);
      const doc = JSON.parse(after[STORAGE_KEY]);
      expect(doc !== null && typeof doc === 'object' && 'version' in doc, 'the key now holds a document with a version').toBe(true);
      expect(after[backups[0]], 'the backup is left alone').toBe(garbage);

      // The new progress is really saved: a reload keeps it.
      await reload(page);
      await onQuestion(page, 2);
      await openAt(page, pathOf.question(1));
      const q = await onQuestion(page, 1);
      await expectChecked(page, q, first.chosen);
    });
  });
}
