import { readFileSync } from 'node:fs';
import { normalizeNik, normalizeNip, SpbeError } from '@spbe-kit/models';
import { InvalidArgumentError, type Command } from 'commander';
import type { AuditLogFlags } from '../audit/open-audit-log.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors/cli-error.js';
import { exitCodes } from '../exit-codes.js';
import { checkedFilePath } from '../input/open-input.js';
import { addLogOptions } from './audit-log-options.js';
import type { Setup } from './command-setup.js';

function writeJsonOrText(context: CommandContext, value: unknown, text: string): void {
  context.io.stdout.write(context.options.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number))
    throw new InvalidArgumentError('expected a non-negative integer');
  return number;
}

/** `spbe audit erase <index> --reason <code>`: deletes an entry's details (UU PDP), logging the erasure. */
async function auditErase(
  context: CommandContext,
  index: number,
  options: AuditLogFlags & { readonly reason: string },
): Promise<void> {
  const { openAuditLog } = await import('../audit/open-audit-log.js');
  const opened = await openAuditLog(options, context.io, 'write');
  try {
    const receipt = await opened.log.erase(index, options.reason);
    writeJsonOrText(
      context,
      { erased: index, reason: options.reason, erasureIndex: receipt.index },
      context.text({
        id: `Detail entri ${index} dihapus (alasan ${options.reason}); penghapusan dicatat pada indeks ${receipt.index}. Pohon dan semua bukti tetap sah.`,
        en: `The details of entry ${index} were erased (reason ${options.reason}); the erasure is logged at index ${receipt.index}. The tree and every proof still verify.`,
      }),
    );
  } finally {
    await opened.close();
  }
}

/** The pseudonym key: a file holding it (base64), else `SPBE_AUDIT_PSEUDONYM_KEY` (base64). */
function pseudonymKeyOf(context: CommandContext, keyFile: string | undefined): Uint8Array {
  let text = context.io.env.SPBE_AUDIT_PSEUDONYM_KEY;
  if (keyFile !== undefined) text = readFileSync(checkedFilePath(keyFile, context.io), 'utf8');
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') {
    throw new UsageError('cli.audit_no_pseudonym_key', {
      id: 'Berikan kunci pseudonim (base64): --pseudonym-key-file <berkas> atau SPBE_AUDIT_PSEUDONYM_KEY',
      en: 'Give the pseudonym key (base64): --pseudonym-key-file <file> or SPBE_AUDIT_PSEUDONYM_KEY',
    });
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    throw new UsageError('cli.audit_pseudonym_key_format', {
      id: 'Kunci pseudonim harus base64 (seperti PSEUDONYM_KEY aplikasi)',
      en: "The pseudonym key must be base64 (like the application's PSEUDONYM_KEY)",
    });
  }
  return new Uint8Array(Buffer.from(trimmed, 'base64'));
}

/** What an identifier is taken as: a NIK (16 digits), a NIP (18 digits), or any text (`--type any`). */
type IdentifierType = 'auto' | 'nik' | 'nip' | 'any';

/**
 * The canonical form that is pseudonymised: separators removed and checked for a NIK or NIP (so
 * `3171 0101-0190.0001` and `3171010101900001` give the same pseudonym), whitespace removed otherwise.
 */
function canonicalIdentifier(input: string, type: IdentifierType): string {
  if (type === 'any') return input.replace(/\s+/g, '');
  const digits = input.replace(/[\s.\-/]/g, '');
  if (type === 'nik' || (type === 'auto' && digits.length === 16)) return normalizeNik(input);
  if (type === 'nip' || (type === 'auto' && digits.length === 18)) return normalizeNip(input);
  throw new UsageError('cli.audit_identifier_type', {
    id: 'Bukan NIK (16 digit) atau NIP (18 digit); gunakan --type any untuk pengenal lain',
    en: 'Not a NIK (16 digits) or a NIP (18 digits); use --type any for other identifiers',
  });
}

/**
 * `spbe audit pseudonymize [identifier...] [--file f]`: the keyed pseudonym the library (and the
 * portal) computes for each NIK or NIP, one line per input line, so another application (PHP, a
 * spreadsheet) can match its own records against `subjects` in the log. Identifiers are never printed.
 */
async function auditPseudonymize(
  context: CommandContext,
  identifiers: string[],
  options: { readonly file?: string; readonly type?: IdentifierType; readonly pseudonymKeyFile?: string },
): Promise<void> {
  const { pseudonymize } = await import('@spbe-kit/audit');
  const key = pseudonymKeyOf(context, options.pseudonymKeyFile);
  const inputs: { file: string; line: number; text: string }[] = identifiers.map((text, i) => ({
    file: '<argumen>',
    line: i + 1,
    text,
  }));
  if (options.file !== undefined) {
    let text = '';
    if (options.file === '-') {
      for await (const chunk of context.io.stdin)
        text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    } else text = readFileSync(checkedFilePath(options.file, context.io), 'utf8');
    const name = options.file === '-' ? '<stdin>' : options.file;
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .forEach((line, i, lines) => {
        if (i === lines.length - 1 && line === '') return;
        inputs.push({ file: name, line: i + 1, text: line });
      });
  }
  if (inputs.length === 0) {
    throw new UsageError('cli.audit_no_identifiers', {
      id: 'Berikan NIK/NIP sebagai argumen atau --file <berkas> (satu per baris)',
      en: 'Give NIKs/NIPs as arguments or --file <file> (one per line)',
    });
  }
  const results = inputs.map((input) => {
    try {
      return {
        line: input.line,
        pseudonym: pseudonymize(key, canonicalIdentifier(input.text, options.type ?? 'auto')),
      };
    } catch (error) {
      if (!SpbeError.isInstance(error)) throw error;
      // pseudonym.invalid_key is about the key, not this line: stop.
      if (error.code === 'pseudonym.invalid_key') throw error;
      context.reportProblem({ file: input.file, line: input.line }, error);
      return { line: input.line, pseudonym: null };
    }
  });
  if (context.options.json) context.io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  // One output line per input line (empty for a rejected one), so the lists can be pasted side by side.
  else context.io.stdout.write(results.map((result) => `${result.pseudonym ?? ''}\n`).join(''));
  if (context.problems > 0) context.exitCode = exitCodes.invalidInput;
}

/** Registers `spbe audit erase` and `spbe audit pseudonymize`. */
export function registerAuditOperations(audit: Command, setup: Setup): void {
  const erase = audit
    .command('erase')
    .argument('<index>', setup.text({ id: 'indeks entri', en: 'entry index' }), nonNegativeInteger)
    .description(
      setup.text({
        id: 'Hapus detail pribadi sebuah entri (UU PDP); penghapusan dicatat, bukti tetap sah',
        en: "Erase an entry's personal details (UU PDP); the erasure is logged, proofs stay valid",
      }),
    )
    .requiredOption(
      '--reason <code>',
      setup.text({ id: 'kode alasan, mis. retention.expired', en: 'reason code, e.g. retention.expired' }),
    );
  addLogOptions(erase, setup, true);
  erase.addHelpText(
    'after',
    setup.examples([
      [
        'spbe audit erase 41 --reason retention.expired --store ./audit --origin audit.example.go.id/simpeg --signer-key-file signer.key',
        { id: 'masa retensi habis', en: 'retention period over' },
      ],
    ]),
  );
  erase.action(
    setup.action((context, index: number, options: AuditLogFlags & { reason: string }) =>
      auditErase(context, index, options),
    ),
  );

  audit
    .command('pseudonymize')
    .argument('[identifier...]', setup.text({ id: 'NIK atau NIP', en: 'NIK or NIP' }))
    .description(
      setup.text({
        id: 'Pseudonim berkunci NIK/NIP, sama dengan yang dihitung pustaka, agar aplikasi lain dapat mencocokkannya',
        en: 'Keyed pseudonym of a NIK/NIP, the same the library computes, so other applications can match it',
      }),
    )
    .option(
      '--file <file>',
      setup.text({ id: 'NIK/NIP satu per baris (- = stdin)', en: 'NIKs/NIPs one per line (- = stdin)' }),
    )
    .option(
      '--type <type>',
      setup.text({ id: 'auto (bawaan), nik, nip atau any', en: 'auto (default), nik, nip or any' }),
      (value: string) => {
        if (!['auto', 'nik', 'nip', 'any'].includes(value)) throw new InvalidArgumentError('auto, nik, nip or any');
        return value;
      },
    )
    .option(
      '--pseudonym-key-file <file>',
      setup.text({
        id: 'berkas kunci pseudonim base64 (atau SPBE_AUDIT_PSEUDONYM_KEY)',
        en: 'pseudonym key file, base64 (or SPBE_AUDIT_PSEUDONYM_KEY)',
      }),
    )
    .addHelpText(
      'after',
      setup.examples([
        [
          'spbe audit pseudonymize "3171 0101 0190 0001" --pseudonym-key-file pseudonym.key',
          { id: 'satu NIK', en: 'one NIK' },
        ],
        [
          'spbe audit pseudonymize --file nip.txt --pseudonym-key-file pseudonym.key > pseudonim.txt',
          { id: 'satu per baris, urutan sama', en: 'one per line, same order' },
        ],
      ]),
    )
    .action(
      setup.action(
        (
          context,
          identifiers: string[],
          options: { file?: string; type?: IdentifierType; pseudonymKeyFile?: string },
        ) => auditPseudonymize(context, identifiers, options),
      ),
    );
}
