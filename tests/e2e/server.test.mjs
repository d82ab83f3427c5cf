// The test server behaves like GitHub Pages for a project site under /lectern/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';

let dir;
let server;
before(async () => {
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
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (p) => fetch(server.origin + p, { redirect: 'manual' });

test('serves under /lectern/ on 127.0.0.1', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/lectern\/$/);
});

test('/lectern redirects to /lectern/, which is index.html', async () => {
  const r = await get('/lectern');
  assert.equal(r.status, 301);
  assert.equal(r.headers.get('location'), '/lectern/');
  const index = await get('/lectern/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  assert.match(await index.text(), /<title>index<\/title>/);
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
    assert.equal(r.status, 200, file);
    assert.match(r.headers.get('content-type'), type, file);
  }
});

test('missing files: plain 404, or 404.html with status 404 once it exists', async () => {
  assert.equal((await get('/lectern/nope.js')).status, 404);
  assert.equal((await get('/elsewhere/index.html')).status, 404);
  assert.equal((await get('/lectern/../../etc/passwd')).status, 404);
  writeFileSync(path.join(dir, '404.html'), 'custom not found');
  const r = await get('/lectern/nope.js');
  assert.equal(r.status, 404);
  assert.equal(await r.text(), 'custom not found');
});
