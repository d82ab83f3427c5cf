// Writes the plain-JavaScript floor (bench/plain-floor/floor.js) beside a release build:
// Lectern's own first question page (dist/local-models/check/1/index.html: its markup, its
// style sheet, its Content-Security-Policy) with every script taken out and floor.js put
// in (inline, allowed by its hash), so the page differs from Lectern's only in what runs on a click.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const HERE = path.dirname(new URL(import.meta.url).pathname);

export function writePlainFloor({ dist, out, lesson }) {
  const page = readFileSync(path.join(dist, lesson.id, 'check', '1', 'index.html'), 'utf8');
  const stripped = page
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload|manifest|icon|apple-touch-icon)"[^>]*>/g, '');
  // Paths are relative to the page's <base href="/lectern/">, served from `out`.
  for (const [, href] of stripped.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const rel = href.replace(/^\/lectern\//, '');
    mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    copyFileSync(path.join(dist, rel), path.join(out, rel));
  }
  const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const questions = lesson.questions.map((q) => ({
    id: q.id,
    prompt: esc(q.prompt),
    explanation: esc(q.explanation),
    options: q.options.map((o) => ({ id: o.id, text: esc(o.text), correct: !!o.correct, feedback: esc(o.feedback) })),
  }));
  // Inline in <head>, allowed by its hash in the page's policy: the page answers as soon as
  // its first card can be clicked, with no second request.
  const script = `const QUESTIONS = ${JSON.stringify(questions).replace(/</g, '\\u003c')};\n${readFileSync(path.join(HERE, 'plain-floor', 'floor.js'), 'utf8')}`;
  const hash = createHash('sha256').update(script).digest('base64');
  const withPolicy = stripped.replace(/script-src 'self'/, () => `script-src 'self' 'sha256-${hash}'`);
  if (withPolicy === stripped && /Content-Security-Policy/.test(stripped)) throw new Error('plain floor: no script-src in the page\'s policy to allow the script by its hash');
  const dir = path.join(out, lesson.id, 'check', '1');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), withPolicy.replace('</head>', () => `<script>${script}</script></head>`));
  return `${lesson.id}/check/1/`;
}
