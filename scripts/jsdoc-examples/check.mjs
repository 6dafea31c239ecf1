// Type-checks every `@example` of the packages' JSDoc against the built packages, as a user would
// write it: each ```ts block of an @example becomes a module of its own, with the names examples
// may assume (a `log`, a `ckan` client, ...) declared with their real types in context.d.ts. An
// example that calls a function that does not exist, passes the wrong options or forgets an import
// fails the gate, with the file and line of the example.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const skippedDirectories = new Set(['node_modules', 'dist', '__fixtures__', 'generated', 'e2e', 'testing']);
const skippedFiles = /\.(test|bench|property)\.tsx?$/;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return skippedDirectories.has(name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !skippedFiles.test(name) ? [full] : [];
  });
}

/** Every ```ts block under an @example tag, with the line of its first line in the source file. */
function examplesOf(text) {
  const examples = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const startLine = text.slice(0, comment.index).split('\n').length;
    const lines = comment[1].split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    let inExample = false;
    let block = null;
    lines.forEach((line, offset) => {
      if (block) {
        if (/^```/.test(line.trim())) {
          examples.push(block);
          block = null;
        } else block.lines.push(line);
        return;
      }
      if (/^@\w+/.test(line.trim())) inExample = line.trim().startsWith('@example');
      const fence = /^```(\w+)/.exec(line.trim());
      if (fence && inExample) {
        if (fence[1] === 'ts' || fence[1] === 'typescript') block = { line: startLine + offset + 1, lines: [] };
        else block = { line: startLine + offset + 1, lines: [], skip: true };
      }
    });
  }
  return examples.filter((example) => !example.skip);
}

/**
 * Writes every example of `packageDirs` into `work` and type-checks them with tsc. Returns the
 * problems, each naming the source file and line of the failing example, and the number checked.
 */
export function checkJsdocExamples({ root, packageDirs, work }) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const origin = new Map();
  let count = 0;
  for (const dir of packageDirs) {
    const src = path.join(dir, 'src');
    if (!existsSync(src)) continue;
    for (const file of sourceFiles(src)) {
      for (const example of examplesOf(readFileSync(file, 'utf8'))) {
        count += 1;
        const name = `example-${String(count).padStart(4, '0')}.ts`;
        origin.set(name, { file: path.relative(root, file), line: example.line });
        writeFileSync(path.join(work, name), `export {};\n${example.lines.join('\n')}\n`);
      }
    }
  }
  copyFileSync(path.join(here, 'context.d.ts'), path.join(work, 'context.d.ts'));
  // Examples of the PostgreSQL store import the drivers a user installs beside it (`pg`, PGlite):
  // link them from where the audit package installs them for its own tests, as a user's install would.
  const auditModules = path.join(root, 'packages', 'audit', 'node_modules');
  for (const module of ['pg', '@types/pg', '@electric-sql/pglite']) {
    const target = path.join(auditModules, module);
    const link = path.join(work, 'node_modules', module);
    mkdirSync(path.dirname(link), { recursive: true });
    if (existsSync(target)) symlinkSync(realpathSync(target), link, 'dir');
  }
  writeFileSync(
    path.join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: path.relative(work, path.join(root, 'tsconfig.base.json')).split(path.sep).join('/'),
      compilerOptions: { noUnusedLocals: false, types: ['node'] },
      include: ['*.ts'],
    }),
  );
  const tsc = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(work, 'tsconfig.json')],
    { encoding: 'utf8' },
  );
  const problems = [];
  if (tsc.status !== 0) {
    for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n').filter(Boolean)) {
      const hit = /(example-\d+\.ts)\((\d+),(\d+)\): (.*)$/.exec(line);
      const source = hit && origin.get(hit[1]);
      // The example file has one header line (`export {};`) before the first line of the example.
      problems.push(source ? `${source.file}:${source.line + Number(hit[2]) - 2}: ${hit[4]}` : line);
    }
  }
  return { count, problems };
}
