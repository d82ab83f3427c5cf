// trunk post_build step: adds a strict Content-Security-Policy to the staged index.html.
// trunk's loader is an inline module script, so the policy allows exactly that script by
// its SHA-256 hash (computed here, for this build) and never 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
// The policy must come before anything it governs: right after the charset.
html = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
if (!html.includes(meta)) throw new Error(`${file}: no <meta charset="utf-8" /> to place the policy after`);
writeFileSync(file, html);
console.log(`csp: ${inline.length} inline script(s) allowed by hash`);
