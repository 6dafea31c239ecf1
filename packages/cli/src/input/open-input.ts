import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../errors/cli-error.js';
import { decodeText } from './decode-text.js';

/** An input opened for reading as text chunks. */
export interface OpenedInput {
  /** The name used in messages: the path as given, or `<stdin>`. */
  readonly name: string;
  /** Size in bytes when known (a regular file), for the progress bar. */
  readonly size: number | undefined;
  /** Text chunks, decoded (UTF-8, or UTF-16 with a byte-order mark), byte-order mark removed. */
  readonly chunks: AsyncIterable<string>;
  /** Bytes read so far. */
  bytesRead(): number;
}

/** Resolves a file argument against the working directory, failing with a usage error when it is not a readable file. */
export function checkedFilePath(name: string, io: CliIo): string {
  const full = path.resolve(io.cwd, name);
  let isFile: boolean;
  try {
    isFile = statSync(full).isFile();
  } catch (cause) {
    throw new UsageError(
      'cli.file_not_found',
      { id: `Berkas tidak ditemukan: ${name}`, en: `File not found: ${name}` },
      { cause },
    );
  }
  if (!isFile)
    throw new UsageError('cli.not_a_file', { id: `Bukan berkas biasa: ${name}`, en: `Not a regular file: ${name}` });
  return full;
}

/**
 * Opens a file argument (`-` = standard input) as a stream of text chunks; nothing is read whole.
 */
export function openInput(name: string, io: CliIo): OpenedInput {
  let size: number | undefined;
  let stream: AsyncIterable<Buffer | string>;
  if (name === '-') {
    stream = io.stdin;
  } else {
    const full = checkedFilePath(name, io);
    size = statSync(full).size;
    stream = createReadStream(full, { highWaterMark: 256 * 1024 });
  }
  let bytes = 0;
  const display = name === '-' ? '<stdin>' : name;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      bytes += buffer.length;
      yield buffer;
    }
  }
  const decode = () => decodeText(display, counted());
  return { name: name === '-' ? '<stdin>' : name, size, chunks: decode(), bytesRead: () => bytes };
}
