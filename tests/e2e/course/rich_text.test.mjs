// A lesson written with every Markdown block: its code blocks copy with one button, its
// picture comes from the site's media/ folder with its size known before it loads, and
// nothing in it widens a phone's screen.

import { expect, test } from '../fixtures.mjs';
import { baseOf, openAt, pathOf, textOf, whenPasses } from '../learner.mjs';
import { lessonById } from './lib.mjs';

const l = lessonById('rich-text');

test.describe(() => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy puts a code block on the clipboard and says "Copied"', async ({ page }) => {
    await openAt(page, pathOf.lesson(l.id));
    const block = page.locator('.code-block').filter({ hasText: 'def weight_bytes' });
    await block.getByRole('button', { name: 'Copy' }).click();
    await whenPasses(async () => expect(await textOf(block.getByRole('status'))).toBe('Copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator('pre').textContent());
    expect(copied.startsWith('def weight_bytes(parameters: int, bits: int) -> int:\n')).toBeTruthy();
  });
});

test.describe(() => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the picture is served from media/ with its size set, so nothing moves when it loads', async ({ page }) => {
    const images = [];
    page.on('response', (r) => { if (r.url().includes('/media/')) images.push([r.url(), r.status()]); });
    await openAt(page, pathOf.lesson(l.id));
    const img = page.getByRole('img', { name: /^Bar chart: 14 GB at 16 bits/ });
    expect(await img.getAttribute('width')).toBe('480');
    expect(await img.getAttribute('height')).toBe('240');
    expect(await img.getAttribute('loading'), 'not in the first section: lazy').toBe('lazy');
    expect(await img.getAttribute('src')).toMatch(/^media\/gpu-memory-[0-9a-f]{8}\.png$/);
    const before = await img.boundingBox();
    expect(before.height, 'space kept at the picture\'s ratio before it loads').toBeCloseTo((before.width * 240) / 480, 0);
    const shifts = await page.evaluate(() => new Promise((done) => {
      let total = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
      document.querySelector('.prose img').scrollIntoView();
      setTimeout(() => done(total), 1000);
    }));
    await whenPasses(async () => expect(await img.evaluate((i) => i.complete && i.naturalWidth)).toBe(480));
    const after = await img.boundingBox();
    expect(after.height).toBeCloseTo(before.height, 0);
    expect(shifts, 'layout shift while the picture loads').toBeLessThan(0.01);
    expect(images.length).toBeGreaterThan(0);
    expect(images.every(([, status]) => status === 200)).toBeTruthy();
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(scroll, 'code and tables scroll inside their boxes, not the page').toBeLessThanOrEqual(width);
  });
});

test('no style attribute and no on… attribute reaches a rich page, as built or as shown', async ({ page }) => {
  // In the page: every `style` or `on…` attribute of the elements `selector` finds in `doc`.
  const find = ([html, selector]) => {
    const doc = html ? new DOMParser().parseFromString(html, 'text/html') : document;
    return [...doc.querySelectorAll(selector)]
      .flatMap((el) => [...el.attributes].filter((a) => a.name === 'style' || a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
  };
  for (const address of [pathOf.lesson(l.id), pathOf.question(1, l.id), pathOf.lesson('hostile')]) {
    await openAt(page, address);
    const built = await (await page.request.get(baseOf(page) + address)).text();
    expect(await page.evaluate(find, [built, '*']), `${address} as built`).toStrictEqual([]);
    // The app itself sets styles through the CSSOM (a progress bar's width); author text never.
    const authored = '.prose *, .question-prompt *, .option-text *';
    expect(await page.evaluate(find, ['', authored]), `${address} as shown`).toStrictEqual([]);
  }
});
