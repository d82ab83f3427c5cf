// A tiny static server for the end-to-end tests, with no dependencies. It serves a built
// site under the sub-path /lectern/, the way GitHub Pages serves a project site:
//
//   /lectern          -> 301 to /lectern/
//   /lectern/         -> index.html
//   /lectern/<dir>/   -> that folder's index.html (every route's page is one)
//   /lectern/<dir>    -> 301 to /lectern/<dir>/ when the folder exists
//   /lectern/<file>   -> that file, or 404.html (status 404) if the build has one
//   anything else     -> plain 404
//
// Used in-process by the test fixtures (fixtures.mjs), bench/run.mjs and
// scripts/screenshots.mjs, or by hand:
//   node tests/e2e/server.mjs [dir] [port]    (dir defaults to $LECTERN_DIST or dist)

import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_PATH = '/lectern/';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The directory to serve: $LECTERN_DIST (relative to the repo root) or dist. */
export function distDir() {
  return path.resolve(REPO_ROOT, process.env.LECTERN_DIST || 'dist');
}

async function fileAt(file) {
  return (await kindAt(file)) === 'file' ? file : null;
}

/** 'file', 'dir', or null when nothing is there. */
async function kindAt(file) {
  try {
    const s = await stat(file);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/**
 * Serves `dir` under `basePath` (default /lectern/; '/' for a site at the root of its
 * domain, as a user site or a custom domain is) on 127.0.0.1 at an ephemeral port (or
 * `port`). Resolves to { url, origin, port, close() }; `url` ends with the base path.
 * With `gzip: true`, bodies are gzipped for clients that accept it, as GitHub Pages does
 * (the benchmark uses this; the tests do not need it).
 */
export async function startServer(dir = distDir(), { port = 0, gzip = false, basePath = BASE_PATH } = {}) {
  const root = path.resolve(dir);

  const server = createServer(async (req, res) => {
    const send = (status, headers, body) => {
      const zip = gzip && body && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const extra = zip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {};
      res.writeHead(status, { 'cache-control': 'no-store', ...headers, ...extra });
      res.end(req.method === 'HEAD' ? undefined : zip ? gzipSync(body, { level: 9 }) : body);
    };
    const plain404 = () => send(404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n');

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      send(400, { 'content-type': 'text/plain; charset=utf-8' }, 'Bad request\n');
      return;
    }
    // A folder asked for without its slash, as GitHub Pages does: the slash form.
    const toFolder = () => {
      const [raw, ...query] = req.url.split('?');
      send(301, { location: raw + '/' + (query.length ? '?' + query.join('?') : '') }, '');
    };
    if (basePath !== '/' && pathname === basePath.slice(0, -1)) {
      toFolder();
      return;
    }
    if (!pathname.startsWith(basePath)) {
      plain404();
      return;
    }
    let rel = pathname.slice(basePath.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) {
      plain404();
      return;
    }
    try {
      const kind = await kindAt(file);
      if (kind === 'file') {
        send(200, { 'content-type': contentType(file) }, await readFile(file));
        return;
      }
      if (kind === 'dir' && file !== root) {
        toFolder();
        return;
      }
      const notFound = await fileAt(path.join(root, '404.html'));
      if (notFound) {
        send(404, { 'content-type': contentType(notFound) }, await readFile(notFound));
        return;
      }
      plain404();
    } catch (e) {
      send(500, { 'content-type': 'text/plain; charset=utf-8' }, `Server error: ${e.message}\n`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    port: actual,
    url: origin + basePath,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : distDir();
  const port = Number(process.argv[3] ?? 0);
  const { url } = await startServer(dir, { port });
  console.log(`Serving ${dir} at ${url}`);
}
