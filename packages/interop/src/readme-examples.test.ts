import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The README's examples marked `<!-- example: name -->` are run as they are written, against the
// mocks, with the package's import specifiers pointed at the sources.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = new Map<string, string>();
for (const match of readme.matchAll(/<!-- example: ([a-z-]+) -->\n+```ts\n([\s\S]*?)```/g)) {
  if (match[1] !== undefined && match[2] !== undefined) examples.set(match[1], match[2]);
}
const index = fileURLToPath(new URL('./index.ts', import.meta.url));
const testing = fileURLToPath(new URL('./testing/index.ts', import.meta.url));
const cacheDirectory = new URL('../node_modules/.cache/readme-examples/', import.meta.url);

async function runExample(name: string): Promise<string[]> {
  const source = examples.get(name);
  expect(source, `README example ${name}`).toBeDefined();
  const code = (source ?? '')
    .replaceAll("'@spbe-kit/interop/testing'", JSON.stringify(testing))
    .replaceAll("'@spbe-kit/interop'", JSON.stringify(index));
  mkdirSync(cacheDirectory, { recursive: true });
  const file = new URL(`${name}-${Date.now()}.ts`, cacheDirectory);
  writeFileSync(file, code);
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation(
    (...parts: unknown[]) =>
      void lines.push(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ')),
  );
  await import(/* @vite-ignore */ fileURLToPath(file));
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('README examples run against the mocks', () => {
  it('has the client examples', () => {
    expect([...examples.keys()]).toEqual(['ckan', 'ckan-publish', 'bps', 'splp']);
  });

  it('CKAN', async () => {
    const lines = await runExample('ckan');
    expect(lines[0]).toBe('1 Jumlah Penduduk Menurut Kabupaten/Kota di Kalimantan Timur');
    expect(lines).toContain('10 DataStore rows for 2023');
    expect(lines.at(-1)).toBe('404 Not Found Error');
  });

  it('CKAN package_create', async () => {
    const lines = await runExample('ckan-publish');
    expect(lines).toEqual([
      'jumlah-penduduk-kota-balikpapan diskominfo',
      'Jumlah Penduduk Kota Balikpapan',
      '409 name That URL is already in use.',
      'interop.credentials.missing',
    ]);
  });

  it('BPS', async () => {
    const lines = await runExample('bps');
    expect(lines[0]).toBe('6401 Paser 64.01');
    expect(lines[1]).toBe('6402 Kutai Barat 64.07');
    expect(lines).toContain('Paser Laki-laki 2023 151870 Jiwa');
    expect(lines.at(-1)).toBe('Sumber: Badan Pusat Statistik (BPS)');
  });

  it('SPLP', async () => {
    const lines = await runExample('splp');
    expect(lines[0]).toBe('Rapat Koordinasi SPBE Provinsi Kalimantan Timur');
    expect(lines.at(-1)).toBe('the provider answered 404');
  });
});
