import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

const a = '/api/agencies/64.71';
const cliBin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../packages/cli/dist/bin.js');

/** Runs the real `spbe` CLI build. */
function spbe(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cliBin, '--lang', 'en', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(databaseKinds)('audit checkpoints and consistency proofs on %s', (kind) => {
  let portal: TestPortal;
  let auditor: TestAgent;
  let folder: string;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    if (!existsSync(cliBin)) throw new Error('packages/cli/dist is missing: run `pnpm build` first');
    portal = await createTestPortal(kind, { AUDIT_CHECKPOINT_ENTRIES: '5' });
    auditor = await portal.login('auditor.balikpapan');
    folder = await mkdtemp(path.join(os.tmpdir(), 'portal-consistency-'));
  });
  afterAll(async () => {
    await portal?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it.skipIf(skipDatabase(kind))('re-signs the checkpoint as the log grows, without anyone downloading', async () => {
    const before = (await portal.services.audit.log.latestCheckpoint())?.checkpoint.size ?? 0;
    // Each read of the trail is itself an audited event.
    for (let read = 0; read < 12; read++) await auditor.request('GET', `${a}/audit/events?limit=1`);
    await portal.services.audit.log.size();
    await expect
      .poll(async () => Number((await portal.services.audit.log.latestCheckpoint())?.checkpoint.size ?? 0))
      .toBeGreaterThan(Number(before) + 5);
  });

  it.skipIf(skipDatabase(kind))('signs a fresh checkpoint when read stale', async () => {
    await portal.services.audit.record({ actor: null, category: 'access', action: 'test.event', outcome: 'success' });
    const size = await portal.services.audit.log.size();
    const integrity = await auditor.json<{ checkpoint: { size: number } }>('GET', `${a}/audit/integrity`);
    expect(integrity.body.checkpoint.size).toBeGreaterThanOrEqual(size);
  });

  it.skipIf(skipDatabase(kind))(
    'downloads two checkpoints and the proof between them; `spbe audit` verifies them',
    async () => {
      const list = await auditor.json<{ checkpoints: { size: number }[] }>('GET', `${a}/audit/checkpoints`);
      const sizes = list.body.checkpoints.map((checkpoint) => checkpoint.size);
      expect(sizes.length).toBeGreaterThanOrEqual(2);
      const [older, newer] = [sizes[0]!, sizes.at(-1)!];
      const files = {
        older: path.join(folder, 'older.txt'),
        newer: path.join(folder, 'newer.txt'),
        proof: path.join(folder, 'consistency.json'),
      };
      await writeFile(files.older, await (await auditor.request('GET', `${a}/audit/checkpoints/${older}`)).text());
      await writeFile(files.newer, await (await auditor.request('GET', `${a}/audit/checkpoints/${newer}`)).text());
      const proof = await auditor.request('GET', `${a}/audit/consistency?from=${older}&to=${newer}`);
      expect(proof.headers.get('content-disposition')).toContain(`consistency-${older}-${newer}.json`);
      const proofText = await proof.text();
      await writeFile(files.proof, proofText);
      const key = portal.services.audit.log.verifierKey;
      const ok = spbe(['audit', 'verify-checkpoints', files.older, files.newer, '--proof', files.proof, '--key', key]);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('the newer log extends the older one');
      // A proof that was tampered with is refused by the CLI.
      const tampered = JSON.parse(proofText) as { proof: string[] };
      tampered.proof[0] = Buffer.alloc(32, 7).toString('base64');
      await writeFile(files.proof, JSON.stringify(tampered));
      const bad = spbe(['audit', 'verify-checkpoints', files.older, files.newer, '--proof', files.proof, '--key', key]);
      expect(bad.status).not.toBe(0);
    },
  );

  it.skipIf(skipDatabase(kind))('refuses sizes that are not signed checkpoints, or in the wrong order', async () => {
    expect((await auditor.request('GET', `${a}/audit/checkpoints/999999`)).status).toBe(404);
    const sizes = (await auditor.json<{ checkpoints: { size: number }[] }>('GET', `${a}/audit/checkpoints`)).body
      .checkpoints;
    const reversed = await auditor.request(
      'GET',
      `${a}/audit/consistency?from=${sizes.at(-1)!.size}&to=${sizes[0]!.size}`,
    );
    expect(reversed.status).toBe(400);
  });
});
