// Writes schemas/<name>.json (JSON Schema draft 2020-12) for every entry of schemaRegistry, from the
// built package (dist/index.js, so run `pnpm build` first). With --check it writes nothing and fails
// when a committed file is stale, missing or extra.
import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const GENERATED_COMMENT =
  'Generated from schemaRegistry of @spbe-kit/models by scripts/generate-json-schemas.mjs ' +
  '(zod z.toJSONSchema, draft 2020-12, input side). Do not edit: run `pnpm generate`. ' +
  'Rules that JSON Schema cannot express (cross-field and cross-record checks) are enforced by the zod schemas only; see the package README.';

/**
 * Converts every schema of a registry to its published JSON Schema document.
 * @param {Record<string, import('zod').ZodType>} registry
 * @returns {Record<string, Record<string, unknown>>}
 */
export function buildJsonSchemas(registry) {
  /** @type {Record<string, Record<string, unknown>>} */
  const documents = {};
  for (const name of Object.keys(registry).sort()) {
    const schema = registry[name];
    if (schema === undefined) continue;
    const { $schema, ...rest } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'throw',
    });
    documents[name] = { $schema, $comment: GENERATED_COMMENT, title: rest.title ?? name, ...rest };
  }
  return documents;
}

/**
 * The exact text of a published schema file.
 * @param {Record<string, unknown>} document
 */
export function serializeJsonSchema(document) {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main() {
  const check = process.argv.includes('--check');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outDir = path.join(here, '..', 'schemas');
  const { schemaRegistry } = await import(path.join(here, '..', 'dist', 'index.js'));
  const documents = buildJsonSchemas(schemaRegistry);
  await mkdir(outDir, { recursive: true });
  const existing = (await readdir(outDir)).filter((file) => file.endsWith('.json'));
  const wanted = new Set(Object.keys(documents).map((name) => `${name}.json`));
  const problems = [];
  for (const [name, document] of Object.entries(documents)) {
    const file = path.join(outDir, `${name}.json`);
    const text = serializeJsonSchema(document);
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === text) continue;
    if (check) problems.push(`${current === undefined ? 'missing' : 'stale'}: schemas/${name}.json`);
    else await writeFile(file, text);
  }
  for (const file of existing) {
    if (wanted.has(file)) continue;
    if (check) problems.push(`extra: schemas/${file} (no schema of that name in schemaRegistry)`);
    else await unlink(path.join(outDir, file));
  }
  if (problems.length > 0) {
    console.error(`JSON Schemas are out of date; run \`pnpm build && pnpm generate\`:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else if (!check) {
    console.log(`Wrote ${wanted.size} JSON Schemas to schemas/.`);
  } else {
    console.log(`All ${wanted.size} JSON Schemas in schemas/ are up to date.`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
