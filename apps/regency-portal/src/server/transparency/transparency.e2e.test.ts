import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateCosignerKey,
  generateNoteKey,
  httpTileSource,
  readTiledCheckpoint,
  verifyTiledLog,
  type CheckpointTrust,
} from '@spbe-kit/audit';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const main = path.join(appRoot, 'dist/server/main.js');
const ORIGIN = 'spbe.paserkab.go.id/audit';

interface RunningPortal {
  url: string;
  process: ChildProcess;
  output: () => string;
}

const started: RunningPortal[] = [];
const directories: string[] = [];

/** Starts `node dist/server/main.js` as its own process, as a Diskominfo runs it, and waits for its address. */
async function startPortal(env: Record<string, string>): Promise<RunningPortal> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'portal-transparency-'));
  directories.push(dataDir);
  const child = spawn(process.execPath, [main], {
    cwd: appRoot,
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', COOKIE_SECURE: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start:\n${output}`)), 240_000);
    const check = () => {
      const match = /is running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', check);
    child.on('exit', () => reject(new Error(`portal exited:\n${output}`)));
  });
  const portal = { url, process: child, output: () => output };
  started.push(portal);
  return portal;
}

async function stopPortal(portal: RunningPortal): Promise<void> {
  if (portal.process.exitCode !== null) return;
  const exited = new Promise((resolve) => portal.process.on('exit', resolve));
  portal.process.kill('SIGTERM');
  await exited;
}

/** Failed logins: each is an audit event in the regency's log. */
async function someEvents(portal: RunningPortal, count: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await fetch(`${portal.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `tidak.ada.${i}`, password: 'salah-sekali' }),
    });
}

async function eventually<T>(check: () => T | Promise<T>, what: string): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      return await check();
    } catch (error) {
      last = error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${what}: ${String(last)}`);
}

let regencyKeys: { signerKey: string; verifierKey: string };
let witnessKeys: { signerKey: string; verifierKey: string };

beforeAll(async () => {
  regencyKeys = await generateNoteKey(ORIGIN);
  witnessKeys = await generateCosignerKey('spbe.kaltimprov.go.id/saksi');
});

afterAll(async () => {
  for (const portal of started) await stopPortal(portal);
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

describe.skipIf(!existsSync(main))('province witness and regency tiles, across two portal processes', () => {
  it('the province cosigns each regency checkpoint; a citizen verifies the regency log from its tiles; a rewritten log is refused', async () => {
    const province = await startPortal({
      AUDIT_ORIGIN: 'spbe.kaltimprov.go.id/audit',
      WITNESS_SIGNING_KEY: witnessKeys.signerKey,
      WITNESS_LOGS: JSON.stringify([{ origin: ORIGIN, key: regencyKeys.verifierKey }]),
      AUDIT_PUBLISH_SECONDS: '0',
    });
    const regencyEnv = {
      AUDIT_ORIGIN: ORIGIN,
      AUDIT_SIGNING_KEY: regencyKeys.signerKey,
      AUDIT_WITNESSES: JSON.stringify([{ url: `${province.url}/witness`, key: witnessKeys.verifierKey }]),
      AUDIT_PUBLISH_SECONDS: '1',
    };
    const regency = await startPortal(regencyEnv);
    const trust: CheckpointTrust = {
      origin: ORIGIN,
      verifierKeys: [regencyKeys.verifierKey],
      witnesses: { witnessKeys: [witnessKeys.verifierKey], quorum: 1 },
    };
    const tiles = httpTileSource(`${regency.url}/audit-log`);

    await someEvents(regency, 3);
    const first = await eventually(async () => {
      const { checkpoint } = await readTiledCheckpoint(tiles, trust);
      if (checkpoint.size < 3n) throw new Error(`size ${checkpoint.size}`);
      return checkpoint;
    }, 'the first cosigned checkpoint');
    const report = await verifyTiledLog(tiles, trust);
    // The regency publishes every second: the tiles may already hold a newer checkpoint than the first one.
    expect(report.entries).toBeGreaterThanOrEqual(Number(first.size));

    const checkpointResponse = await fetch(`${regency.url}/audit-log/checkpoint`);
    expect(checkpointResponse.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(checkpointResponse.headers.get('cache-control')).toMatch(/max-age=5\b/);
    const tileResponse = await fetch(`${regency.url}/audit-log/tile/0/000.p/${Number(first.size) % 256}`);
    expect(tileResponse.status).toBe(200);
    expect(tileResponse.headers.get('cache-control')).toContain('immutable');

    // The log grows: the next checkpoint is cosigned with a consistency proof from the first.
    await someEvents(regency, 2);
    const second = await eventually(async () => {
      const { checkpoint } = await readTiledCheckpoint(tiles, trust);
      if (checkpoint.size <= first.size) throw new Error(`size ${checkpoint.size}`);
      return checkpoint;
    }, 'the second cosigned checkpoint');
    // As above, a checkpoint published after `second` (the events' own audit entries) may already be there.
    expect((await verifyTiledLog(tiles, trust)).entries).toBeGreaterThanOrEqual(Number(second.size));

    // Monitors can read the province's view of the regency's log.
    const originHash = createHash('sha256').update(ORIGIN).digest('hex');
    const monitor = await fetch(`${province.url}/witness/${originHash}/checkpoint`);
    expect(monitor.status).toBe(200);

    // The regency rewrites its history (same key, a new database): the province refuses to cosign it, and a
    // citizen holding the witness policy rejects what the rewritten portal publishes.
    await stopPortal(regency);
    const rewritten = await startPortal(regencyEnv);
    await someEvents(rewritten, 12);
    await eventually(() => {
      if (!/witness .* refused/.test(rewritten.output())) throw new Error('no refusal yet');
    }, 'the witness refusal');
    const rewrittenTiles = httpTileSource(`${rewritten.url}/audit-log`);
    await expect(readTiledCheckpoint(rewrittenTiles, trust)).rejects.toMatchObject({ code: 'witness.quorum_not_met' });
    expect(province.output()).toMatch(/witness refused a checkpoint/);
  }, 600_000);
});
