import { summarize } from '@spbe-kit/indicators';
import type { Command } from 'commander';
import { finishBatch, withDestination } from '../batch.js';
import type { CommandContext } from '../context.js';
import { csvLine, csvStyleOf, displayCell } from '../output/csv-text.js';
import { chooseOutputFormat } from '../output/output-format.js';
import { summaryText, type LabelledSummary } from '../output/summary-presenter.js';
import { readAssessmentResults } from './assessment-results.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';
import {
  addAssessmentInputOptions,
  addOutputOptions,
  type AssessmentInputOptions,
  type OutputFlags,
} from './common-options.js';

/** Options of `spbe summarize`. */
interface SummarizeCommandOptions extends AssessmentInputOptions, OutputFlags {
  readonly top?: string;
}

/**
 * Runs `spbe summarize <file>`: count per predikat, mean, median, quartiles, min/max, per-part means
 * and the ranking of a population (a province's regencies, the national set).
 */
async function summarizeCommand(
  context: CommandContext,
  file: string,
  options: SummarizeCommandOptions,
): Promise<void> {
  const results = await readAssessmentResults(context, file, options);
  if (context.problems > 0 && !context.options.keepGoing) {
    finishBatch(context);
    return;
  }
  const item: LabelledSummary = {
    labels: results.map((entry) => entry.label),
    summary: summarize(results.map((entry) => entry.result)),
  };
  await withDestination(context, options.output, (destination, toTerminal) => {
    const format = chooseOutputFormat(options.format, context.options.json, toTerminal);
    switch (format) {
      case 'json':
        destination.write(`${JSON.stringify({ ...item.summary, labels: item.labels }, null, 2)}\n`);
        break;
      case 'jsonl':
        destination.write(`${JSON.stringify({ ...item.summary, labels: item.labels })}\n`);
        break;
      case 'csv':
        // The ranking is the tabular part of a summary.
        destination.write(
          csvLine(['rank', 'agency', 'year', 'index', 'indexDisplay', 'predicate'], csvStyleOf(options.locale)),
        );
        for (const entry of item.summary.ranking) {
          const label = item.labels[entry.position];
          destination.write(
            csvLine(
              [entry.rank, label?.agency, label?.year, entry.index, displayCell(entry.indexDisplay), entry.predicate],
              csvStyleOf(options.locale),
            ),
          );
        }
        break;
      case 'table':
        destination.write(`${summaryText(item, context, options.top === undefined ? 10 : Number(options.top))}\n`);
        break;
    }
    return Promise.resolve();
  });
  finishBatch(context);
}

/** Registers `spbe summarize`. */
export const registerSummarizeCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('summarize')
    .argument(
      '<file>',
      setup.text({
        id: 'penilaian sebuah populasi (JSON, JSON Lines, CSV; - = stdin)',
        en: 'assessments of a population (JSON, JSON Lines, CSV; - = stdin)',
      }),
    )
    .description(setup.text(commandSummary('summarize').description))
    .option(
      '--top <n>',
      setup.text({ id: 'baris peringkat di tabel (bawaan 10)', en: 'ranking rows in the table (default 10)' }),
    );
  addAssessmentInputOptions(command, setup);
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe summarize kaltim-2024.csv', { id: 'ringkasan satu provinsi', en: "one province's summary" }],
      [
        'spbe summarize nasional.jsonl --format csv > peringkat.csv',
        { id: 'peringkat sebagai CSV', en: 'the ranking as CSV' },
      ],
    ]),
  );
  command.action(
    setup.action((context, file: string, options: SummarizeCommandOptions) => summarizeCommand(context, file, options)),
  );
};
