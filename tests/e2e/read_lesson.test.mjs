// A learner finds the lesson on the home page, reads it, and starts its check.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, checkLink, course, expectPath, expectHeading, pathOf, lesson, onQuestion,
  openHome, openLesson, progressValues, textOf, expectUnchecked, expectNothingSelected,
  visibleOutside,
} from './learner.mjs';

test('the home page lists every lesson by title and leads to it', async ({ page }) => {
  await openHome(page);
  for (const l of course) {
    expect(await page.getByRole('link', { name: l.title, exact: true }).count(), `home links to "${l.title}"`).toBeGreaterThanOrEqual(1);
  }
  await page.getByRole('link', { name: lesson.title, exact: true }).first().click();
  await expectPath(page, pathOf.lesson());
  await expectHeading(page, lesson.title);
});

test('the lesson page shows title, series, reading time, review date and every section', async ({ page }) => {
  await openLesson(page);
  // Outside the <h1>, which may contain the same words (the seed's title starts with its series).
  const visible = (text) => visibleOutside(page, text, 'h1, title, .crumb');
  expect(await visible(lesson.series), `series "${lesson.series}" visible`).toBe(true);
  expect(await visible(`${lesson.minutes} min`), `"${lesson.minutes} min" visible`).toBe(true);
  expect(await visible(`Reviewed ${lesson.reviewed}`), `"Reviewed ${lesson.reviewed}" visible`).toBe(true);

  const h2s = (await page.locator('h2').allTextContents()).map((t) => t.trim());
  for (const s of lesson.sections) {
    expect(h2s.includes(s.title), `section "${s.title}" is an <h2>; h2s: ${JSON.stringify(h2s)}`).toBeTruthy();
  }
  // Sections appear in content order.
  const positions = lesson.sections.map((s) => h2s.indexOf(s.title));
  expect(positions, 'sections in content order').toStrictEqual([...positions].sort((a, b) => a - b));
});

test('**bold** in the lesson text becomes <strong>, and markup is shown as text', async ({ page }) => {
  const bold = lesson.sections.flatMap((s) => [...s.body.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]));
  expect(bold.length > 0, `the lesson ${lesson.id} has **bold** text to check`).toBeTruthy();
  await openLesson(page);
  const strong = (await page.locator('strong').allTextContents()).map((t) => t.trim());
  for (const b of bold) expect(strong.includes(b), `"${b}" is a <strong>; strongs: ${JSON.stringify(strong)}`).toBeTruthy();
  const text = await textOf(page.locator('body'));
  expect(text.includes('**'), 'no literal ** left in the page text').toBe(false);
  // Any markup the content holds (e.g. "<b>") must appear literally, not as elements.
  for (const s of lesson.sections) {
    for (const m of s.body.matchAll(/<[a-z][^>]*>/gi)) {
      expect(text.includes(m[0]), `markup ${m[0]} shown literally`).toBeTruthy();
    }
  }
  expect(await page.locator('main script, article script, main iframe, main img[onerror]').count(), 'no elements injected by lesson text').toBe(0);
});

test('"Start the check" leads to question 1 with nothing checked', async ({ page }) => {
  await openLesson(page);
  expect(await checkLink(page, 'Continue the check').count(), 'no "Continue" before any attempt').toBe(0);
  expect(await checkLink(page, 'Retake the check').count(), 'no "Retake" before any attempt').toBe(0);
  await checkLink(page, 'Start the check').click();
  const q = await onQuestion(page, 1);
  expect(await progressValues(page)).toStrictEqual({ now: 0, max: TOTAL });
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);
  // Back to the lesson, the link now continues the attempt in progress.
  await page.goBack();
  await expectHeading(page, lesson.title);
  await expect(checkLink(page, 'Continue the check'), '"Continue the check" during an attempt').toHaveCount(1);
  expect(await checkLink(page, 'Start the check').count(), 'no "Start the check" during an attempt').toBe(0);
});
