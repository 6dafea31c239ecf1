import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateNoteKey } from '@spbe-kit/audit';
import type { PortalConfig } from './config.js';

/** Keys the portal needs: the audit checkpoint signer and the pseudonym key (UU PDP). */
export interface PortalSecrets {
  auditSignerKey: string;
  pseudonymKey: Uint8Array;
}

/**
 * Takes the keys from the environment; when absent (local demo) generates them once and keeps them in
 * `DATA_DIR/secrets.json` (mode 0600). Production deployments pass them from a secret store instead.
 * @example
 * const secrets = await loadSecrets(config);
 */
export async function loadSecrets(config: PortalConfig): Promise<PortalSecrets> {
  const file = path.join(config.dataDir, 'secrets.json');
  let stored: { auditSignerKey?: string; pseudonymKey?: string } = {};
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as typeof stored;
  } catch {
    stored = {};
  }
  let changed = false;
  if (!config.AUDIT_SIGNING_KEY && !stored.auditSignerKey) {
    // The key is named after the log's origin, so `spbe audit verify-bundle --key <vkey>` pins the right origin by default.
    stored.auditSignerKey = (await generateNoteKey(config.AUDIT_ORIGIN)).signerKey;
    changed = true;
  }
  if (!config.PSEUDONYM_KEY && !stored.pseudonymKey) {
    stored.pseudonymKey = randomBytes(32).toString('base64');
    changed = true;
  }
  if (changed) {
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  const pseudonymKey = Buffer.from(config.PSEUDONYM_KEY ?? stored.pseudonymKey ?? '', 'base64');
  return {
    auditSignerKey: config.AUDIT_SIGNING_KEY ?? stored.auditSignerKey ?? '',
    pseudonymKey: new Uint8Array(pseudonymKey),
  };
}
