// Generates src/generated/*.ts from the OpenAPI documents in openapi/ with openapi-typescript.
// `node scripts/generate.mjs --check` regenerates in memory and fails when a committed file differs
// (the same byte-for-byte comparison as openapi-typescript's `--check`, which cannot see our header).
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const packageRoot = new URL('../', import.meta.url);
const documents = [
  ['openapi/ckan.openapi.yaml', 'src/generated/ckan.ts'],
  ['openapi/bps.openapi.yaml', 'src/generated/bps.ts'],
  ['openapi/splp.openapi.yaml', 'src/generated/splp.ts'],
  ['openapi/splp-example-agenda.openapi.yaml', 'src/generated/splp-example-agenda.ts'],
];

const { version } = JSON.parse(
  await readFile(new URL('node_modules/openapi-typescript/package.json', packageRoot), 'utf8'),
);

function header(source) {
  return [
    '/**',
    ` * Generated from ${source} by openapi-typescript ${version}.`,
    ' * Do not edit: change the OpenAPI document and run `pnpm generate` in packages/interop.',
    ' * `pnpm check-generated` fails when this file is stale.',
    ' */',
    '',
    '',
  ].join('\n');
}

const check = process.argv.includes('--check');
const stale = [];
for (const [source, output] of documents) {
  const ast = await openapiTS(new URL(source, packageRoot), { silent: true });
  const text = header(source) + astToString(ast);
  const target = new URL(output, packageRoot);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) stale.push(output);
  } else {
    await mkdir(new URL('.', target), { recursive: true });
    await writeFile(target, text, 'utf8');
    console.log(`generated ${output}`);
  }
}
if (stale.length > 0) {
  console.error(`Stale generated types (run pnpm generate): ${stale.join(', ')}`);
  process.exitCode = 1;
} else if (check) {
  console.log(`generated types are current (${documents.length} files)`);
}
