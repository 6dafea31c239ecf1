// Writes the tables of docs/guides/{id,en}/error-codes.md from each package's error-code reference
// (`src/errors/error-code-reference.ts`, audit: `src/error-code-reference.ts`), so the docs list every
// code the code can produce: the references are `satisfies Record<Code, ErrorCodeReference>`, and a
// code without an entry fails the typecheck. Each package's tables sit between
//   <!-- generated:error-codes <package> -->  and  <!-- /generated -->
// The references are not exported by the packages (they would only weigh on bundles), so they are
// bundled here from source with esbuild, in memory, and imported through a data: URL.
// `node scripts/docs-error-codes.mjs --check` fails (exit 1) when a page is stale instead of writing it;
// scripts/docs-generate.mjs runs it in both modes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as prettier from 'prettier';
import { root } from './workspace.mjs';

/** Which references each package has, in the order of the page, and what kind of code each lists. */
const packages = [
  {
    slug: 'models',
    file: 'packages/models/src/errors/error-code-reference.ts',
    tables: [
      { name: 'modelsErrorCodeReference', kind: 'error' },
      { name: 'modelsIssueCodeReference', kind: 'issue' },
    ],
  },
  {
    slug: 'indicators',
    file: 'packages/indicators/src/errors/error-code-reference.ts',
    tables: [
      { name: 'indicatorsErrorCodeReference', kind: 'error' },
      { name: 'indexInputIssueCodeReference', kind: 'issue' },
      { name: 'methodologyRuleReference', kind: 'issue', prefix: 'methodology.' },
    ],
  },
  {
    slug: 'interop',
    file: 'packages/interop/src/errors/error-code-reference.ts',
    tables: [
      { name: 'interopErrorCodeReference', kind: 'error' },
      { name: 'interopIssueCodeReference', kind: 'issue' },
    ],
  },
  {
    slug: 'audit',
    file: 'packages/audit/src/error-code-reference.ts',
    tables: [
      { name: 'auditErrorCodeReference', kind: 'error' },
      { name: 'verifyFailureReasonReference', kind: 'reason' },
    ],
  },
  {
    slug: 'cli',
    file: 'packages/cli/src/errors/error-code-reference.ts',
    tables: [{ name: 'cliErrorCodeReference', kind: 'error' }],
  },
];

const words = {
  id: {
    error: 'Kode galat (`error.code`)',
    issue: 'Kode masalah (`error.issues[].code`)',
    reason: 'Alasan verifikasi gagal (`reason`)',
    code: 'Kode',
    meaning: 'Arti',
    fix: 'Perbaikan yang lazim',
    generated: 'Tabel ini dibuat otomatis dari kode sumber paket',
  },
  en: {
    error: 'Error codes (`error.code`)',
    issue: 'Issue codes (`error.issues[].code`)',
    reason: 'Failed verification reasons (`reason`)',
    code: 'Code',
    meaning: 'Meaning',
    fix: 'Usual fix',
    generated: 'These tables are generated from the source of the package',
  },
};

/** Every reference, bundled from the TypeScript source into one ES module and imported from memory. */
async function loadReferences() {
  const contents = packages
    .map((pkg) => `export * from ${JSON.stringify(pathToFileURL(path.join(root, pkg.file)).pathname)};`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'error-code-references.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function render(pkg, references, lang) {
  const w = words[lang];
  const lines = [`_${w.generated} \`@spbe-kit/${pkg.slug}\`._`];
  for (const table of pkg.tables) {
    const reference = references[table.name];
    if (!reference) throw new Error(`${pkg.file} does not export ${table.name}`);
    lines.push('', `### ${w[table.kind]}`, '', `| ${w.code} | ${w.meaning} | ${w.fix} |`, '|---|---|---|');
    for (const [code, entry] of Object.entries(reference).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`| \`${table.prefix ?? ''}${code}\` | ${cell(entry.meaning[lang])} | ${cell(entry.fix[lang])} |`);
    }
  }
  return lines.join('\n');
}

/**
 * Writes (or, with `check`, compares) both error-code pages; returns the pages that are stale.
 * @param {boolean} check
 * @returns {Promise<string[]>}
 */
export async function errorCodePages(check) {
  const references = await loadReferences();
  const stale = [];
  for (const lang of ['id', 'en']) {
    const full = path.join(root, 'docs', 'guides', lang, 'error-codes.md');
    const text = readFileSync(full, 'utf8');
    const found = new Set();
    const replaced = text.replace(/<!-- generated:error-codes ([\w-]+) -->[\s\S]*?<!-- \/generated -->/g, (_, slug) => {
      const pkg = packages.find((candidate) => candidate.slug === slug);
      if (!pkg) throw new Error(`${path.relative(root, full)}: unknown package ${slug} in a generated section`);
      found.add(slug);
      return `<!-- generated:error-codes ${slug} -->\n${render(pkg, references, lang)}\n<!-- /generated -->`;
    });
    const missing = packages.filter((pkg) => !found.has(pkg.slug)).map((pkg) => pkg.slug);
    if (missing.length > 0)
      throw new Error(`${path.relative(root, full)} has no <!-- generated:error-codes … --> for ${missing.join(', ')}`);
    const next = await prettier.format(replaced, { ...(await prettier.resolveConfig(full)), filepath: full });
    if (next !== text) {
      if (check) stale.push(path.relative(root, full));
      else writeFileSync(full, next);
    }
  }
  return stale;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const stale = await errorCodePages(check);
  if (stale.length > 0) {
    console.error(`stale error-code tables in ${stale.join(', ')}: run \`node scripts/docs-error-codes.mjs\``);
    process.exit(1);
  }
  console.log(check ? 'error-code tables are fresh' : 'error-code tables written');
}
