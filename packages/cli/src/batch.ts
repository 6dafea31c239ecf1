import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { SpbeError } from '@spbe-kit/models';
import type { CommandContext } from './context.js';
import { UsageError } from './errors/cli-error.js';
import { exitCodes } from './exit-codes.js';
import type { InputFormat } from './input/input-format.js';
import type { InputRecord } from './input/input-record.js';
import type { CsvMapping } from './input/read-csv.js';
import { readRecords, type RecordStream } from './input/read-records.js';
import { chooseOutputFormat } from './output/output-format.js';
import { OutputSink } from './output/output-sink.js';
import { ResultWriter, type Presenter } from './output/result-writer.js';

/** Output options shared by the batch commands. */
interface OutputOptions {
  /** `--format`. */
  readonly format?: string;
  /** `--output`: a file instead of standard output. */
  readonly output?: string;
}

/** Opens the destination of results: `--output` or standard output. */
export async function withDestination<R>(
  context: CommandContext,
  output: string | undefined,
  use: (destination: Writable, toTerminal: boolean) => Promise<R>,
): Promise<R> {
  if (output === undefined || output === '-') return use(context.io.stdout, context.stdoutIsTerminal);
  const stream = createWriteStream(path.resolve(context.io.cwd, output));
  try {
    await once(stream, 'open');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError('cli.cannot_write', {
      id: `Tidak dapat menulis ${output} (${reason})`,
      en: `Cannot write ${output} (${reason})`,
    });
  }
  try {
    return await use(stream, false);
  } finally {
    stream.end();
    await once(stream, 'finish');
  }
}

/** What a batch command does with each record. */
export interface BatchSpec<T> {
  /** The file argument (`-` = standard input). */
  readonly file: string;
  /** `--input-format`, when given. */
  readonly inputFormat?: InputFormat;
  /** How CSV rows become records. */
  readonly csv?: CsvMapping;
  /** Output options. */
  readonly output: OutputOptions;
  /** How results are shown. */
  readonly presenter: Presenter<T>;
  /** Turns one record into a result; a thrown `SpbeError` rejects the record. */
  readonly handle: (record: InputRecord) => T | Promise<T>;
  /** Called once every record was read (e.g. to write a summary). */
  readonly afterAll?: () => Promise<void> | void;
}

/** Reads every record of a file and handles each; see {@link runBatch}. */
export async function forEachRecord(
  context: CommandContext,
  stream: RecordStream,
  label: string,
  visit: (record: InputRecord) => Promise<void> | void,
): Promise<void> {
  const progress = context.progress();
  try {
    for await (const item of stream.items) {
      if (item.kind === 'problem') {
        context.reportProblem(item.position, item.error);
      } else {
        try {
          await visit(item.record);
          context.processed++;
        } catch (error) {
          if (SpbeError.isInstance(error)) context.reportRecordError(item.record, error);
          else throw error;
        }
      }
      const { done, total } = stream.progress();
      progress.update(done, total, `${context.processed + context.problems} ${label}`);
    }
  } finally {
    context.endProgress();
  }
}

/**
 * Runs a batch command: reads records as a stream, handles each, writes results in the chosen format.
 * Every bad record is reported with its position. Without `--keep-going` a batch with any bad record
 * writes no results (they are spooled to a temporary file and dropped); with it, the valid records'
 * results are written. Either way the exit code is 1 when any record was bad.
 */
export async function runBatch<T>(context: CommandContext, spec: BatchSpec<T>): Promise<void> {
  await withDestination(context, spec.output.output, async (destination, toTerminal) => {
    const format = chooseOutputFormat(spec.output.format, context.options.json, toTerminal);
    const stream = readRecords(spec.file, context.io, { format: spec.inputFormat, csv: spec.csv });
    const sink = new OutputSink(destination, !context.options.keepGoing);
    const writer = new ResultWriter(sink, format, spec.presenter, context, () => stream.container());
    try {
      await forEachRecord(context, stream, context.text({ id: 'rekaman', en: 'records' }), async (record) => {
        const result = await spec.handle(record);
        await writer.write(result);
      });
      if (context.problems > 0 && !context.options.keepGoing) {
        await sink.discard();
      } else {
        await writer.end();
        await spec.afterAll?.();
        await sink.commit();
      }
    } catch (error) {
      await sink.discard();
      throw error;
    }
    finishBatch(context);
  });
}

/** Sets the exit code and prints the one-line summary of a batch on standard error. */
export function finishBatch(context: CommandContext): void {
  if (context.problems > 0) context.exitCode = exitCodes.invalidInput;
  const { processed, problems } = context;
  // A clean run says nothing when its standard error is not a terminal (scripts, CI logs).
  if (problems === 0 && !context.stderrIsTerminal) return;
  if (problems === 0) {
    context.info({
      id: `${processed} rekaman diproses.`,
      en: `${processed} record${processed === 1 ? '' : 's'} processed.`,
    });
  } else if (context.options.keepGoing) {
    context.info({
      id: `${processed} rekaman diproses, ${problems} ditolak.`,
      en: `${processed} record${processed === 1 ? '' : 's'} processed, ${problems} rejected.`,
    });
  } else {
    context.info({
      id: `${problems} rekaman bermasalah; tidak ada hasil yang ditulis (gunakan --keep-going untuk memproses rekaman yang valid).`,
      en: `${problems} bad record${problems === 1 ? '' : 's'}; no results written (use --keep-going to process the valid records).`,
    });
  }
}
