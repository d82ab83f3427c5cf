// The lessons `make import` wrote from the fixture question banks (tests/fixtures/import:
// mdbook-quiz, quizdown, GIFT), built as a course (tests/fixtures/imported, make
// test-e2e-imported): a lesson with no sections leads straight to its check, and the first
// question of a lesson from each format is answered right in the browser.

import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { REPO_ROOT, loadCourse, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';

const course = loadCourse(path.join(REPO_ROOT, 'tests/fixtures/imported'));
/** The format a lesson came from, as its summary names it. */
const formatOf = (l) => l.summary.match(/\(([^)]+)\)\.$/)?.[1];
const formats = ['mdbook-quiz', 'quizdown', 'GIFT'];

for (const format of formats) {
  test(`a question imported from ${format} is answered right`, async ({ page }) => {
    const l = course.find((x) => formatOf(x) === format && (x.questions[0].kind ?? 'single') !== 'order');
    expect(l, `a lesson imported from ${format}`).toBeTruthy();
    await openAt(page, pathOf.lesson(l.id));
    expect(l.sections.length, 'a question bank has no lesson text').toBe(0);
    await page.getByRole('link', { name: 'Start the check' }).click();
    await whenPasses(async () => expect(await textOf(page.locator('.progress-label'))).toBe(`Question 1 of ${l.questions.length}`));
    const q = l.questions[0];
    if (q.kind === 'typed') {
      await page.locator('#typed-answer').fill(q.accept[0]);
    } else {
      for (const o of q.options.filter((x) => x.correct)) await page.locator(`#option-${o.id}`).check();
    }
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await whenPasses(async () => expect(await textOf(page.locator('.feedback .verdict'))).toBe('Correct.'));
  });
}
