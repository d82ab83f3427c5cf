// A learner finds the lesson on the home page, reads it, and starts its check.
import assert from 'node:assert/strict';
import {
  TOTAL, checkLink, course, eventually, expectHash, expectHeading, hashOf, lesson, onQuestion,
  openHome, openLesson, progressValues, textOf, expectUnchecked, expectNothingSelected,
  scenario, visibleOutside,
} from './helpers.mjs';

scenario('the home page lists every lesson by title and leads to it', async ({ page }) => {
  await openHome(page);
  for (const l of course) {
    assert.ok(
      (await page.getByRole('link', { name: l.title, exact: true }).count()) >= 1,
      `home links to "${l.title}"`,
    );
  }
  await page.getByRole('link', { name: lesson.title, exact: true }).first().click();
  await expectHash(page, hashOf.lesson());
  await expectHeading(page, lesson.title);
});

scenario('the lesson page shows title, series, reading time, review date and every section', async ({ page }) => {
  await openLesson(page);
  // Outside the <h1>, which may contain the same words (the seed's title starts with its series).
  const visible = (text) => visibleOutside(page, text, 'h1, title, .crumb');
  assert.equal(await visible(lesson.series), true, `series "${lesson.series}" visible`);
  assert.equal(await visible(`${lesson.minutes} min`), true, `"${lesson.minutes} min" visible`);
  assert.equal(await visible(`Reviewed ${lesson.reviewed}`), true, `"Reviewed ${lesson.reviewed}" visible`);

  const h2s = (await page.locator('h2').allTextContents()).map((t) => t.trim());
  for (const s of lesson.sections) {
    assert.ok(h2s.includes(s.title), `section "${s.title}" is an <h2>; h2s: ${JSON.stringify(h2s)}`);
  }
  // Sections appear in content order.
  const positions = lesson.sections.map((s) => h2s.indexOf(s.title));
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'sections in content order');
});

scenario('**bold** in the lesson text becomes <strong>, and markup is shown as text', async ({ page }) => {
  const bold = lesson.sections.flatMap((s) => [...s.body.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]));
  assert.ok(bold.length > 0, `the lesson ${lesson.id} has **bold** text to check`);
  await openLesson(page);
  const strong = (await page.locator('strong').allTextContents()).map((t) => t.trim());
  for (const b of bold) assert.ok(strong.includes(b), `"${b}" is a <strong>; strongs: ${JSON.stringify(strong)}`);
  const text = await textOf(page.locator('body'));
  assert.ok(!text.includes('**'), 'no literal ** left in the page text');
  // Any markup the content holds (e.g. "<b>") must appear literally, not as elements.
  for (const s of lesson.sections) {
    for (const m of s.body.matchAll(/<[a-z][^>]*>/gi)) {
      assert.ok(text.includes(m[0]), `markup ${m[0]} shown literally`);
    }
  }
  assert.equal(await page.locator('main script, article script, main iframe, main img[onerror]').count(), 0, 'no elements injected by lesson text');
});

scenario('"Start the check" leads to question 1 with nothing checked', async ({ page }) => {
  await openLesson(page);
  assert.equal(await checkLink(page, 'Continue the check').count(), 0, 'no "Continue" before any attempt');
  assert.equal(await checkLink(page, 'Retake the check').count(), 0, 'no "Retake" before any attempt');
  await checkLink(page, 'Start the check').click();
  const q = await onQuestion(page, 1);
  assert.deepEqual(await progressValues(page), { now: 0, max: TOTAL });
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);
  // Back to the lesson, the link now continues the attempt in progress.
  await page.goBack();
  await expectHeading(page, lesson.title);
  await eventually(async () => assert.equal(await checkLink(page, 'Continue the check').count(), 1, '"Continue the check" during an attempt'));
  assert.equal(await checkLink(page, 'Start the check').count(), 0, 'no "Start the check" during an attempt');
});
