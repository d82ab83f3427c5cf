// The fixture course built with tests/fixtures/site/german.toml (make build-german): the
// site's title, description, colour and links everywhere a page names the site, and the
// interface in German.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '../fixtures.mjs';
import { openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { clockAt } from '../course/lib.mjs';
import { lesson, walk } from './walk.mjs';

const TITLE = 'Lokale Modelle';
const DESCRIPTION = 'Kurze Lektionen mit einer Abschlussprüfung und sofortiger Rückmeldung.';
const meta = (page, attr, name) => page.locator(`meta[${attr}="${name}"]`).getAttribute('content');

test('every page names the site as site.toml does, in its title, header and previews', async ({ page }) => {
  await openAt(page, pathOf.home());
  await expect(page).toHaveTitle(TITLE);
  expect(await textOf(page.locator('.brand'))).toBe(TITLE);
  expect(await textOf(page.locator('h1'))).toBe(TITLE);
  expect(await textOf(page.locator('.lede'))).toBe(DESCRIPTION);
  expect(await meta(page, 'name', 'description')).toBe(DESCRIPTION);
  expect(await meta(page, 'property', 'og:site_name')).toBe(TITLE);
  expect(await meta(page, 'property', 'og:title')).toBe(TITLE);
  expect(await meta(page, 'property', 'og:description')).toBe(DESCRIPTION);
  expect(await meta(page, 'name', 'theme-color')).toBe('#7a3e9d');
  expect(await page.locator('html').getAttribute('lang')).toBe('de');
  expect(await page.locator('html').getAttribute('dir')).toBe('ltr');

  await openAt(page, pathOf.lesson(lesson.id));
  await expect(page).toHaveTitle(`${lesson.title} · ${TITLE}`);
  expect(await meta(page, 'property', 'og:site_name')).toBe(TITLE);
  expect(await page.locator('html').getAttribute('lang')).toBe('de');
  // The app sets the title as the learner moves on, in the same words.
  await page.locator('.check-call a.button.primary').click();
  await expect(page).toHaveTitle(`Frage 1 · ${lesson.title} · ${TITLE}`);
});

test('the footer names the author, the licence and the links', async ({ page }) => {
  await openAt(page, pathOf.home());
  const footer = page.locator('.site-footer');
  expect(await textOf(footer)).toContain('Dein Fortschritt wird nur in diesem Browser gespeichert.');
  expect(await textOf(footer)).toContain('Von Lectern-Team · Lizenz: CC BY 4.0');
  await expect(footer.getByRole('link', { name: 'Quelltext' })).toHaveAttribute('href', 'https://example.org/lokale-modelle');
  await expect(footer.getByRole('link', { name: 'Website' })).toHaveAttribute('href', 'https://example.org/');
});

test('the manifest carries the site name, description, language and colour', async ({ page, distDir, base }) => {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8'));
  expect(manifest).toMatchObject({
    name: TITLE,
    short_name: TITLE,
    description: DESCRIPTION,
    theme_color: '#7a3e9d',
    lang: 'de',
    dir: 'ltr',
  });
  const served = await page.request.get(`${base}manifest.webmanifest`);
  expect((await served.json()).name).toBe(TITLE);
});

test('the interface speaks German on every screen, plurals and dates included', async ({ page }) => {
  const seen = {};
  await walk(page, async (name) => {
    seen[name] = await textOf(page.locator('body'));
  });
  expect(seen.home).toContain('Beginnen: ');
  expect(seen.home).toMatch(/\d+ Min\. · \d+ Fragen?/);
  expect(seen.lesson).toContain('Test zum Abschluss der Lektion');
  expect(seen.lesson).toContain(`${lesson.questions.length} Fragen, mit Rückmeldung nach jeder.`);
  expect(seen.question).toContain(`Frage 1 von ${lesson.questions.length}`);
  expect(seen['question with the "choose first" hint']).toContain('Wähle zuerst eine Antwort und prüfe sie dann.');
  expect(seen['question after checking']).toMatch(/Richtig\.|Nicht ganz\./);
  expect(seen.result).toContain('Dein Ergebnis');
  expect(seen.result).toContain('Test wiederholen');
  // 25 November 2026 (the test clock) as German writes it.
  expect(seen.history).toContain('25. Nov. 2026');
  expect(seen.history).toContain('Bestes Ergebnis');
  expect(seen.progress).toContain('Fortschritt exportieren');
  expect(seen['reset dialog']).toContain('Fortschritt zurücksetzen?');
  expect(seen['home with reviews due']).toMatch(/Zu wiederholen: \d+ Fragen?/);
  expect(seen.review).toContain('Wiederholung 1 von');
  expect(seen['page not found']).toContain('Seite nicht gefunden');
});

test.describe(() => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the crash message is in German, its copy button too', async ({ page, log }) => {
    await clockAt(page);
    await openAt(page, pathOf.lesson(lesson.id));
    await page.evaluate(() => { try { window.wasmBindings.lecternTestPanic(); } catch { /* the trap */ } });
    await whenPasses(async () => expect(await textOf(page.locator('.crash h1'))).toBe('Etwas ist schiefgegangen. Dein Fortschritt ist gespeichert.'));
    await page.getByRole('button', { name: 'Angaben kopieren' }).click();
    await whenPasses(async () => expect(await textOf(page.locator('[data-copy]'))).toBe('Kopiert'));
    await expect(page.getByRole('link', { name: 'Neu laden' })).toBeVisible();
    // The deliberate panic is expected here; the test fails on any other page error.
    log.pageErrors.length = 0;
  });
});
