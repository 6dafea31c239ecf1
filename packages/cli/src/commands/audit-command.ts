import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
// @spbe-kit/audit is loaded only when an audit command runs, so the other commands start without it.
import type { VerifyReport } from '@spbe-kit/audit';
import { SpbeError, auditEventSchema, safeParseWith } from '@spbe-kit/models';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { forEachRecord, withDestination } from '../batch.js';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors/cli-error.js';
import { exitCodes } from '../exit-codes.js';
import type { InputFormat } from '../input/input-format.js';
import { checkedFilePath } from '../input/open-input.js';
import { readRecords } from '../input/read-records.js';
import type { AuditLogFlags, openAuditLog } from '../audit/open-audit-log.js';
import { schemaCsv } from '../schemas/csv-cell-types.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup, Setup } from './command-setup.js';
import { writeJsonOrText } from './json-or-text.js';
import { writeKeyPair } from './key-files.js';
import { addLogOptions } from './audit-log-options.js';
import { registerAuditOperations } from './audit-operations-command.js';
import { addRecordInputOptions, type RecordInputOptions } from './common-options.js';
import { addWitnessPolicyOptions, witnessPolicyOf, type WitnessPolicyFlags } from './audit-witness-options.js';
import {
  bundleTextFromTiles,
  proveFromTiles,
  registerAuditTilesCommands,
  verifyFromTiles,
} from './audit-tiles-command.js';

const BATCH = 1000;

/** Opens the log the flags name (the store modules load only now). */
async function openLog(...args: Parameters<typeof openAuditLog>) {
  const opener = await import('../audit/open-audit-log.js');
  return opener.openAuditLog(...args);
}
const VERIFY_STEP = 65_536;

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number))
    throw new InvalidArgumentError('expected a non-negative integer');
  return number;
}

/** `spbe audit keygen <name>`: a new Ed25519 signer key and its public verifier key. */
async function auditKeygen(
  context: CommandContext,
  name: string,
  flags: { readonly output?: string; readonly out?: string },
): Promise<void> {
  // `--out` is the former name of `-o, --output`, still accepted.
  const options = { out: flags.output ?? flags.out };
  const { generateNoteKey } = await import('@spbe-kit/audit');
  await writeKeyPair(context, await generateNoteKey(name), options.out, (file) => ({
    id: `Kunci penanda tangan ditulis ke ${file} (rahasiakan); kunci publik di atas.`,
    en: `Signer key written to ${file} (keep it secret); the public key is above.`,
  }));
}

/** Makes standard input re-readable by copying it to a temporary file (for the two passes of `append`). */
async function rereadable(context: CommandContext, file: string): Promise<{ file: string; cleanup: () => void }> {
  if (file !== '-') {
    checkedFilePath(file, context.io);
    return { file, cleanup: () => undefined };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spbe-cli-'));
  const copy = path.join(dir, 'stdin');
  await pipeline(context.io.stdin, createWriteStream(copy));
  return { file: copy, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `spbe audit append <file>`: appends audit events (JSON, JSON Lines or CSV) in batches. Every event is
 * checked first; without `--keep-going` nothing is appended when any event is bad.
 */
async function auditAppend(
  context: CommandContext,
  file: string,
  options: AuditLogFlags & RecordInputOptions,
): Promise<void> {
  const input = await rereadable(context, file);
  const name = file === '-' ? '<stdin>' : file;
  try {
    const read = () =>
      readRecords(input.file, context.io, {
        format: options.inputFormat as InputFormat | undefined,
        csv: schemaCsv('audit-event', options.delimiter),
      });
    const label = context.text({ id: 'peristiwa', en: 'events' });
    if (!context.options.keepGoing) {
      await forEachRecord(context, read(), label, (record) => {
        const result = safeParseWith(auditEventSchema, record.value, { locale: context.options.lang });
        if (!result.success) throw result.error;
      });
      if (context.problems > 0) {
        context.exitCode = exitCodes.invalidInput;
        context.info({
          id: `${context.problems} peristiwa tidak valid; tidak ada yang ditambahkan.`,
          en: `${context.problems} invalid events; nothing appended.`,
        });
        return;
      }
      context.processed = 0;
    }
    const opened = await openLog(options, context.io, 'write');
    let first: number | undefined;
    let batch: unknown[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const receipts = await opened.log.appendBatch(batch);
      first ??= receipts[0]?.index;
      batch = [];
    };
    try {
      await forEachRecord(context, read(), label, async (record) => {
        const result = safeParseWith(auditEventSchema, record.value, { locale: context.options.lang });
        if (!result.success) throw result.error;
        batch.push(result.data);
        if (batch.length >= BATCH) await flush();
      });
      await flush();
      const size = await opened.log.size();
      writeJsonOrText(
        context,
        { appended: context.processed, firstIndex: first ?? null, size, rejected: context.problems },
        context.text({
          id: `${context.processed} peristiwa dari ${name} ditambahkan${first === undefined ? '' : ` (indeks ${first}–${first + context.processed - 1})`}; ukuran log ${size}.`,
          en: `${context.processed} events from ${name} appended${first === undefined ? '' : ` (indices ${first}–${first + context.processed - 1})`}; log size ${size}.`,
        }),
      );
    } finally {
      await opened.close();
    }
    if (context.problems > 0) context.exitCode = exitCodes.invalidInput;
  } finally {
    input.cleanup();
  }
}

type AuditVerifyOptions = AuditLogFlags &
  WitnessPolicyFlags & {
    readonly from?: number;
    readonly to?: number;
    readonly checkpoint?: string;
    readonly tiles?: string;
  };

/**
 * With `--checkpoint` or `--witness-key`: the checkpoint you hold (or the latest one the log keeps) must
 * verify with the log key and the witness policy, and the log must have its root at its size.
 */
async function checkHeldCheckpoint(
  context: CommandContext,
  log: Awaited<ReturnType<typeof openLog>>['log'],
  options: AuditVerifyOptions,
): Promise<{ size: number; witnesses: number } | undefined> {
  const witnesses = witnessPolicyOf(options);
  if (!witnesses && options.checkpoint === undefined) return undefined;
  const note =
    options.checkpoint !== undefined
      ? readFileSync(checkedFilePath(options.checkpoint, context.io), 'utf8')
      : (await log.latestCheckpoint())?.note;
  if (note === undefined)
    throw new InputError('cli.audit_no_checkpoint', {
      id: 'Log belum memiliki checkpoint: berikan --checkpoint <berkas>',
      en: 'The log has no checkpoint yet: give --checkpoint <file>',
    });
  const { verifyLogAgainstCheckpoint } = await import('@spbe-kit/audit');
  const checkpoint = await verifyLogAgainstCheckpoint(log, note, {
    origin: log.origin,
    verifierKeys: [log.verifierKey],
    ...(witnesses ? { witnesses } : {}),
  });
  return { size: Number(checkpoint.size), witnesses: witnesses?.quorum ?? 0 };
}

/** `spbe audit verify`: recomputes every leaf, node and checkpoint root; names the first bad index. */
async function auditVerify(context: CommandContext, options: AuditVerifyOptions): Promise<void> {
  if (options.tiles !== undefined) return verifyFromTiles(context, { ...options, tiles: options.tiles });
  const opened = await openLog(options, context.io, 'read');
  try {
    const size = await opened.log.size();
    const from = options.from ?? 0;
    const to = Math.min(options.to ?? size, size);
    if (size === 0 || to <= from) {
      // Nothing verified is never a pass: say so in words and end non-zero.
      context.exitCode = exitCodes.invalidInput;
      writeJsonOrText(
        context,
        { ok: false, origin: opened.log.origin, size, from, to, reason: size === 0 ? 'empty_log' : 'empty_range' },
        context.colors.red(
          context.text(
            size === 0
              ? {
                  id: 'Log kosong: 0 entri, tidak ada yang diverifikasi.',
                  en: 'The log is empty: 0 entries, nothing was verified.',
                }
              : {
                  id: `Rentang ${from}–${to} tidak berisi entri (log berisi ${size}); tidak ada yang diverifikasi.`,
                  en: `The range ${from}–${to} holds no entries (the log holds ${size}); nothing was verified.`,
                },
          ),
        ),
      );
      return;
    }
    const progress = context.progress();
    // Verified in steps so a large log shows progress on a terminal; each step is a full check of its range.
    let start = from;
    let report: VerifyReport;
    let checkpointsChecked = 0;
    for (;;) {
      const end = Math.min(to, start + VERIFY_STEP);
      report = await opened.log.verify({ from: start, to: end });
      progress.update(end - from, to - from, context.text({ id: `${end} entri`, en: `${end} entries` }));
      if (report.ok) checkpointsChecked += report.checkpointsChecked;
      if (!report.ok || end >= to) break;
      start = end;
    }
    context.endProgress();
    if (report.ok && (await opened.log.latestCheckpoint()) === undefined) {
      context.info({
        id: 'Peringatan: log belum memiliki checkpoint bertanda tangan, jadi origin dan kunci tidak dapat dikonfirmasi.',
        en: 'Warning: the log has no signed checkpoint yet, so its origin and key cannot be confirmed.',
      });
    }
    if (report.ok) {
      const held = await checkHeldCheckpoint(context, opened.log, options);
      const witnessed = held
        ? context.text({
            id: ` Checkpoint ukuran ${held.size} cocok${held.witnesses > 0 ? ` dan di-cosign ≥ ${held.witnesses} saksi` : ''}.`,
            en: ` Checkpoint of size ${held.size} matches${held.witnesses > 0 ? ` and is cosigned by ≥ ${held.witnesses} witnesses` : ''}.`,
          })
        : '';
      writeJsonOrText(
        context,
        {
          ok: true,
          origin: opened.log.origin,
          size,
          from,
          to,
          checkpointsChecked,
          ...(held ? { heldCheckpoint: held } : {}),
        },
        context.colors.green(
          context.text({
            id: `OK: entri ${from}–${to - 1} dari ${size} terverifikasi.`,
            en: `OK: entries ${from}–${to - 1} of ${size} verified.`,
          }) + witnessed,
        ),
      );
    } else {
      const failed = report;
      context.exitCode = exitCodes.invalidInput;
      writeJsonOrText(
        context,
        {
          ok: false,
          origin: opened.log.origin,
          size,
          firstBadIndex: failed.firstBadIndex,
          reason: failed.reason,
          message: context.text(failed.message),
        },
        context.colors.red(
          context.text({
            id: `GAGAL pada indeks ${failed.firstBadIndex}: ${failed.message.id} (${failed.reason})`,
            en: `FAILED at index ${failed.firstBadIndex}: ${failed.message.en} (${failed.reason})`,
          }),
        ),
      );
    }
  } finally {
    await opened.close();
  }
}

/** `spbe audit prove <index>` (inclusion) or `spbe audit prove --consistency <size1>` (consistency). */
async function auditProve(
  context: CommandContext,
  index: number | undefined,
  options: AuditLogFlags & { readonly treeSize?: number; readonly consistency?: number; readonly tiles?: string },
): Promise<void> {
  if (options.tiles !== undefined) return proveFromTiles(context, index, { ...options, tiles: options.tiles });
  const opened = await openLog(options, context.io, 'read');
  try {
    if (options.consistency !== undefined) {
      const size2 = options.treeSize ?? (await opened.log.size());
      const proof = await opened.log.proveConsistency(options.consistency, size2);
      const value = {
        type: 'consistency',
        size1: proof.size1,
        size2: proof.size2,
        root1: base64(proof.root1),
        root2: base64(proof.root2),
        proof: proof.proof.map(base64),
      };
      context.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      return;
    }
    if (index === undefined) {
      throw new InputError('cli.audit_prove_what', {
        id: 'Sebutkan indeks entri, atau --consistency <ukuran-lama>',
        en: 'Give an entry index, or --consistency <old-size>',
      });
    }
    const proof = await opened.log.proveInclusion(index, options.treeSize);
    const value = {
      type: 'inclusion',
      leafIndex: proof.leafIndex,
      treeSize: proof.treeSize,
      leafHash: base64(proof.leafHash),
      root: base64(proof.root),
      proof: proof.proof.map(base64),
    };
    context.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  } finally {
    await opened.close();
  }
}

/** `spbe audit checkpoint`: signs a checkpoint of the current tree and prints the signed note. */
async function auditCheckpoint(context: CommandContext, options: AuditLogFlags): Promise<void> {
  const opened = await openLog(options, context.io, 'write');
  try {
    const { note, checkpoint } = await opened.log.checkpoint();
    if (context.options.json) {
      context.io.stdout.write(
        `${JSON.stringify({ origin: checkpoint.origin, size: Number(checkpoint.size), root: base64(checkpoint.root), note }, null, 2)}\n`,
      );
    } else context.io.stdout.write(note);
  } finally {
    await opened.close();
  }
}

/** `spbe audit export <index>`: a C2SP tlog-proof@v1 bundle of one entry, verifiable offline. */
async function auditExport(
  context: CommandContext,
  index: number,
  options: AuditLogFlags & { readonly output?: string },
): Promise<void> {
  const opened = await openLog(options, context.io, 'read-or-sign');
  try {
    const bundle = await opened.log.exportBundle(index);
    await withDestination(context, options.output, (destination) => {
      destination.write(bundle);
      return Promise.resolve();
    });
  } finally {
    await opened.close();
  }
}

type VerifyBundleOptions = {
  readonly key: string[];
  readonly origin?: string;
  readonly tiles?: string;
  readonly index?: number;
} & WitnessPolicyFlags;

/** `spbe audit verify-bundle <file> --key <vkey>`: verifies an exported bundle offline (or one built from `--tiles`). */
async function auditVerifyBundle(
  context: CommandContext,
  file: string | undefined,
  options: VerifyBundleOptions,
): Promise<void> {
  const witnesses = witnessPolicyOf(options);
  const text =
    options.tiles !== undefined
      ? await bundleTextFromTiles(context, { ...options, tiles: options.tiles })
      : file === '-' || file === undefined
        ? await readAll(context)
        : readFileSync(checkedFilePath(file, context.io), 'utf8');
  // The origin is pinned by the user, never read from the bundle: by default the name of the first key.
  const origin = options.origin ?? options.key[0]!.split('+')[0]!;
  const { verifyProofBundle } = await import('@spbe-kit/audit');
  const verified = await verifyProofBundle(text, {
    origin,
    verifierKeys: options.key,
    ...(witnesses ? { witnesses } : {}),
  });
  const { event } = verified;
  writeJsonOrText(
    context,
    {
      ok: true,
      origin: verified.checkpoint.origin,
      index: verified.index,
      treeSize: Number(verified.checkpoint.size),
      event,
    },
    [
      context.colors.green(context.text({ id: 'OK: bundel terverifikasi.', en: 'OK: bundle verified.' })),
      `${context.text({ id: 'Log', en: 'Log' })}: ${verified.checkpoint.origin}, ${context.text({ id: 'ukuran', en: 'size' })} ${verified.checkpoint.size}`,
      `${context.text({ id: 'Entri', en: 'Entry' })} ${verified.index}: ${event.timestamp} ${event.action} (${event.outcome}) ${event.actor.type}:${event.actor.pseudonym}`,
    ].join('\n'),
  );
}

/** The `spbe audit prove --consistency` output, as read back by `verify-checkpoints`. */
interface ConsistencyProofFile {
  readonly type?: string;
  readonly size1: number;
  readonly size2: number;
  readonly proof: readonly string[];
}

function readConsistencyProof(file: string, context: CommandContext): ConsistencyProofFile {
  const text = readFileSync(checkedFilePath(file, context.io), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new InputError(
      'cli.audit_proof_json',
      {
        id: `${file}: bukan JSON dari \`spbe audit prove --consistency\``,
        en: `${file}: not the JSON of \`spbe audit prove --consistency\``,
      },
      { cause },
    );
  }
  const proof = value as Partial<ConsistencyProofFile> | null;
  const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (
    !proof ||
    !isSize(proof.size1) ||
    !isSize(proof.size2) ||
    !Array.isArray(proof.proof) ||
    !proof.proof.every((hash) => typeof hash === 'string')
  ) {
    throw new InputError('cli.audit_proof_shape', {
      id: `${file}: harus berisi size1, size2 dan proof (base64) dari \`spbe audit prove --consistency\``,
      en: `${file}: must hold size1, size2 and proof (base64) from \`spbe audit prove --consistency\``,
    });
  }
  return proof as ConsistencyProofFile;
}

/**
 * `spbe audit verify-checkpoints <older> <newer>`: checks two signed checkpoints with the log's public
 * key and, with the consistency proof between them, that the newer log extends the older one —
 * offline, without access to the log. Two checkpoints of one origin that fail this are evidence of a
 * rewritten history or a split view.
 */
async function auditVerifyCheckpoints(
  context: CommandContext,
  olderFile: string,
  newerFile: string,
  options: { readonly key: string[]; readonly origin?: string; readonly proof?: string } & WitnessPolicyFlags,
): Promise<void> {
  const origin = options.origin ?? options.key[0]!.split('+')[0]!;
  const witnesses = witnessPolicyOf(options);
  const { verifyCheckpoint, verifyConsistency } = await import('@spbe-kit/audit');
  const trust = { origin, verifierKeys: options.key, ...(witnesses ? { witnesses } : {}) };
  // Each file is named in the error, so that the auditor knows which checkpoint failed.
  const verifyFile = async (file: string) => {
    const text = readFileSync(checkedFilePath(file, context.io), 'utf8');
    try {
      return await verifyCheckpoint(text, trust);
    } catch (error) {
      if (!SpbeError.isInstance(error)) throw error;
      throw new InputError(
        'cli.audit_checkpoint_invalid',
        { id: `${error.messages.id} (${error.code})`, en: `${error.messages.en} (${error.code})` },
        { path: [file], cause: error },
      );
    }
  };
  const older = await verifyFile(olderFile);
  const newer = await verifyFile(newerFile);
  const sizes = { older: Number(older.size), newer: Number(newer.size) };
  if (sizes.older > sizes.newer) {
    throw new InputError('cli.audit_checkpoint_order', {
      id: `Checkpoint pertama (${sizes.older}) lebih besar dari yang kedua (${sizes.newer}): sebutkan yang lama lebih dulu`,
      en: `The first checkpoint (${sizes.older}) is larger than the second (${sizes.newer}): give the older one first`,
    });
  }
  let proofLength = 0;
  if (options.proof !== undefined) {
    const proof = readConsistencyProof(options.proof, context);
    if (proof.size1 !== sizes.older || proof.size2 !== sizes.newer) {
      throw new InputError('cli.audit_proof_sizes', {
        id: `Bukti konsistensi untuk ukuran ${proof.size1} → ${proof.size2}, checkpoint ${sizes.older} → ${sizes.newer}`,
        en: `The consistency proof is for sizes ${proof.size1} → ${proof.size2}, the checkpoints are ${sizes.older} → ${sizes.newer}`,
      });
    }
    verifyConsistency({
      size1: older.size,
      size2: newer.size,
      root1: older.root,
      root2: newer.root,
      proof: proof.proof.map((hash) => new Uint8Array(Buffer.from(hash, 'base64'))),
    });
    proofLength = proof.proof.length;
  } else if (sizes.older !== sizes.newer || !Buffer.from(older.root).equals(Buffer.from(newer.root))) {
    throw new InputError('cli.audit_needs_proof', {
      id: 'Checkpoint berbeda: berikan --proof dengan keluaran `spbe audit prove --consistency <ukuran-lama> --tree-size <ukuran-baru>`',
      en: 'The checkpoints differ: give --proof with the output of `spbe audit prove --consistency <old-size> --tree-size <new-size>`',
    });
  }
  writeJsonOrText(
    context,
    {
      ok: true,
      origin: older.origin,
      size1: sizes.older,
      size2: sizes.newer,
      root1: base64(older.root),
      root2: base64(newer.root),
      proofHashes: proofLength,
    },
    [
      context.colors.green(
        context.text({
          id: 'OK: kedua checkpoint sah dan log yang baru memperluas yang lama.',
          en: 'OK: both checkpoints are valid and the newer log extends the older one.',
        }),
      ),
      `${context.text({ id: 'Log', en: 'Log' })}: ${older.origin}, ${context.text({ id: 'ukuran', en: 'size' })} ${sizes.older} → ${sizes.newer}`,
    ].join('\n'),
  );
}

async function readAll(context: CommandContext): Promise<string> {
  let text = '';
  for await (const chunk of context.io.stdin)
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return text;
}

/** Registers `spbe audit` and its subcommands. */
export const registerAuditCommand: CommandSetup = (program: Command, setup) => {
  const audit = program.command('audit').description(setup.text(commandSummary('audit').description));
  audit.addHelpText(
    'after',
    setup.examples([
      ['spbe audit keygen audit.example.go.id --out signer.key', { id: 'kunci baru', en: 'a new key' }],
      [
        'spbe audit append events.jsonl --store ./audit --origin audit.example.go.id/simpeg --signer-key-file signer.key',
        { id: 'tambah peristiwa', en: 'append events' },
      ],
      [
        'spbe audit verify --store ./audit --origin audit.example.go.id/simpeg --key "$VKEY"',
        { id: 'verifikasi seluruh log', en: 'verify the whole log' },
      ],
      [
        'spbe audit export 41 --store ./audit --origin … --key "$VKEY" -o entry-41.proof',
        { id: 'bundel bukti', en: 'a proof bundle' },
      ],
      ['spbe audit verify-bundle entry-41.proof --key "$VKEY"', { id: 'verifikasi luring', en: 'verify offline' }],
      [
        'spbe audit verify-checkpoints old.txt new.txt --proof consistency.json --key "$VKEY"',
        { id: 'riwayat tidak ditulis ulang', en: 'history was not rewritten' },
      ],
    ]),
  );

  registerKeygen(audit, setup);
  registerAppend(audit, setup);
  registerVerify(audit, setup);
  registerProve(audit, setup);
  registerCheckpoint(audit, setup);
  registerExport(audit, setup);
  registerVerifyBundle(audit, setup);
  registerVerifyCheckpoints(audit, setup);
  registerAuditOperations(audit, setup);
  registerAuditTilesCommands(audit, setup);
};

/** Registers `spbe audit keygen`. */
function registerKeygen(audit: Command, setup: Setup): void {
  audit
    .command('keygen')
    .argument(
      '<name>',
      setup.text({ id: 'nama kunci, mis. audit.example.go.id', en: 'key name, e.g. audit.example.go.id' }),
    )
    .description(
      setup.text({
        id: 'Buat kunci Ed25519 penanda tangan checkpoint dan kunci publiknya',
        en: 'Create an Ed25519 checkpoint signer key and its public key',
      }),
    )
    .option(
      '-o, --output <file>',
      setup.text({
        id: 'tulis kunci rahasia ke berkas baru (mode 600)',
        en: 'write the secret key to a new file (mode 600)',
      }),
    )
    .addOption(new Option('--out <file>').hideHelp())
    .addHelpText(
      'after',
      setup.examples([
        [
          'spbe audit keygen audit.example.go.id/simpeg --out signer.key',
          { id: 'kunci publik tercetak, kunci rahasia di berkas', en: 'public key printed, secret key in the file' },
        ],
      ]),
    )
    .action(setup.action((context, name: string, options: { out?: string }) => auditKeygen(context, name, options)));
}

/** Registers `spbe audit append`. */
function registerAppend(audit: Command, setup: Setup): void {
  const append = audit
    .command('append')
    .argument(
      '<file>',
      setup.text({
        id: 'peristiwa audit (JSON, JSON Lines, CSV; - = stdin)',
        en: 'audit events (JSON, JSON Lines, CSV; - = stdin)',
      }),
    )
    .description(setup.text({ id: 'Tambahkan peristiwa audit ke log', en: 'Append audit events to the log' }));
  addLogOptions(append, setup, true);
  addRecordInputOptions(append, setup);
  append.addHelpText(
    'after',
    setup.examples([
      [
        'spbe audit append events.jsonl --store ./audit --origin audit.example.go.id/simpeg --signer-key-file signer.key',
        { id: 'semua atau tidak sama sekali', en: 'all or nothing' },
      ],
    ]),
  );
  append.action(
    setup.action((context, file: string, options: AuditLogFlags & RecordInputOptions) =>
      auditAppend(context, file, options),
    ),
  );
}

/** Registers `spbe audit verify`. */
function registerVerify(audit: Command, setup: Setup): void {
  const verify = audit
    .command('verify')
    .description(
      setup.text({
        id: 'Hitung ulang seluruh log; sebutkan indeks rusak pertama',
        en: 'Recompute the whole log; name the first bad index',
      }),
    )
    .option(
      '--from <index>',
      setup.text({ id: 'mulai dari indeks ini', en: 'start at this index' }),
      nonNegativeInteger,
    )
    .option(
      '--to <index>',
      setup.text({ id: 'berhenti sebelum indeks ini', en: 'stop before this index' }),
      nonNegativeInteger,
    );
  addLogOptions(verify, setup, false);
  addWitnessPolicyOptions(verify, setup)
    .option(
      '--tiles <dir|url>',
      setup.text({
        id: 'verifikasi dari tile C2SP saja (direktori atau URL https); perlu --key',
        en: 'verify from C2SP tiles alone (a directory or an https URL); needs --key',
      }),
    )
    .option(
      '--checkpoint <file>',
      setup.text({
        id: 'checkpoint bertanda tangan (dan di-cosign) yang Anda simpan; log harus memiliki akarnya',
        en: 'a signed (and cosigned) checkpoint you hold; the log must have its root',
      }),
    );
  verify.addHelpText(
    'after',
    setup.examples([
      [
        'spbe audit verify --db postgres://localhost/audit --origin audit.example.go.id/simpeg --key "$VKEY"',
        { id: 'log di PostgreSQL', en: 'a log in PostgreSQL' },
      ],
    ]),
  );
  verify.action(setup.action((context, options: AuditVerifyOptions) => auditVerify(context, options)));
}

/** Registers `spbe audit prove`. */
function registerProve(audit: Command, setup: Setup): void {
  const prove = audit
    .command('prove')
    .argument(
      '[index]',
      setup.text({ id: 'indeks entri (bukti inklusi)', en: 'entry index (inclusion proof)' }),
      nonNegativeInteger,
    )
    .description(
      setup.text({
        id: 'Bukti inklusi sebuah entri, atau bukti konsistensi antara dua ukuran (JSON, base64)',
        en: 'Inclusion proof of an entry, or consistency proof between two sizes (JSON, base64)',
      }),
    )
    .option(
      '--tree-size <n>',
      setup.text({ id: 'ukuran pohon (bawaan: sekarang)', en: 'tree size (default: current)' }),
      nonNegativeInteger,
    )
    .option(
      '--consistency <size1>',
      setup.text({ id: 'bukti konsistensi dari ukuran ini', en: 'consistency proof from this size' }),
      nonNegativeInteger,
    );
  addLogOptions(prove, setup, false);
  prove.option(
    '--tiles <dir|url>',
    setup.text({
      id: 'hitung bukti dari tile log; perlu --key',
      en: "compute the proof from the log's tiles; needs --key",
    }),
  );
  prove.addHelpText(
    'after',
    setup.examples([
      ['spbe audit prove 41 --store ./audit --origin … --key "$VKEY"', { id: 'bukti inklusi', en: 'inclusion proof' }],
      [
        'spbe audit prove --consistency 1000 --store ./audit --origin … --key "$VKEY"',
        { id: 'bukti konsistensi 1000 → sekarang', en: 'consistency proof 1000 → now' },
      ],
    ]),
  );
  prove.action(
    setup.action(
      (
        context,
        index: number | undefined,
        options: AuditLogFlags & { treeSize?: number; consistency?: number; tiles?: string },
      ) => auditProve(context, index, options),
    ),
  );
}

/** Registers `spbe audit checkpoint`. */
function registerCheckpoint(audit: Command, setup: Setup): void {
  const checkpoint = audit.command('checkpoint').description(
    setup.text({
      id: 'Tanda tangani checkpoint pohon saat ini (C2SP)',
      en: 'Sign a checkpoint of the current tree (C2SP)',
    }),
  );
  addLogOptions(checkpoint, setup, true);
  checkpoint.addHelpText(
    'after',
    setup.examples([
      [
        'spbe audit checkpoint --store ./audit --origin audit.example.go.id/simpeg --signer-key-file signer.key > checkpoint.txt',
        { id: 'terbitkan checkpoint', en: 'publish the checkpoint' },
      ],
    ]),
  );
  checkpoint.action(setup.action((context, options: AuditLogFlags) => auditCheckpoint(context, options)));
}

/** Registers `spbe audit export`. */
function registerExport(audit: Command, setup: Setup): void {
  const exportCommand = audit
    .command('export')
    .argument('<index>', setup.text({ id: 'indeks entri', en: 'entry index' }), nonNegativeInteger)
    .description(
      setup.text({
        id: 'Ekspor bundel bukti (C2SP tlog-proof@v1) sebuah entri',
        en: 'Export the proof bundle (C2SP tlog-proof@v1) of an entry',
      }),
    )
    .option('-o, --output <file>', setup.text({ id: 'tulis ke berkas', en: 'write to a file' }));
  addLogOptions(exportCommand, setup, false);
  exportCommand.addHelpText(
    'after',
    setup.examples([
      [
        'spbe audit export 41 --store ./audit --origin … --key "$VKEY" -o entry-41.proof',
        { id: 'bundel untuk warga atau auditor', en: 'a bundle for a citizen or an auditor' },
      ],
    ]),
  );
  exportCommand.action(
    setup.action((context, index: number, options: AuditLogFlags & { output?: string }) =>
      auditExport(context, index, options),
    ),
  );
}

/** Registers `spbe audit verify-bundle`. */
function registerVerifyBundle(audit: Command, setup: Setup): void {
  addWitnessPolicyOptions(audit.command('verify-bundle'), setup)
    .argument('[file]', setup.text({ id: 'berkas bundel (- = stdin)', en: 'bundle file (- = stdin)' }))
    .option(
      '--tiles <dir|url>',
      setup.text({
        id: 'bangun bundel dari tile log (dengan --index)',
        en: "build the bundle from the log's tiles (with --index)",
      }),
    )
    .option(
      '--index <n>',
      setup.text({ id: 'indeks entri (dengan --tiles)', en: 'entry index (with --tiles)' }),
      nonNegativeInteger,
    )
    .description(
      setup.text({
        id: 'Verifikasi bundel bukti secara luring dengan kunci publik log',
        en: "Verify a proof bundle offline with the log's public key",
      }),
    )
    .requiredOption(
      '--key <vkey...>',
      setup.text({ id: 'kunci publik log (dan saksi)', en: "the log's (and witnesses') public keys" }),
    )
    .option(
      '--origin <origin>',
      setup.text({
        id: 'origin log yang diharapkan (bawaan: nama kunci pertama)',
        en: 'expected log origin (default: the name of the first key)',
      }),
    )
    .addHelpText(
      'after',
      setup.examples([
        [
          'spbe audit verify-bundle entry-41.proof --key "$VKEY"',
          { id: 'hanya dengan kunci publik, luring', en: 'with the public key only, offline' },
        ],
      ]),
    )
    .action(
      setup.action((context, file: string | undefined, options: VerifyBundleOptions) =>
        auditVerifyBundle(context, file, options),
      ),
    );
}

/** Registers `spbe audit verify-checkpoints`. */
function registerVerifyCheckpoints(audit: Command, setup: Setup): void {
  addWitnessPolicyOptions(audit.command('verify-checkpoints'), setup)
    .argument(
      '<older>',
      setup.text({ id: 'checkpoint bertanda tangan yang lebih lama', en: 'the older signed checkpoint' }),
    )
    .argument(
      '<newer>',
      setup.text({ id: 'checkpoint bertanda tangan yang lebih baru', en: 'the newer signed checkpoint' }),
    )
    .description(
      setup.text({
        id: 'Verifikasi dua checkpoint secara luring dan bahwa log yang baru memperluas yang lama (bukti konsistensi)',
        en: 'Verify two checkpoints offline, and that the newer log extends the older one (consistency proof)',
      }),
    )
    .requiredOption(
      '--key <vkey...>',
      setup.text({ id: 'kunci publik log (dan saksi)', en: "the log's (and witnesses') public keys" }),
    )
    .option(
      '--origin <origin>',
      setup.text({
        id: 'origin log yang diharapkan (bawaan: nama kunci pertama)',
        en: 'expected log origin (default: the name of the first key)',
      }),
    )
    .option(
      '--proof <file>',
      setup.text({
        id: 'keluaran JSON `spbe audit prove --consistency`',
        en: 'the JSON output of `spbe audit prove --consistency`',
      }),
    )
    .addHelpText(
      'after',
      setup.examples([
        [
          'spbe audit prove --consistency 1000 --tree-size 1200 --store ./audit --origin … --key "$VKEY" > consistency.json',
          { id: 'dari operator', en: 'from the operator' },
        ],
        [
          'spbe audit verify-checkpoints checkpoint-1000.txt checkpoint-1200.txt --proof consistency.json --key "$VKEY"',
          { id: 'oleh auditor, luring', en: 'by the auditor, offline' },
        ],
      ]),
    )
    .action(
      setup.action(
        (
          context,
          older: string,
          newer: string,
          options: { key: string[]; origin?: string; proof?: string } & WitnessPolicyFlags,
        ) => auditVerifyCheckpoints(context, older, newer, options),
      ),
    );
}
