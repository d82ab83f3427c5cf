// Writes the plain-JavaScript floor (bench/plain-floor/floor.js) beside a release build:
// Lectern's own first question page (dist/local-models/check/1/index.html: its markup, its
// style sheet, its Content-Security-Policy) with every script taken out and floor.js put
// in, so the page differs from Lectern's only in what runs on a click.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  const scripts = '<script src="plain-floor-data.js" defer></script><script src="plain-floor.js" defer></script>';
  const dir = path.join(out, lesson.id, 'check', '1');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), stripped.replace('</head>', `${scripts}</head>`));
  const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const questions = lesson.questions.map((q) => ({
    id: q.id,
    prompt: esc(q.prompt),
    explanation: esc(q.explanation),
    options: q.options.map((o) => ({ id: o.id, text: esc(o.text), correct: !!o.correct, feedback: esc(o.feedback) })),
  }));
  writeFileSync(path.join(out, 'plain-floor-data.js'), `const QUESTIONS = ${JSON.stringify(questions)};\n`);
  copyFileSync(path.join(HERE, 'plain-floor', 'floor.js'), path.join(out, 'plain-floor.js'));
  return `${lesson.id}/check/1/`;
}
