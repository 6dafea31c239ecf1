import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as main from '../index.js';
import * as labels from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, 'index.ts');
const distEntry = resolve(here, '../../dist/labels.js');

/** The ESM file and every chunk it imports, relative to dist/. */
function builtFiles(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g)) {
    builtFiles(resolve(dirname(file), match[1] as string), seen);
  }
  return seen;
}

describe('@spbe-kit/models/labels', () => {
  it('bundles without zod or any other package', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(inputs.length).toBeGreaterThan(5);
    const text = result.outputFiles.map((file) => file.text).join('\n');
    expect(text).not.toMatch(/zod/i);
    expect(text).toContain('Aplikasi Khusus');
  });

  it.skipIf(!existsSync(distEntry))('its built file imports no zod, even through a shared chunk', () => {
    const files = [...builtFiles(distEntry)];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from\s*["']zod|require\(["']zod|import\s*["']zod/);
      expect(text, file).not.toContain('z.enum(');
    }
  });

  it('exports every label table of the main entry, as the same objects', () => {
    const tableNames = Object.keys(main).filter((name) => name.endsWith('Labels') || name.endsWith('ServiceSectors'));
    expect(tableNames.length).toBeGreaterThan(25);
    const fromLabels = labels as Record<string, unknown>;
    const fromMain = main as Record<string, unknown>;
    for (const name of tableNames) {
      expect(fromLabels[name], name).toBe(fromMain[name]);
    }
    expect(Object.keys(labels).sort()).toEqual([...tableNames].sort());
  });

  it('names every value in both languages', () => {
    for (const [name, table] of Object.entries(labels)) {
      for (const [key, text] of Object.entries(table as Record<string, { id: unknown; en: unknown }>)) {
        expect(typeof text.id === 'string' && text.id.trim().length > 0, `${name}.${key}.id`).toBe(true);
        expect(typeof text.en === 'string' && text.en.trim().length > 0, `${name}.${key}.en`).toBe(true);
      }
    }
  });
});
