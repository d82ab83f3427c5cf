// The test server behaves like GitHub Pages for a project site under /lectern/.
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';

let dir;
let server;
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lectern-e2e-'));
  for (const [name, body] of Object.entries({
    'index.html': '<!doctype html><title>index</title>',
    'app.js': 'export {}',
    'app.wasm': '\0asm',
    'style.css': 'body{}',
    'icon.svg': '<svg/>',
    'data.json': '{}',
    'manifest.webmanifest': '{}',
    'icon.png': 'png',
  })) writeFileSync(path.join(dir, name), body);
  server = await startServer(dir);
});
test.afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (p) => fetch(server.origin + p, { redirect: 'manual' });

test('serves under /lectern/ on 127.0.0.1', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/lectern\/$/);
});

test('/lectern redirects to /lectern/, which is index.html', async () => {
  const r = await get('/lectern');
  expect(r.status).toBe(301);
  expect(r.headers.get('location')).toBe('/lectern/');
  const index = await get('/lectern/');
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await index.text()).toMatch(/<title>index<\/title>/);
});

test('content types', async () => {
  const want = {
    'app.js': /^text\/javascript/,
    'app.wasm': /^application\/wasm$/,
    'style.css': /^text\/css/,
    'icon.svg': /^image\/svg\+xml/,
    'data.json': /^application\/json/,
    'manifest.webmanifest': /^application\/manifest\+json/,
    'icon.png': /^image\/png$/,
  };
  for (const [file, type] of Object.entries(want)) {
    const r = await get('/lectern/' + file);
    expect(r.status, file).toBe(200);
    expect(r.headers.get('content-type'), file).toMatch(type);
  }
});

test('missing files: plain 404, or 404.html with status 404 once it exists', async () => {
  expect((await get('/lectern/nope.js')).status).toBe(404);
  expect((await get('/elsewhere/index.html')).status).toBe(404);
  expect((await get('/lectern/../../etc/passwd')).status).toBe(404);
  writeFileSync(path.join(dir, '404.html'), 'custom not found');
  const r = await get('/lectern/nope.js');
  expect(r.status).toBe(404);
  expect(await r.text()).toBe('custom not found');
});

test('a route is its folder: /lectern/a/check/3/ is that index.html, without the slash a 301 to it', async () => {
  mkdirSync(path.join(dir, 'a', 'check', '3'), { recursive: true });
  writeFileSync(path.join(dir, 'a', 'check', '3', 'index.html'), '<title>question 3</title>');
  const page = await get('/lectern/a/check/3/');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await page.text()).toBe('<title>question 3</title>');
  const bare = await get('/lectern/a/check/3?from=link');
  expect(bare.status).toBe(301);
  expect(bare.headers.get('location')).toBe('/lectern/a/check/3/?from=link');
});

test('an unknown route is 404.html with status 404', async () => {
  writeFileSync(path.join(dir, '404.html'), 'custom not found');
  for (const p of ['/lectern/no-such-lesson/', '/lectern/no-such-lesson', '/lectern/a/check/9/', '/lectern/a/check/']) {
    const r = await get(p);
    expect(r.status, p).toBe(404);
    expect(await r.text(), p).toBe('custom not found');
  }
});
