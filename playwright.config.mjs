// Lectern's end-to-end tests, run by Playwright's own runner in Debian's Chromium.
//
//   seed    tests/e2e/*.test.mjs against the release build in dist/ (make test-e2e-seed)
//   course  tests/e2e/course/*.test.mjs against the fixture course in dist-fixture/, built
//           with the test-hooks feature (make test-e2e-course)
//   german, arabic, pseudo
//           tests/e2e/languages/<name>.test.mjs against the fixture course built with
//           another site.toml or the pseudo-locale, in dist-<name>/ (make test-e2e-languages)
//
// The Makefile builds first; these only serve what is there. LECTERN_DIST overrides the
// seed build's folder, LECTERN_CONTENT the lesson files the answer key is read from, and
// LECTERN_CHROMIUM the browser.

import { defineConfig } from '@playwright/test';

export default defineConfig({
  outputDir: 'tests/e2e/artifacts',
  // One worker: the machine has two cores, and the paint and hydration tests measure
  // timing that a second browser running beside them would disturb.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // A whole check with a reload at each question makes a few thousand browser calls, and
  // recording each for the trace roughly doubles their cost on two busy cores: 60 s, the
  // old harness's limit, is not enough for the longest of them.
  timeout: 120_000,
  // Polling assertions wait as long as the old harness did: 8 s, every 50 ms.
  expect: { timeout: 8_000, toPass: { timeout: 8_000, intervals: [50] } },
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.LECTERN_CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    viewport: { width: 1000, height: 800 },
    actionTimeout: 10_000,
    navigationTimeout: 10_000,
    trace: 'retain-on-failure',
    screenshot: { mode: 'only-on-failure', fullPage: true },
  },
  projects: [
    {
      name: 'seed',
      testDir: 'tests/e2e',
      testMatch: '*.test.mjs',
      testIgnore: ['course/**', 'paths/**', 'problems/**', 'languages/**', 'imported/**'],
      use: { dist: process.env.LECTERN_DIST || 'dist' },
    },
    // The same tests against a build for the root of a domain (a user site or a custom
    // domain) and one for a project site's sub-path: make test-e2e-paths.
    {
      name: 'root',
      testDir: 'tests/e2e/paths',
      testMatch: '*.test.mjs',
      use: { dist: 'dist-root', basePath: '/' },
    },
    {
      name: 'repo',
      testDir: 'tests/e2e/paths',
      testMatch: '*.test.mjs',
      use: { dist: process.env.LECTERN_DIST || 'dist', basePath: '/lectern/' },
    },
    // The lessons make import wrote from the fixture question banks.
    {
      name: 'imported',
      testDir: 'tests/e2e/imported',
      testMatch: '*.test.mjs',
      use: { dist: 'dist-imported' },
    },
    // The broken fixture lessons built as `make serve` builds them: the problems page.
    {
      name: 'problems',
      testDir: 'tests/e2e/problems',
      testMatch: '*.test.mjs',
      use: { dist: 'dist-problems' },
    },
    {
      name: 'course',
      testDir: 'tests/e2e/course',
      testMatch: '*.test.mjs',
      use: { dist: 'dist-fixture' },
    },
    ...['german', 'arabic', 'pseudo'].map((name) => ({
      name,
      testDir: 'tests/e2e/languages',
      testMatch: `${name}.test.mjs`,
      use: { dist: `dist-${name}` },
    })),
  ],
});
