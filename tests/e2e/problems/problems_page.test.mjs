// Under `make serve` (LECTERN_PROBLEMS_PAGE=1) a broken lesson does not leave the browser on
// the old build: the site becomes one page showing the problems as the build prints them,
// each with its line and a caret, until they are fixed. Built over the broken fixture
// lessons into dist-problems/ (make test-e2e-problems).

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { REPO_ROOT } from '../learner.mjs';

const fixture = (name) => readFileSync(path.join(REPO_ROOT, 'tests/fixtures/lessons', name), 'utf8');

test('a broken lesson shows its problems, line and caret, in the page', async ({ page, base }) => {
  const response = await page.goto(base);
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The lessons have problems');
  const shown = await page.locator('pre').textContent();
  // The unknown-section fixture: its line as written, a caret under the section named.
  const text = fixture('unknown_section.toml');
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('section = "three"'));
  const column = lines[at].indexOf('"three"');
  expect(shown).toContain(`tests/fixtures/lessons/unknown_section.toml:${at + 1}:${column + 1}`);
  expect(shown).toContain(`${at + 1} | ${lines[at]}`);
  expect(shown).toContain(`| ${' '.repeat(column)}${'^'.repeat('"three"'.length)}`);
  expect(shown).toContain('help: write one of this lesson\'s section ids: one, two');
  // Every broken fixture is named; the valid one is not.
  expect(shown).toContain('bad_id.toml');
  expect(shown).not.toContain('valid_two_sections.toml');
  // Any address shows the same page.
  await page.goto(`${base}some-lesson/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The lessons have problems');
});
