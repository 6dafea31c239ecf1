import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleEvent } from '@spbe-kit/audit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spbe } from './spbe-cli-harness.js';

const ORIGIN = 'audit.example.go.id/simpeg';
let dir: string;
let verifierKey: string;

const log = (extra: string[] = []) => ['--store', 'log', '--origin', ORIGIN, ...extra];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-audit-'));
  writeFileSync(
    path.join(dir, 'events.jsonl'),
    `${Array.from({ length: 30 }, (_, i) => JSON.stringify(sampleEvent(i))).join('\n')}\n`,
  );
  const keygen = await spbe(['audit', 'keygen', ORIGIN, '--out', 'signer.key', '--quiet'], { cwd: dir });
  expect(keygen.code).toBe(0);
  verifierKey = keygen.stdout.trim();
  const append = await spbe(
    ['audit', 'append', 'events.jsonl', ...log(['--signer-key-file', 'signer.key']), '--lang', 'en'],
    { cwd: dir },
  );
  expect(append.code, append.stderr).toBe(0);
  expect(append.stdout).toBe('30 events from events.jsonl appended (indices 0–29); log size 30.\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('spbe audit', () => {
  it('keygen prints a verifier key for the name and keeps the signer key in a private file', () => {
    expect(verifierKey).toMatch(/^audit\.example\.go\.id\/simpeg\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/);
    expect(readFileSync(path.join(dir, 'signer.key'), 'utf8')).toMatch(
      /^PRIVATE\+KEY\+audit\.example\.go\.id\/simpeg\+/,
    );
  });

  it('verifies the whole log with the public key only', async () => {
    const run = await spbe(['audit', 'verify', ...log(['--key', verifierKey]), '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, size: 30, from: 0, to: 30 });
  });

  it('names the first tampered entry (exit 1)', async () => {
    cpSync(path.join(dir, 'log'), path.join(dir, 'tampered'), { recursive: true });
    const segment = path.join(dir, 'tampered', 'entries-000000.seg');
    const bytes = readFileSync(segment);
    const at = bytes.indexOf('REC-12');
    bytes.write('REC-13', at);
    writeFileSync(segment, bytes);
    const run = await spbe(
      ['audit', 'verify', '--store', 'tampered', '--origin', ORIGIN, '--key', verifierKey, '--lang', 'en'],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAILED at index 12: /);
  });

  it('rejects invalid events with their line and appends nothing without --keep-going', async () => {
    writeFileSync(
      path.join(dir, 'bad.jsonl'),
      `${JSON.stringify(sampleEvent(40))}\n${JSON.stringify({ ...sampleEvent(41), outcome: 'maybe' })}\n`,
    );
    const run = await spbe(
      ['audit', 'append', 'bad.jsonl', ...log(['--signer-key-file', 'signer.key']), '--lang', 'en'],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bad\.jsonl:2:1: outcome: /m);
    expect(run.stderr).toContain('1 invalid events; nothing appended.');
    const size = await spbe(['audit', 'verify', ...log(['--key', verifierKey]), '--json'], { cwd: dir });
    expect(JSON.parse(size.stdout)).toMatchObject({ size: 30 });
  });

  it('proves inclusion and consistency', async () => {
    const inclusion = await spbe(['audit', 'prove', '7', ...log(['--key', verifierKey])], { cwd: dir });
    expect(inclusion.code).toBe(0);
    expect(JSON.parse(inclusion.stdout)).toMatchObject({ type: 'inclusion', leafIndex: 7, treeSize: 30 });
    const consistency = await spbe(['audit', 'prove', '--consistency', '10', ...log(['--key', verifierKey])], {
      cwd: dir,
    });
    expect(JSON.parse(consistency.stdout)).toMatchObject({ type: 'consistency', size1: 10, size2: 30 });
  });

  it('signs a checkpoint, exports a bundle and verifies it offline', async () => {
    const checkpoint = await spbe(['audit', 'checkpoint', ...log(['--signer-key-file', 'signer.key'])], { cwd: dir });
    expect(checkpoint.code).toBe(0);
    expect(checkpoint.stdout).toMatch(new RegExp(`^${ORIGIN.replaceAll('.', '\\.')}\\n30\\n`));
    const exported = await spbe(['audit', 'export', '21', ...log(['--key', verifierKey]), '-o', 'entry-21.proof'], {
      cwd: dir,
    });
    expect(exported.code, exported.stderr).toBe(0);
    const verified = await spbe(['audit', 'verify-bundle', 'entry-21.proof', '--key', verifierKey, '--json'], {
      cwd: dir,
    });
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({
      ok: true,
      origin: ORIGIN,
      index: 21,
      treeSize: 30,
      event: { correlationId: 'corr-21' },
    });
  });

  it('rejects a bundle under another key or with a changed entry (exit 1)', async () => {
    const other = (await spbe(['audit', 'keygen', ORIGIN])).stdout.trim().split('\n')[1]!;
    const wrongKey = await spbe(['audit', 'verify-bundle', 'entry-21.proof', '--key', other, '--lang', 'en'], {
      cwd: dir,
    });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/^spbe: /);
    const bundle = readFileSync(path.join(dir, 'entry-21.proof'), 'utf8');
    const lines = bundle.split('\n');
    lines[2] = 'index 22';
    writeFileSync(path.join(dir, 'changed.proof'), lines.join('\n'));
    const changed = await spbe(['audit', 'verify-bundle', 'changed.proof', '--key', verifierKey], { cwd: dir });
    expect(changed.code).toBe(1);
    expect(changed.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports missing options as usage errors (exit 2)', async () => {
    const noStore = await spbe(['audit', 'verify', '--origin', ORIGIN, '--key', verifierKey, '--lang', 'en'], {
      cwd: dir,
    });
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toBe('spbe: Name exactly one log location: --store <directory> or --db <postgres://…>\n');
    const noKey = await spbe(['audit', 'verify', ...log(), '--lang', 'en'], { cwd: dir });
    expect(noKey.code).toBe(2);
    const noSigner = await spbe(['audit', 'checkpoint', ...log(), '--lang', 'en'], { cwd: dir });
    expect(noSigner.code).toBe(2);
    expect(noSigner.stderr).toBe(
      "spbe: Give the log's signer key: --signer-key-file <file> or SPBE_AUDIT_SIGNER_KEY\n",
    );
    const noOrigin = await spbe(['audit', 'verify', '--store', 'log', '--key', verifierKey, '--lang', 'en'], {
      cwd: dir,
    });
    expect(noOrigin.code).toBe(2);
    const noBundleKey = await spbe(['audit', 'verify-bundle', 'entry-21.proof'], { cwd: dir });
    expect(noBundleKey.code).toBe(2);
  });

  it('takes the signer key from SPBE_AUDIT_SIGNER_KEY', async () => {
    const run = await spbe(['audit', 'checkpoint', ...log(), '--json'], {
      cwd: dir,
      env: { SPBE_AUDIT_SIGNER_KEY: readFileSync(path.join(dir, 'signer.key'), 'utf8').trim() },
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ origin: ORIGIN, size: 30 });
  });
});

describe('spbe audit verify-checkpoints', () => {
  const ORIGIN2 = 'audit.example.go.id/arsip';
  const at = (store: string, extra: string[] = []) => ['--store', store, '--origin', ORIGIN2, ...extra];
  let key: string;

  beforeAll(async () => {
    const keygen = await spbe(['audit', 'keygen', ORIGIN2, '--out', 'arsip.key', '--quiet'], { cwd: dir });
    key = keygen.stdout.trim();
    const events = (from: number, count: number) =>
      `${Array.from({ length: count }, (_, i) => JSON.stringify(sampleEvent(from + i))).join('\n')}\n`;
    writeFileSync(path.join(dir, 'first.jsonl'), events(0, 10));
    writeFileSync(path.join(dir, 'more.jsonl'), events(10, 5));
    writeFileSync(path.join(dir, 'other.jsonl'), events(100, 15));
    const sign = ['--signer-key-file', 'arsip.key'];
    const checkpoints: string[] = [];
    for (const args of [
      ['audit', 'append', 'first.jsonl', ...at('arsip', sign)],
      ['audit', 'checkpoint', ...at('arsip', sign)],
      ['audit', 'append', 'more.jsonl', ...at('arsip', sign)],
      ['audit', 'checkpoint', ...at('arsip', sign)],
      // A second log under the same key and origin with a different history: a split view.
      ['audit', 'append', 'other.jsonl', ...at('forked', sign)],
    ]) {
      const run = await spbe(args, { cwd: dir });
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      if (args[1] === 'checkpoint') checkpoints.push(run.stdout);
    }
    writeFileSync(path.join(dir, 'cp-10.txt'), checkpoints[0]!);
    writeFileSync(path.join(dir, 'cp-15.txt'), checkpoints[1]!);
    const forked = await spbe(['audit', 'checkpoint', ...at('forked', sign)], { cwd: dir });
    writeFileSync(path.join(dir, 'forked-15.txt'), forked.stdout);
    const proof = await spbe(
      ['audit', 'prove', '--consistency', '10', '--tree-size', '15', ...at('arsip', ['--key', key])],
      { cwd: dir },
    );
    expect(proof.code, proof.stderr).toBe(0);
    writeFileSync(path.join(dir, 'consistency.json'), proof.stdout);
    const forkedProof = await spbe(
      ['audit', 'prove', '--consistency', '10', '--tree-size', '15', ...at('forked', ['--key', key])],
      { cwd: dir },
    );
    writeFileSync(path.join(dir, 'forked-consistency.json'), forkedProof.stdout);
  });

  it('accepts two checkpoints of one history with the consistency proof between them', async () => {
    const run = await spbe(
      ['audit', 'verify-checkpoints', 'cp-10.txt', 'cp-15.txt', '--proof', 'consistency.json', '--key', key, '--json'],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, origin: ORIGIN2, size1: 10, size2: 15 });
    const same = await spbe(['audit', 'verify-checkpoints', 'cp-15.txt', 'cp-15.txt', '--key', key], { cwd: dir });
    expect(same.code, same.stderr).toBe(0);
  });

  it('rejects a split view: a checkpoint of another history under the same key (exit 1)', async () => {
    const run = await spbe(
      [
        'audit',
        'verify-checkpoints',
        'cp-10.txt',
        'forked-15.txt',
        '--proof',
        'forked-consistency.json',
        '--key',
        key,
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^spbe: /);
  });

  it('rejects a corrupted proof, a wrong key, the wrong order and a missing proof (exit 1)', async () => {
    const proof = JSON.parse(readFileSync(path.join(dir, 'consistency.json'), 'utf8')) as { proof: string[] };
    const first = Buffer.from(proof.proof[0]!, 'base64');
    first[0]! ^= 1;
    proof.proof[0] = first.toString('base64');
    writeFileSync(path.join(dir, 'corrupted.json'), JSON.stringify(proof));
    const other = (await spbe(['audit', 'keygen', ORIGIN2, '--quiet'], { cwd: dir })).stdout.trim();
    for (const args of [
      ['cp-10.txt', 'cp-15.txt', '--proof', 'corrupted.json', '--key', key],
      ['cp-10.txt', 'cp-15.txt', '--proof', 'consistency.json', '--key', other],
      ['cp-15.txt', 'cp-10.txt', '--proof', 'consistency.json', '--key', key],
      ['cp-10.txt', 'cp-15.txt', '--key', key],
      ['cp-10.txt', 'cp-15.txt', '--proof', 'events.jsonl', '--key', key],
    ]) {
      const run = await spbe(['audit', 'verify-checkpoints', ...args, '--lang', 'en'], { cwd: dir });
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).not.toMatch(/unexpected|\n\s+at /);
    }
  });

  it('names a mistyped store and creates nothing there (exit 1)', async () => {
    const run = await spbe(
      ['audit', 'verify', '--store', 'wrong-path', '--origin', ORIGIN, '--key', verifierKey, '--lang', 'en'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`No audit log: directory ${path.join(dir, 'wrong-path')} does not exist`);
    expect(existsSync(path.join(dir, 'wrong-path'))).toBe(false);
    mkdirSync(path.join(dir, 'not-a-log'));
    const empty = await spbe(
      ['audit', 'verify', '--store', 'not-a-log', '--origin', ORIGIN, '--key', verifierKey, '--lang', 'en'],
      {
        cwd: dir,
      },
    );
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('exists but holds no audit log');
  });

  it('says an empty log is empty, never a 0–-1 range (exit 1)', async () => {
    await spbe(['audit', 'checkpoint', '--store', 'empty', '--origin', ORIGIN, '--signer-key-file', 'signer.key'], {
      cwd: dir,
    });
    const run = await spbe(
      ['audit', 'verify', '--store', 'empty', '--origin', ORIGIN, '--key', verifierKey, '--lang', 'en'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('The log is empty: 0 entries, nothing was verified.\n');
  });

  it('reports a wrong origin as a wrong question, naming both origins and the key, not as tampering', async () => {
    const run = await spbe(
      [
        'audit',
        'verify',
        '--store',
        'log',
        '--origin',
        'audit.example.go.id/other',
        '--key',
        verifierKey,
        '--lang',
        'en',
        '--json',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const keyLabel = verifierKey.split('+').slice(0, 2).join('+');
    expect(run.stderr).toContain(
      `The log's checkpoints are signed for origin ${ORIGIN} by key ${keyLabel}; you asked for origin audit.example.go.id/other`,
    );
    expect(run.stderr).not.toMatch(/FAILED|tamper/i);
  });

  it('erases details through the CLI and the log still verifies', async () => {
    writeFileSync(path.join(dir, 'with-details.jsonl'), `${JSON.stringify(sampleEvent(50))}\n`);
    const { createAuditLog, createNoteSigner } = await import('@spbe-kit/audit');
    const { createFileStore, nodeSha256 } = await import('@spbe-kit/audit/file');
    const signer = await createNoteSigner(readFileSync(path.join(dir, 'signer.key'), 'utf8').trim());
    const writer = createAuditLog({
      store: await createFileStore({ directory: path.join(dir, 'log') }),
      signer,
      origin: ORIGIN,
      hasher: nodeSha256,
    });
    const { index } = await writer.append(sampleEvent(50), { details: { nama: 'Budi' } });
    await writer.close();
    const erase = await spbe(
      [
        'audit',
        'erase',
        String(index),
        '--reason',
        'retention.expired',
        ...log(['--signer-key-file', 'signer.key']),
        '--json',
      ],
      { cwd: dir },
    );
    expect(erase.code, erase.stderr).toBe(0);
    expect(JSON.parse(erase.stdout)).toEqual({ erased: index, reason: 'retention.expired', erasureIndex: index + 1 });
    const again = await spbe(
      [
        'audit',
        'erase',
        String(index),
        '--reason',
        'retention.expired',
        ...log(['--signer-key-file', 'signer.key']),
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Entry ${index} has no details to erase`);
    const verify = await spbe(['audit', 'verify', ...log(['--key', verifierKey]), '--json'], { cwd: dir });
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  });

  it('pseudonymizes typed and listed NIKs and NIPs exactly as the library does', async () => {
    const { pseudonymize } = await import('@spbe-kit/audit');
    const key = Buffer.from('k'.repeat(32));
    writeFileSync(path.join(dir, 'pseudonym.key'), `${key.toString('base64')}\n`);
    writeFileSync(path.join(dir, 'ids.txt'), '\uFEFF3171 0101-0190.0001\r\n19850701 201001 1 001\r\nbukan-nik\r\n');
    const run = await spbe(
      ['audit', 'pseudonymize', '--file', 'ids.txt', '--pseudonym-key-file', 'pseudonym.key', '--lang', 'en'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(1);
    const expected = [pseudonymize(key, '3171010101900001'), pseudonymize(key, '198507012010011001'), ''];
    expect(run.stdout).toBe(`${expected.join('\n')}\n`);
    expect(run.stderr).toContain('ids.txt:3: Not a NIK (16 digits) or a NIP (18 digits)');
    expect(run.stderr).not.toContain('3171');
    const typed = await spbe(['audit', 'pseudonymize', '3171010101900001'], {
      cwd: dir,
      env: { SPBE_AUDIT_PSEUDONYM_KEY: key.toString('base64') },
    });
    expect(typed.stdout).toBe(`${expected[0]}\n`);
  });
});
