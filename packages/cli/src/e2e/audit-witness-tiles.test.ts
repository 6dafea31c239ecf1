import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCosigner } from '@spbe-kit/audit';
import { sampleEvent } from '@spbe-kit/audit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spbe } from './spbe-cli-harness.js';

const ORIGIN = 'audit.contoh.go.id/simpeg';
let dir: string;
let verifierKey: string;
let witnessKey: string;
let witnessSigner: string;
const log = (extra: string[] = []) => ['--store', 'log', '--origin', ORIGIN, ...extra];

async function cosign(file: string, out: string) {
  const note = readFileSync(path.join(dir, file), 'utf8');
  const text = note.slice(0, note.indexOf('\n\n') + 1);
  const line = await (await createCosigner(witnessSigner)).cosign(text, 1_764_720_000n);
  writeFileSync(path.join(dir, out), note + line);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-tiles-'));
  writeFileSync(
    path.join(dir, 'events.jsonl'),
    `${Array.from({ length: 300 }, (_, i) => JSON.stringify(sampleEvent(i))).join('\n')}\n`,
  );
  const keygen = await spbe(['audit', 'keygen', ORIGIN, '--out', 'signer.key', '--quiet'], { cwd: dir });
  verifierKey = keygen.stdout.trim();
  // The witness key goes to a file of its own (mode 600): only the public key is printed.
  const witness = await spbe(['audit', 'witness-keygen', 'saksi.kaltimprov.go.id', '--output', 'saksi.key', '--json'], {
    cwd: dir,
  });
  expect(witness.code, witness.stderr).toBe(0);
  const printed = JSON.parse(witness.stdout) as { verifierKey: string; signerKeyFile: string; signerKey?: string };
  expect(Object.keys(printed).sort()).toEqual(['signerKeyFile', 'verifierKey']);
  expect(printed.signerKeyFile).toBe('saksi.key');
  expect(printed.verifierKey).toMatch(/^saksi\.kaltimprov\.go\.id\+/);
  witnessKey = printed.verifierKey;
  witnessSigner = readFileSync(path.join(dir, 'saksi.key'), 'utf8').trim();
  expect(statSync(path.join(dir, 'saksi.key')).mode & 0o777).toBe(0o600);
  expect(witnessSigner).toMatch(/^PRIVATE\+KEY\+saksi\.kaltimprov\.go\.id\+/);
  const again = await spbe(['audit', 'witness-keygen', 'saksi.kaltimprov.go.id', '--output', 'saksi.key'], {
    cwd: dir,
  });
  expect(again.code).not.toBe(0);
  expect(readFileSync(path.join(dir, 'saksi.key'), 'utf8').trim()).toBe(witnessSigner);
  const append = await spbe(['audit', 'append', 'events.jsonl', ...log(['--signer-key-file', 'signer.key'])], {
    cwd: dir,
  });
  expect(append.code, append.stderr).toBe(0);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('spbe audit tiles and witness policies', () => {
  it('writes tiles, and a citizen verifies the log from the tiles alone, with the witness policy', async () => {
    const checkpoint = await spbe(['audit', 'checkpoint', ...log(['--signer-key-file', 'signer.key'])], { cwd: dir });
    writeFileSync(path.join(dir, 'checkpoint-300.txt'), checkpoint.stdout);
    await cosign('checkpoint-300.txt', 'cosigned-300.txt');
    const tiles = await spbe(
      [
        'audit',
        'tiles',
        ...log(['--key', verifierKey]),
        '--checkpoint-file',
        'cosigned-300.txt',
        '--out',
        'public',
        '--json',
      ],
      { cwd: dir },
    );
    expect(tiles.code, tiles.stderr).toBe(0);
    expect(JSON.parse(tiles.stdout)).toMatchObject({ previousSize: 0, size: 300, written: 5 });

    const verify = await spbe(
      [
        'audit',
        'verify',
        '--tiles',
        'public',
        '--key',
        verifierKey,
        '--witness-key',
        witnessKey,
        '--quorum',
        '1',
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('OK: 300 entries from');
    expect(verify.stdout).toContain('cosigned by ≥ 1 witnesses');

    const other = await spbe(['audit', 'witness-keygen', 'saksi.lain.go.id', '--json'], { cwd: dir });
    const otherKey = (JSON.parse(other.stdout) as { verifierKey: string }).verifierKey;
    const refused = await spbe(
      ['audit', 'verify', '--tiles', 'public', '--key', verifierKey, '--witness-key', otherKey, '--lang', 'en'],
      { cwd: dir },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The checkpoint is cosigned by 0 of the 1 witnesses required');
  });

  it('proves from tiles the same as from the log, and verify-bundle builds the bundle from tiles', async () => {
    const fromLog = await spbe(['audit', 'prove', '41', ...log(['--key', verifierKey])], { cwd: dir });
    const fromTiles = await spbe(['audit', 'prove', '41', '--tiles', 'public', '--key', verifierKey], { cwd: dir });
    expect(fromTiles.code, fromTiles.stderr).toBe(0);
    expect((JSON.parse(fromTiles.stdout) as { proof: string[] }).proof).toEqual(
      (JSON.parse(fromLog.stdout) as { proof: string[] }).proof,
    );
    const bundle = await spbe(
      [
        'audit',
        'verify-bundle',
        '--tiles',
        'public',
        '--index',
        '41',
        '--key',
        verifierKey,
        '--witness-key',
        witnessKey,
        '--json',
      ],
      { cwd: dir },
    );
    expect(bundle.code, bundle.stderr).toBe(0);
    expect(JSON.parse(bundle.stdout)).toMatchObject({ ok: true, index: 41, treeSize: 300 });
  });

  it('verify checks a held cosigned checkpoint against the log, and verify-checkpoints applies the policy', async () => {
    const held = await spbe(
      [
        'audit',
        'verify',
        ...log(['--key', verifierKey]),
        '--checkpoint',
        'cosigned-300.txt',
        '--witness-key',
        witnessKey,
        '--json',
      ],
      { cwd: dir },
    );
    expect(held.code, held.stderr).toBe(0);
    expect(JSON.parse(held.stdout)).toMatchObject({ ok: true, heldCheckpoint: { size: 300, witnesses: 1 } });
    const unwitnessed = await spbe(
      [
        'audit',
        'verify-checkpoints',
        'checkpoint-300.txt',
        'cosigned-300.txt',
        '--key',
        verifierKey,
        '--witness-key',
        witnessKey,
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(unwitnessed.code).toBe(1);
    expect(unwitnessed.stderr).toContain('The checkpoint is cosigned by 0 of the 1 witnesses required');
    // The file that failed is named first, and the library's own code kept.
    expect(unwitnessed.stderr).toMatch(/^spbe: checkpoint-300\.txt: .*\(witness\.[a-z_]+\)/);
    const both = await spbe(
      [
        'audit',
        'verify-checkpoints',
        'cosigned-300.txt',
        'cosigned-300.txt',
        '--key',
        verifierKey,
        '--witness-key',
        witnessKey,
        '--quorum',
        '1',
      ],
      { cwd: dir },
    );
    expect(both.code, both.stderr).toBe(0);
    const usage = await spbe(['audit', 'verify-checkpoints', 'a', 'b', '--key', verifierKey, '--quorum', '2'], {
      cwd: dir,
    });
    expect(usage.code).toBe(2);
  });

  it('updates the tiles incrementally after more events', async () => {
    writeFileSync(path.join(dir, 'more.jsonl'), `${JSON.stringify(sampleEvent(300))}\n`);
    await spbe(['audit', 'append', 'more.jsonl', ...log(['--signer-key-file', 'signer.key'])], { cwd: dir });
    const tiles = await spbe(
      ['audit', 'tiles', ...log(['--signer-key-file', 'signer.key']), '--out', 'public', '--json'],
      {
        cwd: dir,
      },
    );
    expect(tiles.code, tiles.stderr).toBe(0);
    expect(JSON.parse(tiles.stdout)).toMatchObject({ previousSize: 300, size: 301 });
    const verify = await spbe(['audit', 'verify', '--tiles', 'public', '--key', verifierKey, '--json'], { cwd: dir });
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, size: 301, entries: 301 });
  });
});
