// A learner reloads or shares any address: each one lands on the same screen, and
// addresses that cannot be shown yet lead somewhere sensible. Every screen has a path
// under /lectern/ (`local-models/check/3/`); links from releases that routed on the hash
// (`#/local-models/check/3`) still lead to the same screen, at its path.
import { expect, test } from './fixtures.mjs';
import {
  TOTAL, answerQuestion, appReady, checkLink, correctOption, currentPath, expectChecked, expectHeading,
  expectNothingSelected, expectPath, expectScore, expectUnchecked, finishCheck, goOn, lesson,
  onQuestion, openAt, openHome, openLesson, optionOrder, pathOf, progressValues, reload,
  routesOf, startCheck, whenPasses, wrongOption,
} from './learner.mjs';

test('a reload at every address on the way through the check lands on the same screen', async ({ page }) => {
  await openHome(page);
  await reload(page);
  await expectHeading(page, 'Lectern');
  expect(await currentPath(page)).toBe(pathOf.home());

  await openLesson(page);
  await reload(page);
  await expectHeading(page, lesson.title);
  expect(await currentPath(page)).toBe(pathOf.lesson());

  await checkLink(page, 'Start the check').click();
  let score = 0;
  for (let n = 1; n <= TOTAL; n++) {
    const pick = n % 3 === 0 ? wrongOption : correctOption;
    const { q, chosen, order } = await answerQuestion(page, n, pick);
    if (chosen.correct) score++;
    await reload(page);
    const again = await onQuestion(page, n);
    expect(again.id, `same question at ${pathOf.question(n)} after reload`).toBe(q.id);
    expect(await optionOrder(page, again), `same option order at question ${n}`).toStrictEqual(order);
    await expectChecked(page, again, chosen);
    await goOn(page, n);
  }
  await reload(page);
  await expectHeading(page, 'Your result');
  expect(await currentPath(page)).toBe(pathOf.result());
  await expectScore(page, score);
});

/**
 * What the address `route` (from `routesOf`) shows a learner who has finished the check
 * once with every answer right and is at question `at` of a retake: asserts the screen
 * and the address it ends at.
 */
async function expectScreenOf(page, route, at) {
  switch (route.kind) {
    case 'home':
      await expectHeading(page, 'Lectern');
      break;
    case 'review':
      await expectHeading(page, 'Nothing to review today');
      break;
    case 'progress':
      await expectHeading(page, 'Your progress');
      break;
    case 'lesson':
      await expectHeading(page, lesson.title);
      await expect(checkLink(page, 'Continue the check')).toHaveCount(1);
      break;
    case 'section':
      await expectHeading(page, lesson.title);
      // A section's address puts the learner at that section's heading.
      await whenPasses(async () =>
        expect(await page.evaluate(() => document.activeElement?.textContent), `focus on "${route.section.title}"`).toBe(route.section.title),
      );
      break;
    case 'history':
      await expectHeading(page, 'Your scores');
      await expect(page.locator('table.history tbody tr')).toHaveCount(1);
      break;
    case 'question': {
      // Questions past the first unchecked one are not open yet: the address becomes that one's.
      const n = Math.min(route.n, at);
      const q = await onQuestion(page, n);
      if (n < at) await expectChecked(page, q, correctOption(q));
      else await expectUnchecked(page, q);
      return;
    }
    case 'result':
      await expectHeading(page, 'Your result');
      await expectScore(page, TOTAL);
      break;
    default:
      throw new Error(`no expectation for a ${route.kind} page`);
  }
  await expectPath(page, route.path);
}

test('every address under /lectern/, opened directly and reloaded, shows its own screen', async ({ page }) => {
  test.setTimeout(240_000); // a whole check, a part of another, and two loads of every address
  await startCheck(page);
  await finishCheck(page);
  await page.getByRole('button', { name: 'Retake the check', exact: true }).click();
  const AT = Math.min(3, TOTAL);
  for (let n = 1; n < AT; n++) {
    await answerQuestion(page, n);
    await goOn(page, n);
  }
  await onQuestion(page, AT);

  for (const route of routesOf([lesson])) {
    await openAt(page, route.path);
    await expectScreenOf(page, route, AT);
    await reload(page);
    await expectScreenOf(page, route, AT);
  }
});

test('a fresh visitor opening check/5 starts an attempt at question 1', async ({ page }) => {
  const n = Math.min(5, TOTAL);
  await openAt(page, pathOf.question(n));
  const q = await onQuestion(page, 1);
  await expectUnchecked(page, q);
  await expectNothingSelected(page, q);
  expect(await progressValues(page)).toStrictEqual({ now: 0, max: TOTAL });
  // The address was replaced, not added: Back does not return to check/n.
  await page.goBack().catch(() => {});
  expect(page.url().endsWith(pathOf.question(n)), `Back does not lead to ${pathOf.question(n)}: ${page.url()}`).toBe(false);
});

test('an address past the first unchecked question shows the first unchecked one', async ({ page }) => {
  await openLesson(page);
  await checkLink(page, 'Start the check').click();
  for (const n of [1, 2]) {
    await answerQuestion(page, n);
    await goOn(page, n);
  }
  await onQuestion(page, 3);
  await openAt(page, pathOf.question(TOTAL));
  const q = await onQuestion(page, 3);
  await expectUnchecked(page, q);
  // Visiting a checked question is allowed and shows it as checked.
  await openAt(page, pathOf.question(1));
  const first = await onQuestion(page, 1);
  await expectChecked(page, first, correctOption(first));
});

test('the result address with no finished attempt shows the lesson', async ({ page }) => {
  await openAt(page, pathOf.result());
  await expectPath(page, pathOf.lesson());
  await expectHeading(page, lesson.title);
  expect(await checkLink(page, 'Start the check').count()).toBe(1);
});

test('an unknown lesson shows "Page not found" with a way home', async ({ page }) => {
  for (const address of ['no-such-lesson/', 'no-such-lesson/check/1/', 'no-such-lesson/result/', 'no-such-lesson', '#/no-such-lesson']) {
    await openHome(page); // so the heading below is new, not left over
    await openAt(page, address);
    await expectHeading(page, 'Page not found');
  }
  await page.getByRole('link', { name: 'Go to the home page', exact: true }).click();
  await expectHeading(page, 'Lectern');
  await expectPath(page, pathOf.home());
  expect(await page.getByRole('link', { name: lesson.title, exact: true }).count()).toBeGreaterThanOrEqual(1);
});

test('the empty address of a first visit is the home page', async ({ page }) => {
  await openAt(page, '');
  await expectHeading(page, 'Lectern');
  expect(await currentPath(page)).toBe(pathOf.home());
});

test('Back and Forward move between the lesson and questions, and the app follows', async ({ page }) => {
  await openLesson(page);
  await checkLink(page, 'Start the check').click();
  const first = await answerQuestion(page, 1);
  await goOn(page, 1);
  await onQuestion(page, 2);

  await page.goBack();
  const q = await onQuestion(page, 1);
  await expectChecked(page, q, first.chosen);
  await page.goBack();
  await expectPath(page, pathOf.lesson());
  await expectHeading(page, lesson.title);
  await page.goForward();
  await onQuestion(page, 1);
  await page.goForward();
  const second = await onQuestion(page, 2);
  await expectUnchecked(page, second);

  // Across a page load: an address typed, then Back to a question the app had moved to.
  await openHome(page);
  await page.goBack();
  await appReady(page);
  await expectUnchecked(page, await onQuestion(page, 2));
  await page.goForward();
  await expectHeading(page, 'Lectern');
  await expectPath(page, pathOf.home());
});

// ---------------------------------------------------------------------------------------
// Links from releases that routed on the hash.

/**
 * Opens `address` in a new tab, as a shared link would be, and returns the tab with
 * how many documents it loaded and its history length once the app is at `path`.
 */
async function openLink(newPage, base, address, path) {
  const tab = await newPage();
  let loads = 0;
  tab.on('load', () => loads++);
  await tab.goto(base + address);
  await appReady(tab);
  await expectPath(tab, path, `${address} ends at ${path}`);
  // Long enough for a reload, or another replaced address, to show if the app caused one.
  await tab.waitForTimeout(500);
  expect(await currentPath(tab), `${address} stays at ${path}`).toBe(path);
  return { tab, loads, length: await tab.evaluate(() => history.length) };
}

test('old hash links lead to the same screen at its path, with no reload loop', async ({ page, base, newPage }) => {
  await startCheck(page);
  for (const n of [1, 2]) {
    await answerQuestion(page, n);
    await goOn(page, n);
  }
  const third = await onQuestion(page, 3);

  const links = [
    [`#/${lesson.id}`, pathOf.lesson(), async (tab) => expectHeading(tab, lesson.title)],
    [`#/${lesson.id}/check/3`, pathOf.question(3), async (tab) => {
      const q = await onQuestion(tab, 3);
      expect(q.id, 'the question in progress').toBe(third.id);
      await expectUnchecked(tab, q);
    }],
    ['#/review', pathOf.review(), async (tab) => expectHeading(tab, 'Nothing to review today')],
  ];
  for (const [address, path, expectScreen] of links) {
    const old = await openLink(newPage, base, address, path);
    await expectScreen(old.tab);
    // The same screen opened at its path, the same way: as many loads and history entries.
    const direct = await openLink(newPage, base, path, path);
    expect(old.loads, `${address}: loaded once, as its path is`).toBe(direct.loads);
    expect(old.length, `${address}: the old address is replaced, not added to history`).toBe(direct.length);
    await old.tab.close();
    await direct.tab.close();
  }
});
