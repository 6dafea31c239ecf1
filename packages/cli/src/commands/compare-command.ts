import { compare, computeIndex } from '@spbe-kit/indicators';
import type { Command } from 'commander';
import { runBatch } from '../batch.js';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors/cli-error.js';
import type { InputFormat } from '../input/input-format.js';
import { comparePresenter, type LabelledComparison } from '../output/compare-presenter.js';
import { assessmentCsv, indexInputOf } from './assessment-input.js';
import { pairingKey, readAssessmentResults, type AssessmentResult } from './assessment-results.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';
import {
  addAssessmentInputOptions,
  addOutputOptions,
  type AssessmentInputOptions,
  type OutputFlags,
} from './common-options.js';

/** Options of `spbe compare`. */
interface CompareCommandOptions extends AssessmentInputOptions, OutputFlags {}

/**
 * Runs `spbe compare <previous> <current>`: year-over-year deltas per indicator, aspect and domain and
 * the predikat change. Records are paired by `agency` (by position when they name none); the previous
 * file is read whole (a province's set), the current one is streamed.
 */
async function compareCommand(
  context: CommandContext,
  previousFile: string,
  currentFile: string,
  options: CompareCommandOptions,
): Promise<void> {
  const previous = new Map<string, AssessmentResult>();
  for (const item of await readAssessmentResults(context, previousFile, options))
    previous.set(pairingKey(item.label, item.ordinal), item);
  await runBatch<LabelledComparison>(context, {
    file: currentFile,
    inputFormat: options.inputFormat as InputFormat | undefined,
    csv: assessmentCsv(options.delimiter),
    output: options,
    presenter: comparePresenter,
    handle(record) {
      const { label, input } = indexInputOf(record.value, options);
      const result = computeIndex(input);
      const match = previous.get(pairingKey(label, record.ordinal));
      if (!match) {
        const who = label.agency ?? `#${record.ordinal + 1}`;
        throw new InputError('cli.compare_unpaired', {
          id: `Tidak ada penilaian ${who} di ${previousFile}`,
          en: `No assessment of ${who} in ${previousFile}`,
        });
      }
      return {
        previous: match.label,
        current: label,
        where: `${record.position.file}:${record.position.line}`,
        comparison: compare(match.result, result),
      };
    },
  });
}

/** Registers `spbe compare`. */
export const registerCompareCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('compare')
    .argument('<previous>', setup.text({ id: 'penilaian tahun sebelumnya', en: "the previous year's assessments" }))
    .argument('<current>', setup.text({ id: 'penilaian tahun ini', en: "this year's assessments" }))
    .description(setup.text(commandSummary('compare').description));
  addAssessmentInputOptions(command, setup);
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe compare penilaian-2023.json penilaian-2024.json', { id: 'satu instansi', en: 'one agency' }],
      [
        'spbe compare provinsi-2023.csv provinsi-2024.csv --format csv',
        { id: 'dipasangkan menurut kolom agency', en: 'paired by the agency column' },
      ],
    ]),
  );
  command.action(
    setup.action((context, previous: string, current: string, options: CompareCommandOptions) =>
      compareCommand(context, previous, current, options),
    ),
  );
};
