import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCheckpoint } from '../../checkpoint.js';
import { createAuditLog, type AuditLog } from '../../log.js';
import { createNoteSigner, generateNoteKey } from '../../note.js';
import { createMemoryStore } from '../../testing/memory-store.js';
import { sampleEvent } from '../../testing/sample-events.js';
import { toHex, utf8 } from '../../bytes.js';
import { sha256 } from '../../sha256.js';
import { formatAddCheckpointRequest } from '../../witness/add-checkpoint-request.js';
import { createCosigner, generateCosignerKey } from '../../witness/cosignature.js';
import { createWitness } from '../../witness/witness.js';
import { witnessCheckpoint } from '../../witness/witness-client.js';
import { databaseUrl, serverReachable, servicesRequired, uniqueSchema } from '../../__fixtures__/postgres-fixtures.js';
import { pgDriver } from '../postgres/driver.js';
import { createFileWitnessState } from './file-witness-state.js';
import { createPostgresWitnessState } from './postgres-witness-state.js';
import { createWitnessHandler } from './witness-handler.js';
import { toNodeListener } from './node-listener.js';

const origin = 'audit.balikpapan.go.id/simpeg';
let logKeys: { signerKey: string; verifierKey: string };
let witnessKeys: { signerKey: string; verifierKey: string };
const directories: string[] = [];
const scratch = () => {
  const directory = mkdtempSync(join(tmpdir(), 'spbe-witness-'));
  directories.push(directory);
  return directory;
};

beforeAll(async () => {
  logKeys = await generateNoteKey('audit.balikpapan.go.id');
  witnessKeys = await generateCosignerKey('saksi.kaltimprov.go.id');
});
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

async function regencyLog(): Promise<AuditLog> {
  return createAuditLog({ store: createMemoryStore(), signer: await createNoteSigner(logKeys.signerKey), origin });
}

async function listen(handler: (request: Request) => Promise<Response>): Promise<{ url: string; server: Server }> {
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('witness over HTTP (node:http on 127.0.0.1)', () => {
  it('speaks tlog-witness: 200 cosignature lines, 409 text/x.tlog.size, 404, 405; monitors read the checkpoint', async () => {
    const state = await createFileWitnessState({ directory: scratch() });
    const witness = await createWitness({
      cosigners: [await createCosigner(witnessKeys.signerKey)],
      logs: [{ origin, verifierKeys: [logKeys.verifierKey] }],
      state,
    });
    const { url, server } = await listen(createWitnessHandler(witness, { prefix: '/witness' }));
    try {
      const log = await regencyLog();
      await log.appendBatch([0, 1, 2, 3, 4].map(sampleEvent));
      const first = await log.checkpoint();
      const endpoint = { url: `${url}/witness`, verifierKey: witnessKeys.verifierKey };
      const proveConsistency = async (a: number, b: number) => (await log.proveConsistency(a, b)).proof;
      const one = await witnessCheckpoint({ note: first.note, witnesses: [endpoint], proveConsistency });
      expect(one.failures).toEqual([]);
      const trust = {
        origin,
        verifierKeys: [logKeys.verifierKey],
        witnesses: { witnessKeys: [witnessKeys.verifierKey], quorum: 1 },
      };
      expect((await verifyCheckpoint(one.note, trust)).size).toBe(5n);

      await log.appendBatch([5, 6, 7].map(sampleEvent));
      const second = await log.checkpoint();
      // Old size 0 first: the 409 tells the client the witness holds 5; it then sends the 5 → 8 proof.
      const raw = await fetch(`${url}/witness/add-checkpoint`, {
        method: 'POST',
        body: formatAddCheckpointRequest({ oldSize: 0n, proof: [], note: second.note }),
      });
      expect(raw.status).toBe(409);
      expect(raw.headers.get('content-type')).toBe('text/x.tlog.size');
      expect(await raw.text()).toBe('5\n');
      const two = await witnessCheckpoint({ note: second.note, witnesses: [endpoint], proveConsistency });
      expect(two.cosignedBy).toHaveLength(1);
      expect((await verifyCheckpoint(two.note, trust)).size).toBe(8n);

      const monitor = await fetch(`${url}/witness/${toHex(sha256(utf8(origin)))}/checkpoint`);
      expect(monitor.status).toBe(200);
      expect((await verifyCheckpoint(await monitor.text(), trust)).size).toBe(8n);
      expect((await fetch(`${url}/witness/${'0'.repeat(64)}/checkpoint`)).status).toBe(404);
      expect((await fetch(`${url}/witness/add-checkpoint`)).status).toBe(405);
      expect((await fetch(`${url}/elsewhere`)).status).toBe(404);
      const unknown = await fetch(`${url}/witness/add-checkpoint`, {
        method: 'POST',
        body: `old 0\n\n${second.note.replace(origin, 'audit.lain.go.id/x')}`,
      });
      expect(unknown.status).toBe(404);
      const garbage = await fetch(`${url}/witness/add-checkpoint`, { method: 'POST', body: 'hello' });
      expect(garbage.status).toBe(400);
    } finally {
      server.close();
      await state.close();
    }
  });
});

describe('file witness state', () => {
  it('keeps a second process out while the first holds the directory', async () => {
    const directory = scratch();
    const state = await createFileWitnessState({ directory });
    writeFileSync(join(directory, 'lock'), '1'); // pid 1 is alive
    await expect(createFileWitnessState({ directory })).rejects.toMatchObject({ code: 'witness.state_failed' });
    await state.close();
  });

  it('never loses an acknowledged cosignature when the witness process is killed (SIGKILL, repeatedly)', async () => {
    const directory = scratch();
    const child = fileURLToPath(new URL('../../__fixtures__/witness-crash-child.mjs', import.meta.url));
    let acknowledged = 0;
    for (let round = 0; round < 4; round++) {
      const process_ = spawn(
        process.execPath,
        [child, directory, logKeys.signerKey, logKeys.verifierKey, witnessKeys.signerKey, origin],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let output = '';
      await new Promise<void>((resolve) => {
        process_.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const acks = output.match(/ack \d+/g) ?? [];
          if (acks.length >= 5 + round * 3) {
            process_.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((resolve) => process_.on('exit', resolve));
      const acks = (output.match(/ack (\d+)/g) ?? []).map((line) => Number(line.slice(4)));
      acknowledged = Math.max(acknowledged, ...acks);
      const state = await createFileWitnessState({ directory });
      const record = await state.read(origin);
      expect(Number(record!.size)).toBeGreaterThanOrEqual(acknowledged);
      const verified = await verifyCheckpoint(record!.note, {
        origin,
        verifierKeys: [logKeys.verifierKey],
        witnesses: { witnessKeys: [witnessKeys.verifierKey], quorum: 1 },
      });
      expect(verified.size).toBe(record!.size);
      await state.close();
    }
  }, 300_000);
});

const reachable = await serverReachable();
describe.skipIf(!(reachable || servicesRequired))('PostgreSQL witness state', () => {
  it('two witnesses sharing one table never cosign a rollback: one winner per old size', async () => {
    const schema = uniqueSchema('spbe_witness_test');
    const pools = [new pg.Pool({ connectionString: databaseUrl }), new pg.Pool({ connectionString: databaseUrl })];
    const states = await Promise.all(
      pools.map((pool) => createPostgresWitnessState({ driver: pgDriver(pool), schema })),
    );
    try {
      const cosigner = await createCosigner(witnessKeys.signerKey);
      const witnesses = await Promise.all(
        states.map((state) =>
          createWitness({ cosigners: [cosigner], logs: [{ origin, verifierKeys: [logKeys.verifierKey] }], state }),
        ),
      );
      const log = await regencyLog();
      await log.appendBatch([0, 1].map(sampleEvent));
      await witnesses[0]!.addCheckpoint(
        formatAddCheckpointRequest({ oldSize: 0n, proof: [], note: (await log.checkpoint()).note }),
      );
      const bodies: string[] = [];
      for (let size = 3; size <= 12; size++) {
        await log.append(sampleEvent(size));
        const { note } = await log.checkpoint();
        bodies.push(
          formatAddCheckpointRequest({ oldSize: 2n, proof: (await log.proveConsistency(2, size)).proof, note }),
        );
      }
      const results = await Promise.allSettled(bodies.map((body, i) => witnesses[i % 2]!.addCheckpoint(body)));
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results)
        if (result.status === 'rejected') expect(result.reason).toMatchObject({ status: 409 });
      const record = await states[1]!.read(origin);
      expect(record!.size).toBeGreaterThan(2n);
    } finally {
      await pools[0]!.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      for (const pool of pools) await pool.end();
    }
  });
});
