// Writes an mkdocs project holding the seed lesson (content/local-models.toml) on one page:
// its title, summary, sections' text and its 15 questions in mkdocs-quiz's syntax
// (`<quiz>`, the prompt, `- [x]` / `- [ ]` options, the explanation after them).
// Usage: node bench/gen-mkdocs-quiz.mjs OUT_DIR   (called by bench/build-mkdocs-quiz.sh)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'smol-toml';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = process.argv[2];
if (!out) throw new Error('usage: node bench/gen-mkdocs-quiz.mjs OUT_DIR');
const lesson = parse(readFileSync(path.join(ROOT, 'content', 'local-models.toml'), 'utf8'));

// The lesson's text is Markdown already (paragraphs, lists, bold); only the quiz blocks'
// lines must not start like Markdown list items or quiz options by accident.
const oneLine = (s) => String(s).replace(/\s+/g, ' ').trim();
let md = `# ${oneLine(lesson.title)}\n\n${oneLine(lesson.summary)}\n\n${lesson.minutes} min · Reviewed ${lesson.reviewed}\n`;
for (const s of lesson.sections) md += `\n## ${oneLine(s.title)}\n\n${s.body.trim()}\n`;
md += '\n## End-of-lesson check\n\n<!-- mkdocs-quiz intro -->\n';
for (const q of lesson.questions) {
  if (!Array.isArray(q.options)) throw new Error(`question ${q.id}: mkdocs-quiz takes choice questions only`);
  md += `\n<quiz>\n${oneLine(q.prompt)}\n`;
  for (const o of q.options) md += `- [${o.correct ? 'x' : ' '}] ${oneLine(o.text)}\n`;
  if (q.explanation) md += `\n${oneLine(q.explanation)}\n`;
  md += '</quiz>\n';
}
md += '\n<!-- mkdocs-quiz results -->\n';

// Material's defaults, except web fonts: the bench's network reaches no font host, and a
// page that waits on one would measure the timeout. The system font stack is what
// Material falls back to.
const yml = `site_name: ${JSON.stringify(oneLine(lesson.title))}
theme:
  name: material
  font: false
plugins:
  - search
  - mkdocs_quiz
`;
mkdirSync(path.join(out, 'docs'), { recursive: true });
writeFileSync(path.join(out, 'docs', 'index.md'), md);
writeFileSync(path.join(out, 'mkdocs.yml'), yml);
console.log(`mkdocs-quiz page: ${lesson.questions.length} questions, ${md.length} bytes of Markdown`);
