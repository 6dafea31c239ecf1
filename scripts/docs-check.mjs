// Documentation checks, run in `npm test` after the site is built (`pnpm docs`):
//  1. every guide exists in both languages (docs/guides/id and docs/guides/en hold the same file names),
//     and every package README too: README.md (English) and README.id.md (Bahasa Indonesia) link to each
//     other and have the same headings and code blocks (scripts/readme-parity.mjs);
//  2. every TypeScript code block in the guides and in the packages' READMEs (both languages), and every
//     @example in the packages' JSDoc (scripts/jsdoc-examples), type-checks against the
//     built packages; blocks fenced as "ts run" (or "js run") are also executed; "ts fragment" blocks are
//     skipped on purpose (a partial snippet), JavaScript blocks are syntax-checked;
//  3. every link and asset in the built site resolves to a file of the site;
//  4. generated sections of the docs are fresh (scripts/docs-generate.mjs --check);
//  5. every exported function, class and constant in the API reference has an example (TypeDoc's JSON
//     output; TypeDoc itself already fails the build on an export without a description).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { checkJsdocExamples } from './jsdoc-examples/check.mjs';
import { readmeParity } from './readme-parity.mjs';
import { root, workspacePackages } from './workspace.mjs';

const problems = [];
const log = (text) => console.log(`[docs-check] ${text}`);

// 1. Both languages.
const guides = path.join(root, 'docs', 'guides');
const pages = (lang) =>
  existsSync(path.join(guides, lang))
    ? readdirSync(path.join(guides, lang))
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
const id = pages('id');
const en = pages('en');
for (const page of id)
  if (!en.includes(page)) problems.push(`docs/guides/en/${page} is missing (docs/guides/id/${page} exists)`);
for (const page of en)
  if (!id.includes(page)) problems.push(`docs/guides/id/${page} is missing (docs/guides/en/${page} exists)`);
log(`${id.length} guides in Bahasa Indonesia, ${en.length} in English`);
const readmes = readmeParity();
problems.push(...readmes.problems);
log(`${readmes.pairs.length} package READMEs in both languages compared (links, headings, code blocks)`);

// 2. Code blocks.
const sources = [
  ...id.map((f) => path.join(guides, 'id', f)),
  ...en.map((f) => path.join(guides, 'en', f)),
  ...workspacePackages()
    .map((pkg) => path.join(pkg.dir, 'README.md'))
    .filter((f) => existsSync(f)),
  ...readmes.pairs,
  path.join(root, 'README.md'),
];
// A fence may be indented (a block inside a list item): it closes at the same indentation, which is removed.
const fence = /^([ \t]*)```(\w+)([^\n]*)\n([\s\S]*?)^\1```\s*$/gm;
const work = path.join(root, 'docs', '.check');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const typed = [];
const runnable = [];
const ran = new Set(); // a README.id.md block is the same code as its README.md block: type-checked again, run once
let counter = 0;
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(fence)) {
    const [, indent, lang, info, indented] = match;
    const body = indent ? indented.replace(new RegExp(`^${indent}`, 'gm'), '') : indented;
    const line = text.slice(0, match.index).split('\n').length;
    const where = `${path.relative(root, file)}:${line}`;
    const flags = info.trim().split(/\s+/);
    if (flags.includes('fragment')) continue;
    counter += 1;
    const base = `block-${String(counter).padStart(3, '0')}`;
    if (lang === 'ts' || lang === 'typescript') {
      const name = `${base}.ts`;
      writeFileSync(path.join(work, name), `// ${where}\nexport {};\n${body}`);
      typed.push({ name, where });
      if (flags.includes('run') && !ran.has(body)) runnable.push({ name, where, body });
      ran.add(body);
    } else if (lang === 'js' || lang === 'javascript' || lang === 'cjs' || lang === 'mjs') {
      const isCommonJs = lang === 'cjs' || /\brequire\(/.test(body);
      const name = `${base}.${isCommonJs ? 'cjs' : 'mjs'}`;
      writeFileSync(path.join(work, name), body);
      const syntax = spawnSync(process.execPath, ['--check', path.join(work, name)], { encoding: 'utf8' });
      if (syntax.status !== 0) problems.push(`${where}: JavaScript block does not parse:\n${syntax.stderr}`);
      if (flags.includes('run')) runnable.push({ name, where, body: null });
    }
  }
}
writeFileSync(
  path.join(work, 'tsconfig.json'),
  JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { noUnusedLocals: false, types: ['node'] },
      include: ['*.ts'],
    },
    null,
    2,
  ),
);
if (typed.length > 0) {
  const tsc = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(work, 'tsconfig.json')],
    { encoding: 'utf8' },
  );
  if (tsc.status !== 0) {
    const byFile = new Map(typed.map((block) => [block.name, block.where]));
    const lines = `${tsc.stdout}${tsc.stderr}`
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const hit = /^(block-\d+\.ts)\((\d+),(\d+)\)/.exec(line.replace(/^.*docs\/\.check\//, ''));
        if (!hit) return line;
        const where = byFile.get(hit[1]) ?? hit[1];
        const [file, start] = where.split(/:(?=\d+$)/);
        // The fence is at `start`; the block file has two header lines before the first line of the body.
        return `${file}:${Number(start) + Number(hit[2]) - 2}: ${line.slice(line.indexOf(':', line.indexOf(')')) + 2)}`;
      });
    problems.push(`TypeScript code blocks do not type-check:\n  ${lines.join('\n  ')}`);
  }
}
for (const block of runnable) {
  let target = path.join(work, block.name);
  if (block.body !== null) {
    target = target.replace(/\.ts$/, '.mjs');
    writeFileSync(target, transformSync(block.body, { loader: 'ts', format: 'esm', target: 'node20' }).code);
  }
  const run = spawnSync(process.execPath, [target], { cwd: work, encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0)
    problems.push(`${block.where}: runnable block failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
}
log(`${typed.length} TypeScript blocks type-checked, ${runnable.length} blocks run, from ${sources.length} files`);

// 2b. Every @example in the packages' JSDoc, type-checked against the built packages.
const examples = checkJsdocExamples({
  root,
  packageDirs: workspacePackages()
    .map((pkg) => pkg.dir)
    .filter((dir) => path.basename(path.dirname(dir)) === 'packages'),
  work: path.join(work, 'examples'),
});
if (examples.problems.length > 0)
  problems.push(`JSDoc examples do not type-check:\n  ${examples.problems.join('\n  ')}`);
log(`${examples.count} JSDoc examples type-checked`);

// 3. Links in the built site.
const site = path.join(root, 'docs', '.site');
if (!existsSync(path.join(site, 'index.html'))) {
  problems.push('docs/.site/index.html is missing: run `pnpm run docs` first');
} else {
  let checked = 0;
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  for (const page of walk(site).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(page, 'utf8');
    for (const match of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      const target = match[1];
      if (/^(?:[a-z]+:|#|\/\/)/i.test(target)) continue;
      const withoutHash = decodeURIComponent(target.split('#')[0].split('?')[0]);
      if (!withoutHash) continue;
      checked += 1;
      // Absolute links are site-relative (VitePress writes `/getting-started.html`).
      const resolved = withoutHash.startsWith('/')
        ? path.join(site, withoutHash)
        : path.resolve(path.dirname(page), withoutHash);
      if (!existsSync(resolved)) problems.push(`${path.relative(site, page)}: broken link ${target}`);
    }
  }
  log(`${checked} links and assets in the built site resolve`);
}

// 4. Generated sections.
if (existsSync(path.join(root, 'scripts', 'docs-generate.mjs'))) {
  const fresh = spawnSync(process.execPath, [path.join(root, 'scripts', 'docs-generate.mjs'), '--check'], {
    encoding: 'utf8',
  });
  if (fresh.status !== 0) problems.push(`generated documentation is stale: ${fresh.stdout}${fresh.stderr}`);
  else log('generated documentation sections are fresh');
}
// The README figures come from a `pnpm bench` run; their form (run line, table header, goal column) is checked.
const benchForm = spawnSync(process.execPath, [path.join(root, 'scripts', 'bench-report.mjs'), '--check'], {
  encoding: 'utf8',
});
if (benchForm.status !== 0) problems.push(`generated benchmark sections: ${benchForm.stdout}${benchForm.stderr}`);
else log('generated benchmark sections are well-formed');

// 5. An example for every export.
const apiJson = path.join(site, 'api', 'api.json');
if (!existsSync(apiJson)) {
  problems.push('docs/.site/api/api.json is missing: run `pnpm run docs` first');
} else {
  const api = JSON.parse(readFileSync(apiJson, 'utf8'));
  // Examples are required where they teach: functions, classes and constants (TypeDoc reflection
  // kinds Function, Class, Variable; Module = 2). A type or an interface may have one; an example that
  // would only restate the declaration is left out.
  const documentedKinds = new Map([
    [64, 'function'],
    [128, 'class'],
    [32, 'variable'],
  ]);
  const hasExample = (reflection) => {
    const comment = reflection.comment ?? reflection.signatures?.[0]?.comment;
    return (comment?.blockTags ?? []).some((tag) => tag.tag === '@example');
  };
  let exportsSeen = 0;
  const withoutExample = [];
  const walk = (reflection, module) => {
    for (const child of reflection.children ?? []) {
      if (child.kind === 2) {
        walk(child, module ? `${module}/${child.name}` : child.name);
        continue;
      }
      if (!documentedKinds.has(child.kind)) continue;
      exportsSeen += 1;
      if (!hasExample(child)) {
        const source = child.sources?.[0];
        withoutExample.push(
          `${documentedKinds.get(child.kind)} ${child.name} (${source ? `${source.fileName}:${source.line}` : module})`,
        );
      }
    }
  };
  walk(api, '');
  if (withoutExample.length > 0)
    problems.push(
      `${withoutExample.length} exports have no @example in their JSDoc:\n  ${withoutExample.join('\n  ')}`,
    );
  else log(`${exportsSeen} functions, classes and constants in the API reference, each with an example`);
}

if (problems.length > 0) {
  console.error(`[docs-check] FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
log('passed');
