import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createAuditLog,
  createNoteSigner,
  parseVerifierKey,
  type AuditLog,
  type AuditStore,
  type NoteSigner,
} from '@spbe-kit/audit';
import { SpbeError } from '@spbe-kit/models';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../errors/cli-error.js';

/** Options every `spbe audit` command that opens a log accepts. */
export interface AuditLogFlags {
  /** Directory of a file store. */
  readonly store?: string;
  /** PostgreSQL connection string. */
  readonly db?: string;
  /** PostgreSQL schema of the log (default `spbe_audit`). */
  readonly dbSchema?: string;
  /** The log's origin (`SPBE_AUDIT_ORIGIN`). */
  readonly origin?: string;
  /** A file holding the signer key (`SPBE_AUDIT_SIGNER_KEY` holds the key itself). */
  readonly signerKeyFile?: string;
  /** The log's verifier (public) key: enough for commands that only read. */
  readonly key?: string;
}

/** An opened log and how to close it. */
export interface OpenedAuditLog {
  readonly log: AuditLog;
  /** The store under the log (for writing tiles). */
  readonly store: AuditStore;
  close(): Promise<void>;
}

/** The signer when a signer key is given; otherwise, for commands that only read, the public key. */
async function keysOf(
  flags: AuditLogFlags,
  io: CliIo,
  needsSigning: boolean,
): Promise<{ readonly signer: NoteSigner } | { readonly verifierKey: string }> {
  let signerKey = io.env.SPBE_AUDIT_SIGNER_KEY;
  if (flags.signerKeyFile !== undefined) {
    try {
      signerKey = readFileSync(path.resolve(io.cwd, flags.signerKeyFile), 'utf8').trim();
    } catch (cause) {
      throw new UsageError(
        'cli.file_not_found',
        {
          id: `Berkas tidak ditemukan: ${flags.signerKeyFile}`,
          en: `File not found: ${flags.signerKeyFile}`,
        },
        { cause },
      );
    }
  }
  if (signerKey !== undefined && signerKey !== '') return { signer: await createNoteSigner(signerKey) };
  if (!needsSigning && flags.key !== undefined) {
    await parseVerifierKey(flags.key); // a malformed key is reported before the store is opened
    return { verifierKey: flags.key };
  }
  throw new UsageError('cli.audit_no_key', {
    id: needsSigning
      ? 'Berikan kunci penanda tangan log: --signer-key-file <berkas> atau SPBE_AUDIT_SIGNER_KEY'
      : 'Berikan kunci publik log (--key) atau kunci penanda tangannya (--signer-key-file / SPBE_AUDIT_SIGNER_KEY)',
    en: needsSigning
      ? "Give the log's signer key: --signer-key-file <file> or SPBE_AUDIT_SIGNER_KEY"
      : "Give the log's public key (--key) or its signer key (--signer-key-file / SPBE_AUDIT_SIGNER_KEY)",
  });
}

const needsSigner = () =>
  new UsageError('cli.audit_needs_signer', {
    id: 'Perintah ini perlu menandatangani checkpoint baru: berikan --signer-key-file atau SPBE_AUDIT_SIGNER_KEY',
    en: 'This command has to sign a new checkpoint: give --signer-key-file or SPBE_AUDIT_SIGNER_KEY',
  });

/** A log opened read-only, whose "needs a signer" errors say which option gives one. */
function withSignerHint(log: AuditLog): AuditLog {
  const hint = (error: unknown): never => {
    if (SpbeError.isInstance(error) && error.code === 'log.read_only') throw needsSigner();
    throw error;
  };
  return {
    ...log,
    checkpoint: () => log.checkpoint().catch(hint),
    exportBundle: (index) => log.exportBundle(index).catch(hint),
  };
}

async function storeOf(
  flags: AuditLogFlags,
  io: CliIo,
  readOnly: boolean,
): Promise<{ store: AuditStore; close: () => Promise<void> }> {
  if ((flags.store === undefined) === (flags.db === undefined)) {
    throw new UsageError('cli.audit_store', {
      id: 'Sebutkan tepat satu tempat log: --store <direktori> atau --db <postgres://…>',
      en: 'Name exactly one log location: --store <directory> or --db <postgres://…>',
    });
  }
  if (flags.store !== undefined) {
    const { createFileStore, nodeSha256 } = await import('@spbe-kit/audit/file');
    const store = await createFileStore({
      directory: path.resolve(io.cwd, flags.store),
      hasher: nodeSha256,
      readOnly,
    });
    return { store, close: () => Promise.resolve() };
  }
  const { openPostgresStore } = await import('./postgres-store.js');
  return openPostgresStore(flags.db!, flags.dbSchema, readOnly);
}

/**
 * How a command uses the log: `'read'` opens the store read-only (nothing is created or changed,
 * a SELECT-only database role is enough); `'write'` needs the signer key; `'read-or-sign'` (export)
 * opens read-only unless a signer key is given, so it can sign a checkpoint when none covers the entry.
 */
export type AuditAccess = 'read' | 'write' | 'read-or-sign';

/**
 * Opens the audit log the flags name. Commands that only read (verify, prove, query, export of an
 * entry a checkpoint already covers) need only the public key and open the store read-only;
 * appending, erasing and signing need the signer key.
 */
export async function openAuditLog(flags: AuditLogFlags, io: CliIo, access: AuditAccess): Promise<OpenedAuditLog> {
  const needsSigning = access === 'write';
  const origin = flags.origin ?? io.env.SPBE_AUDIT_ORIGIN;
  if (origin === undefined || origin === '') {
    throw new UsageError('cli.audit_origin', {
      id: 'Sebutkan origin log: --origin atau SPBE_AUDIT_ORIGIN',
      en: "Name the log's origin: --origin or SPBE_AUDIT_ORIGIN",
    });
  }
  const keys = await keysOf(flags, io, needsSigning);
  const readOnly = access === 'read' || !('signer' in keys);
  const { store, close } = await storeOf(flags, io, readOnly);
  const { nodeSha256 } = await import('@spbe-kit/audit/file');
  const log = createAuditLog({ store, ...keys, origin, hasher: nodeSha256 });
  return {
    log: 'signer' in keys ? log : withSignerHint(log),
    store,
    async close() {
      await log.close();
      await close();
    },
  };
}
