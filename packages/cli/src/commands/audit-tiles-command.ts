import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckpointTrust, TileSource } from '@spbe-kit/audit';
import type { Command } from 'commander';
import type { AuditLogFlags, openAuditLog } from '../audit/open-audit-log.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors/cli-error.js';
import { checkedFilePath } from '../input/open-input.js';
import type { Setup } from './command-setup.js';
import { writeJsonOrText } from './json-or-text.js';
import { writeKeyPair } from './key-files.js';
import { witnessPolicyOf, type WitnessPolicyFlags } from './audit-witness-options.js';

async function openLog(...args: Parameters<typeof openAuditLog>) {
  const opener = await import('../audit/open-audit-log.js');
  return opener.openAuditLog(...args);
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** A tile source for `--tiles`: an http(s) URL prefix or a directory. */
async function tileSourceOf(context: CommandContext, tiles: string): Promise<TileSource> {
  const audit = await import('@spbe-kit/audit');
  if (/^https?:\/\//i.test(tiles)) {
    const url = new URL(tiles);
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !local)
      throw new UsageError('cli.audit_tiles_https', {
        id: `--tiles ${tiles}: gunakan https:// (http hanya untuk localhost)`,
        en: `--tiles ${tiles}: use https:// (http only for localhost)`,
      });
    return audit.httpTileSource(tiles);
  }
  const { directoryTileSource } = await import('@spbe-kit/audit/tiles');
  return directoryTileSource(path.resolve(context.io.cwd, tiles));
}

/** The trust for tiles: the log key(s), the origin pinned by the user (default: the name of the first key), the witness policy. */
function tilesTrust(
  context: CommandContext,
  options: { readonly key?: string | string[]; readonly origin?: string } & WitnessPolicyFlags,
): CheckpointTrust {
  const keys = options.key === undefined ? [] : Array.isArray(options.key) ? options.key : [options.key];
  if (keys.length === 0)
    throw new UsageError('cli.audit_tiles_key', {
      id: 'Verifikasi dari tile memerlukan kunci publik log: --key <vkey>',
      en: "Verifying from tiles needs the log's public key: --key <vkey>",
    });
  const origin = options.origin ?? context.io.env.SPBE_AUDIT_ORIGIN ?? keys[0]!.split('+')[0]!;
  const witnesses = witnessPolicyOf(options);
  return { origin, verifierKeys: keys, ...(witnesses ? { witnesses } : {}) };
}

/** `spbe audit verify --tiles <dir|url> --key <vkey>`: the whole log from its tiles alone. */
export async function verifyFromTiles(
  context: CommandContext,
  options: { readonly tiles: string; readonly key?: string; readonly origin?: string } & WitnessPolicyFlags,
): Promise<void> {
  const trust = tilesTrust(context, options);
  const source = await tileSourceOf(context, options.tiles);
  const { verifyTiledLog } = await import('@spbe-kit/audit');
  const progress = context.progress();
  const report = await verifyTiledLog(source, trust, {
    onProgress: (done, total) =>
      progress.update(done, total, context.text({ id: `${done} entri`, en: `${done} entries` })),
  });
  context.endProgress();
  const witnesses = trust.witnesses?.quorum ?? 0;
  writeJsonOrText(
    context,
    {
      ok: true,
      origin: report.checkpoint.origin,
      size: Number(report.checkpoint.size),
      root: base64(report.checkpoint.root),
      entries: report.entries,
      tiles: report.tiles,
      witnessQuorum: witnesses,
    },
    context.colors.green(
      context.text({
        id: `OK: ${report.entries} entri dari ${report.tiles} berkas tile terverifikasi; akar cocok dengan checkpoint ${report.checkpoint.origin} ukuran ${report.checkpoint.size}${witnesses > 0 ? `, di-cosign ≥ ${witnesses} saksi` : ''}.`,
        en: `OK: ${report.entries} entries from ${report.tiles} tile files verified; the root matches checkpoint ${report.checkpoint.origin} of size ${report.checkpoint.size}${witnesses > 0 ? `, cosigned by ≥ ${witnesses} witnesses` : ''}.`,
      }),
    ),
  );
}

/** `spbe audit prove <index> --tiles …`: an inclusion proof computed from tiles. */
export async function proveFromTiles(
  context: CommandContext,
  index: number | undefined,
  options: {
    readonly tiles: string;
    readonly key?: string;
    readonly origin?: string;
    readonly treeSize?: number;
    readonly consistency?: number;
  },
): Promise<void> {
  const source = await tileSourceOf(context, options.tiles);
  const audit = await import('@spbe-kit/audit');
  const { checkpoint } = await audit.readTiledCheckpoint(source, tilesTrust(context, options));
  const size = options.treeSize ?? Number(checkpoint.size);
  if (size > Number(checkpoint.size))
    throw new UsageError('cli.audit_tiles_size', {
      id: `--tree-size ${size} melebihi checkpoint tile (${checkpoint.size})`,
      en: `--tree-size ${size} exceeds the tiles' checkpoint (${checkpoint.size})`,
    });
  if (options.consistency !== undefined) {
    const proof = await audit.proveConsistencyFromTiles(source, options.consistency, size);
    context.io.stdout.write(
      `${JSON.stringify({ type: 'consistency', size1: options.consistency, size2: size, proof: proof.map(base64) }, null, 2)}\n`,
    );
    return;
  }
  if (index === undefined)
    throw new UsageError('cli.audit_prove_what', {
      id: 'Sebutkan indeks entri, atau --consistency <ukuran-lama>',
      en: 'Give an entry index, or --consistency <old-size>',
    });
  const { proof, leafHash } = await audit.proveInclusionFromTiles(source, index, size);
  const root = size === Number(checkpoint.size) ? base64(checkpoint.root) : undefined;
  context.io.stdout.write(
    `${JSON.stringify({ type: 'inclusion', leafIndex: index, treeSize: size, leafHash: base64(leafHash), ...(root ? { root } : {}), proof: proof.map(base64) }, null, 2)}\n`,
  );
}

/** `spbe audit verify-bundle --tiles … --index N`: builds the bundle of an entry from tiles and verifies it. */
export async function bundleTextFromTiles(
  context: CommandContext,
  options: {
    readonly tiles: string;
    readonly index?: number;
    readonly key: string[];
    readonly origin?: string;
  } & WitnessPolicyFlags,
): Promise<string> {
  if (options.index === undefined)
    throw new UsageError('cli.audit_tiles_index', {
      id: '--tiles perlu --index <entri>',
      en: '--tiles needs --index <entry>',
    });
  const source = await tileSourceOf(context, options.tiles);
  const { proofBundleFromTiles } = await import('@spbe-kit/audit');
  return proofBundleFromTiles(source, options.index, tilesTrust(context, options));
}

type TilesOptions = AuditLogFlags & { readonly out: string; readonly checkpointFile?: string };

/** `spbe audit tiles --out <dir>`: writes or updates the C2SP tlog-tiles tree of a log. */
async function auditTiles(context: CommandContext, options: TilesOptions): Promise<void> {
  const given =
    options.checkpointFile === undefined
      ? undefined
      : readFileSync(checkedFilePath(options.checkpointFile, context.io), 'utf8');
  const opened = await openLog(options, context.io, given === undefined ? 'write' : 'read');
  try {
    let note = given;
    if (note === undefined) note = (await opened.log.checkpoint()).note;
    else {
      const { verifyLogAgainstCheckpoint } = await import('@spbe-kit/audit');
      await verifyLogAgainstCheckpoint(opened.log, note, {
        origin: opened.log.origin,
        verifierKeys: [opened.log.verifierKey],
      });
    }
    const { writeTiles } = await import('@spbe-kit/audit/tiles');
    const out = path.resolve(context.io.cwd, options.out);
    const result = await writeTiles({ store: opened.store, note, directory: out });
    writeJsonOrText(
      context,
      {
        ok: true,
        origin: opened.log.origin,
        previousSize: result.previousSize,
        size: result.size,
        written: result.written,
        out: options.out,
      },
      context.text({
        id: `Tile ${opened.log.origin} ditulis ke ${options.out}: ukuran ${result.previousSize} → ${result.size}, ${result.written} berkas baru.`,
        en: `Tiles of ${opened.log.origin} written to ${options.out}: size ${result.previousSize} → ${result.size}, ${result.written} new files.`,
      }),
    );
  } finally {
    await opened.close();
  }
}

/** `spbe audit witness-keygen <name>`: a new Ed25519 cosigner (witness) key. */
async function witnessKeygen(context: CommandContext, name: string, output: string | undefined): Promise<void> {
  const { generateCosignerKey } = await import('@spbe-kit/audit');
  await writeKeyPair(context, await generateCosignerKey(name), output, (file) => ({
    id: `Kunci saksi ditulis ke ${file} (rahasiakan); kunci publik di atas.`,
    en: `Witness key written to ${file} (keep it secret); the public key is above.`,
  }));
}

/** Registers `spbe audit tiles` and `spbe audit witness-keygen`. */
export const registerAuditTilesCommands = (audit: Command, setup: Setup): void => {
  const tiles = audit
    .command('tiles')
    .description(
      setup.text({
        id: 'Tulis atau perbarui log sebagai berkas statis C2SP tlog-tiles (checkpoint, tile hash, bundel entri)',
        en: 'Write or update the log as C2SP tlog-tiles static files (checkpoint, hash tiles, entry bundles)',
      }),
    )
    .requiredOption(
      '--out <dir>',
      setup.text({ id: 'direktori tile (diterbitkan apa adanya)', en: 'tiles directory (published as is)' }),
    )
    .option('--store <dir>', setup.text({ id: 'direktori log (penyimpanan berkas)', en: 'log directory (file store)' }))
    .option(
      '--db <url>',
      setup.text({ id: 'log di PostgreSQL (postgres://…)', en: 'log in PostgreSQL (postgres://…)' }),
    )
    .option('--db-schema <schema>', setup.text({ id: 'skema PostgreSQL log', en: 'PostgreSQL schema of the log' }))
    .option(
      '--origin <origin>',
      setup.text({ id: 'origin log (atau SPBE_AUDIT_ORIGIN)', en: 'log origin (or SPBE_AUDIT_ORIGIN)' }),
    )
    .option(
      '--signer-key-file <file>',
      setup.text({ id: 'berkas kunci penanda tangan (checkpoint baru)', en: 'signer key file (a new checkpoint)' }),
    )
    .option(
      '--checkpoint-file <file>',
      setup.text({
        id: 'terbitkan checkpoint bertanda tangan ini (mis. yang sudah di-cosign) alih-alih menandatangani yang baru; perlu --key',
        en: 'publish this signed checkpoint (e.g. a cosigned one) instead of signing a new one; needs --key',
      }),
    )
    .option(
      '--key <vkey>',
      setup.text({
        id: 'kunci publik log (dengan --checkpoint-file)',
        en: "the log's public key (with --checkpoint-file)",
      }),
    );
  tiles.addHelpText(
    'after',
    setup.examples([
      [
        'spbe audit tiles --store ./audit --origin audit.example.go.id/simpeg --signer-key-file signer.key --out ./public/audit-log',
        { id: 'terbitkan tile', en: 'publish tiles' },
      ],
      [
        'spbe audit verify --tiles https://portal.example.go.id/audit-log --key "$VKEY"',
        { id: 'warga memverifikasi dari tile', en: 'a citizen verifies from the tiles' },
      ],
    ]),
  );
  tiles.action(setup.action((context, options: TilesOptions) => auditTiles(context, options)));

  audit
    .command('witness-keygen')
    .argument(
      '<name>',
      setup.text({ id: 'nama saksi, mis. saksi.kaltimprov.go.id', en: 'witness name, e.g. saksi.kaltimprov.go.id' }),
    )
    .description(
      setup.text({
        id: 'Buat kunci saksi (cosignature/v1 Ed25519) dan kunci publiknya',
        en: 'Create a witness (cosignature/v1 Ed25519) key and its public key',
      }),
    )
    .option(
      '-o, --output <file>',
      setup.text({
        id: 'tulis kunci rahasia ke berkas baru (mode 600)',
        en: 'write the secret key to a new file (mode 600)',
      }),
    )
    .addHelpText(
      'after',
      setup.examples([
        [
          'spbe audit witness-keygen saksi.kaltimprov.go.id --output saksi.key',
          { id: 'kunci publik tercetak, kunci rahasia di berkas', en: 'public key printed, secret key in the file' },
        ],
      ]),
    )
    .action(
      setup.action((context, name: string, options: { output?: string }) =>
        witnessKeygen(context, name, options.output),
      ),
    );
};
