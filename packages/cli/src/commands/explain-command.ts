import { computeIndex, explain } from '@spbe-kit/indicators';
import type { Command } from 'commander';
import { runBatch } from '../batch.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors/cli-error.js';
import type { InputFormat } from '../input/input-format.js';
import { explainPresenter, type LabelledExplanation } from '../output/explain-presenter.js';
import { assessmentCsv, indexInputOf } from './assessment-input.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';
import {
  addAssessmentInputOptions,
  addOutputOptions,
  type AssessmentInputOptions,
  type OutputFlags,
} from './common-options.js';

/** Options of `spbe explain`. */
interface ExplainCommandOptions extends AssessmentInputOptions, OutputFlags {
  readonly top?: string;
}

/** Runs `spbe explain <file>`: contributions, what holds the score back, and the distance to the next predikat. */
async function explainCommand(context: CommandContext, file: string, options: ExplainCommandOptions): Promise<void> {
  const top = options.top === undefined ? undefined : Number(options.top);
  if (top !== undefined && !(Number.isInteger(top) && top >= 1)) {
    throw new UsageError('cli.bad_top', {
      id: `--top harus bilangan bulat ≥ 1 (diterima "${options.top}")`,
      en: `--top takes a whole number ≥ 1 (got "${options.top}")`,
    });
  }
  await runBatch<LabelledExplanation>(context, {
    file,
    inputFormat: options.inputFormat as InputFormat | undefined,
    csv: assessmentCsv(options.delimiter),
    output: options,
    presenter: explainPresenter,
    handle(record) {
      const { label, input } = indexInputOf(record.value, options);
      const explanation = explain(computeIndex(input), top === undefined ? {} : { top });
      return { label, where: `${record.position.file}:${record.position.line}`, explanation };
    },
  });
}

/** Registers `spbe explain`. */
export const registerExplainCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('explain')
    .argument(
      '<file>',
      setup.text({
        id: 'berkas penilaian (JSON, JSON Lines, CSV; - = stdin)',
        en: 'assessment file (JSON, JSON Lines, CSV; - = stdin)',
      }),
    )
    .description(setup.text(commandSummary('explain').description))
    .option(
      '--top <n>',
      setup.text({
        id: 'berapa bagian yang paling menahan nilai ditampilkan (bawaan 5)',
        en: 'how many parts holding the score back to list (default 5)',
      }),
    );
  addAssessmentInputOptions(command, setup);
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe explain penilaian.json', { id: 'penjelasan di terminal', en: 'an explanation on the terminal' }],
      [
        'spbe explain provinsi.csv --top 10 --format json',
        { id: '10 indikator teratas, JSON', en: 'top 10 indicators, JSON' },
      ],
    ]),
  );
  command.action(
    setup.action((context, file: string, options: ExplainCommandOptions) => explainCommand(context, file, options)),
  );
};
