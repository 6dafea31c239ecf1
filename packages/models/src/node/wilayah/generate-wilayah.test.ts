import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const script = path.join(packageRoot, 'scripts', 'generate-wilayah.mjs');
const copy = mkdtempSync(path.join(tmpdir(), 'spbe-wilayah-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const check = (root: string) => spawnSync(process.execPath, [script, '--check', '--root', root], { encoding: 'utf8' });

describe('generated region data (pnpm check-generated)', () => {
  it('is what idn-area-data gives today', () => {
    const result = check(packageRoot);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is reported stale when a committed file differs from the source', () => {
    for (const file of ['data/wilayah-2025.txt', 'src/wilayah-lite/regions.generated.ts'])
      cpSync(path.join(packageRoot, file), path.join(copy, file));
    expect(check(copy).status).toBe(0);
    const data = path.join(copy, 'data', 'wilayah-2025.txt');
    writeFileSync(data, readFileSync(data, 'utf8').replace('R71\tKota Balikpapan', 'R71\tKota Balik Papan'));
    const result = check(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('stale: data/wilayah-2025.txt');
  });
});
