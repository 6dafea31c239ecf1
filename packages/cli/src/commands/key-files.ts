import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors/cli-error.js';
import { writeJsonOrText } from './json-or-text.js';

/** The usage error for a key file that cannot be created (an existing one is never overwritten). */
function cannotWriteKey(output: string, error: unknown): UsageError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  const messages =
    reason === 'EEXIST'
      ? {
          id: `${output} sudah ada; kunci rahasia tidak pernah ditimpa: pilih nama berkas lain`,
          en: `${output} already exists; a secret key is never overwritten: choose another file name`,
        }
      : { id: `Tidak dapat menulis ${output} (${reason})`, en: `Cannot write ${output} (${reason})` };
  return new UsageError('cli.cannot_write', messages, { cause: error });
}

/** A new key pair as `spbe audit keygen` and `spbe audit witness-keygen` create it. */
export interface KeyPair {
  readonly signerKey: string;
  readonly verifierKey: string;
}

/**
 * Writes the secret key of `keys` to the new file `output` (mode 600; an existing file is never
 * overwritten) and prints only the public key; without `output`, prints both keys.
 */
export async function writeKeyPair(
  context: CommandContext,
  keys: KeyPair,
  output: string | undefined,
  written: (file: string) => { readonly id: string; readonly en: string },
): Promise<void> {
  if (output === undefined) {
    writeJsonOrText(
      context,
      { signerKey: keys.signerKey, verifierKey: keys.verifierKey },
      `${keys.signerKey}\n${keys.verifierKey}`,
    );
    return;
  }
  const file = path.resolve(context.io.cwd, output);
  const stream = createWriteStream(file, { mode: 0o600, flags: 'wx' });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw cannotWriteKey(output, error);
  }
  stream.end(`${keys.signerKey}\n`);
  await once(stream, 'finish');
  writeJsonOrText(context, { verifierKey: keys.verifierKey, signerKeyFile: output }, keys.verifierKey);
  context.info(written(output));
}
