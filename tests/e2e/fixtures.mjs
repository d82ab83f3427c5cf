// The Playwright fixtures every Lectern end-to-end test runs with: the built site served
// under /lectern/, a fresh browser context per test (the viewport, timeouts and browser
// come from playwright.config.mjs), an optional script run in every page before the app,
// and the rule that an uncaught error in a page fails the test even if its assertions
// passed.
//
// Per-file or per-test options, with test.use({...}):
//   init   { script, arg }: a function (and its argument) added to every page with
//          addInitScript. It sits in an object because Playwright takes a function given
//          to test.use as the fixture's own definition, not as its value.
//   dist   the build to serve (set per project in playwright.config.mjs)
//   and any of Playwright's own context options (javaScriptEnabled, colorScheme, ...).

import path from 'node:path';
import { test as base, expect } from '@playwright/test';

import { REPO_ROOT, startServer } from './server.mjs';

export { expect };

/** The site's address (ending in /lectern/) for each page a test context opened. */
const BASES = new WeakMap();

export const baseOf = (page) => {
  const address = BASES.get(page);
  if (!address) throw new Error('this page was not opened in a test context');
  return address;
};

/** A console message that means the wasm code panicked, even if the panic was caught. */
const PANIC = /panicked at|RuntimeError: unreachable/;

export const test = base.extend({
  init: [undefined, { option: true }],

  dist: [process.env.LECTERN_DIST || 'dist', { option: true, scope: 'worker' }],

  /** Where the build is served: /lectern/ as a project site, or / (set per project). */
  basePath: ['/lectern/', { option: true, scope: 'worker' }],

  // The server lives in the worker, not in Playwright's `webServer`: each project serves
  // its own build (dist/ or dist-fixture/), which a single config-wide webServer cannot,
  // and the in-process server listens on a free port, so nothing else on the machine can
  // collide with it. With one worker it starts once per project run.
  site: [
    async ({ dist, basePath }, use) => {
      const server = await startServer(path.resolve(REPO_ROOT, dist), { basePath });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  /** The absolute path of the build being served. */
  distDir: [async ({ dist }, use) => use(path.resolve(REPO_ROOT, dist)), { scope: 'worker' }],

  /** The site's address, ending in /lectern/. */
  base: async ({ site }, use) => use(site.url),

  /**
   * What went wrong in the test's pages. A test that expects a page error (the panic
   * test) empties `pageErrors` itself.
   */
  log: async ({}, use) => use({ pageErrors: [], consoleErrors: [] }),

  context: async ({ context, site, init, log }, use, testInfo) => {
    const watch = (page) => {
      BASES.set(page, site.url);
      page.on('pageerror', (e) => log.pageErrors.push(`${e.name}: ${e.message}`));
      page.on('crash', () => log.pageErrors.push('the page crashed'));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        log.consoleErrors.push(msg.text());
        if (PANIC.test(msg.text())) log.pageErrors.push(`console: ${msg.text()}`);
      });
    };
    // Every page of the context, the fixture's `page`, `newPage()` and any popup alike,
    // is reported here before it runs anything.
    context.on('page', watch);
    if (init) await context.addInitScript(init.script, init.arg);

    await use(context);

    const consoleErrors = [...new Set(log.consoleErrors)];
    if (consoleErrors.length) await testInfo.attach('console errors', { body: consoleErrors.join('\n'), contentType: 'text/plain' });
    if (log.pageErrors.length) {
      await testInfo.attach('page errors', { body: log.pageErrors.join('\n'), contentType: 'text/plain' });
      // A test that failed already says why; otherwise the page errors are the failure.
      if (testInfo.status === testInfo.expectedStatus) {
        throw new Error(`uncaught errors in the page:\n${log.pageErrors.join('\n')}`);
      }
    }
  },

  /** Opens one more page (tab) in the test's context. */
  newPage: async ({ context }, use) => use(() => context.newPage()),
});
