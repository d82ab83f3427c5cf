// trunk post_build step: adds a strict Content-Security-Policy to the staged index.html,
// the template every page is copied from (so every page has the same policy). The inline
// scripts (trunk's loader, the globals hydration reads) and the inline style sheet (inlined
// so the first paint waits for no second request) are allowed by their SHA-256 hashes,
// computed here for this build; never 'unsafe-inline'. A JSON data block
// (`<script type="application/json">`) is never run, so it needs no hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist', 'index.html');
let html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hash = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const hashes = inline.map(hash);
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styles.join(' ')}`.trim(),
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
console.log(`csp: ${inline.length} inline script(s) and ${styles.length} style sheet(s) allowed by hash`);
