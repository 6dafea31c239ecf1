import type { CommandContext } from '../context.js';
import { csvLine, defaultCsvStyle, type CsvStyle } from './csv-text.js';
import type { OutputFormat } from './output-format.js';
import type { OutputSink } from './output-sink.js';

/** How one kind of result is shown in each output format. */
export interface Presenter<T> {
  /** A readable block of text for the table format (ends without a line break). */
  table(item: T, context: CommandContext): string;
  /** The cells of one CSV row, keyed by column name. */
  csv(item: T, context: CommandContext): Record<string, unknown>;
  /** The JSON value written for the item (the item itself by default). */
  json?(item: T): unknown;
}

/**
 * Writes results one by one in the chosen format. JSON output is one object when the input held a
 * single object, otherwise an array; it is written incrementally so a large batch is never held whole.
 */
export class ResultWriter<T> {
  private count = 0;
  private pendingJson: string | undefined;
  private csvHeader: string[] | undefined;
  private warnedColumns = false;

  constructor(
    private readonly sink: OutputSink,
    private readonly format: OutputFormat,
    private readonly presenter: Presenter<T>,
    private readonly context: CommandContext,
    private readonly container: () => 'single' | 'collection',
    private readonly csvStyle: CsvStyle = defaultCsvStyle,
  ) {}

  /** Writes one result. */
  async write(item: T): Promise<void> {
    this.count++;
    this.context.clearProgress();
    switch (this.format) {
      case 'table':
        await this.sink.write(`${this.count > 1 ? '\n' : ''}${this.presenter.table(item, this.context)}\n`);
        return;
      case 'jsonl':
        await this.sink.write(`${JSON.stringify(this.jsonOf(item))}\n`);
        return;
      case 'json': {
        const text = JSON.stringify(this.jsonOf(item), null, 2);
        if (this.count === 1) {
          this.pendingJson = text;
          return;
        }
        if (this.pendingJson !== undefined) {
          await this.sink.write(`[\n${indent(this.pendingJson)}`);
          this.pendingJson = undefined;
        }
        await this.sink.write(`,\n${indent(text)}`);
        return;
      }
      case 'csv': {
        const row = this.presenter.csv(item, this.context);
        if (!this.csvHeader) {
          this.csvHeader = Object.keys(row);
          await this.sink.write(csvLine(this.csvHeader, this.csvStyle));
        } else if (!this.warnedColumns && Object.keys(row).some((key) => !this.csvHeader!.includes(key))) {
          this.warnedColumns = true;
          this.context.info({
            id: 'Peringatan: hasil berbeda bentuk (mis. metodologi lain); kolom CSV mengikuti baris pertama. Gunakan --format jsonl untuk semua kolom.',
            en: 'Warning: results differ in shape (e.g. another methodology); CSV columns follow the first row. Use --format jsonl for every column.',
          });
        }
        const header = this.csvHeader;
        await this.sink.write(
          csvLine(
            header.map((key) => row[key]),
            this.csvStyle,
          ),
        );
        return;
      }
    }
  }

  /** Closes the output (the JSON array, or nothing for the other formats). */
  async end(): Promise<void> {
    if (this.format !== 'json') return;
    if (this.count === 0) {
      await this.sink.write(this.container() === 'single' ? 'null\n' : '[]\n');
    } else if (this.pendingJson !== undefined) {
      await this.sink.write(
        this.container() === 'single' ? `${this.pendingJson}\n` : `[\n${indent(this.pendingJson)}\n]\n`,
      );
    } else {
      await this.sink.write('\n]\n');
    }
  }

  private jsonOf(item: T): unknown {
    return this.presenter.json ? this.presenter.json(item) : item;
  }
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
