// Writes a generated course for the scale benchmark: LESSONS lessons of QUESTIONS questions
// each, in the same TOML format authors write. Usage: node bench/gen-course.mjs DIR [lessons] [questions]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir, lessons = 200, questions = 15] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const words = 'local model batch token cost quality offline privacy weights benchmark hosted ops latency cache'.split(' ');
const text = (seed, n) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');
for (let l = 0; l < Number(lessons); l++) {
  const id = `lesson-${String(l).padStart(3, '0')}`;
  let toml = `id = "${id}"\nseries = "Series ${Math.floor(l / 20)}"\ntitle = "Lesson ${l}: ${text(l, 4)}"\nsummary = "${text(l + 1, 14)}."\nminutes = ${5 + (l % 10)}\nreviewed = "2026"\n`;
  for (let s = 0; s < 3; s++) {
    toml += `\n[[sections]]\nid = "s${s}"\ntitle = "Section ${s}"\nbody = """\n${text(l + s, 40)}.\n\n- ${text(s, 6)}\n- ${text(s + 1, 6)}\n"""\n`;
  }
  for (let q = 0; q < Number(questions); q++) {
    const n = 2 + ((l + q) % 5);
    const opts = Array.from({ length: n }, (_, o) => `  { id = "o${o}", text = "${text(l + q + o, 6)} ${o}"${o === (l + q) % n ? ', correct = true' : ''} },`).join('\n');
    toml += `\n[[questions]]\nid = "q${q}"\nsection = "s${q % 3}"\nprompt = "Question ${q} of lesson ${l}: ${text(q, 10)}?"\nexplanation = "${text(q + l, 16)}."\noptions = [\n${opts}\n]\n`;
  }
  writeFileSync(path.join(dir, `${id}.toml`), toml);
}
console.log(`wrote ${lessons} lessons x ${questions} questions to ${dir}`);
