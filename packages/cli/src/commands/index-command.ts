import { computeIndex } from '@spbe-kit/indicators';
import type { Command } from 'commander';
import { runBatch } from '../batch.js';
import type { CommandContext } from '../context.js';
import type { InputFormat } from '../input/input-format.js';
import { indexPresenter, indexPresenterWithIndicators, type LabelledIndexResult } from '../output/index-presenter.js';
import { assessmentCsv, indexInputOf } from './assessment-input.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';
import {
  addAssessmentInputOptions,
  addOutputOptions,
  type AssessmentInputOptions,
  type OutputFlags,
} from './common-options.js';

/** Options of `spbe index`. */
interface IndexCommandOptions extends AssessmentInputOptions, OutputFlags {
  readonly indicators?: boolean;
}

/** Runs `spbe index <file>`. */
async function indexCommand(context: CommandContext, file: string, options: IndexCommandOptions): Promise<void> {
  await runBatch<LabelledIndexResult>(context, {
    file,
    inputFormat: options.inputFormat as InputFormat | undefined,
    csv: assessmentCsv(options.delimiter),
    output: options,
    presenter: options.indicators ? indexPresenterWithIndicators : indexPresenter,
    handle(record) {
      const { label, input } = indexInputOf(record.value, options);
      const result = computeIndex(input);
      return { label, where: `${record.position.file}:${record.position.line}`, result };
    },
  });
}

/** Registers `spbe index`. */
export const registerIndexCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('index')
    .argument(
      '<file>',
      setup.text({
        id: 'berkas penilaian (JSON, JSON Lines, CSV; - = stdin)',
        en: 'assessment file (JSON, JSON Lines, CSV; - = stdin)',
      }),
    )
    .description(setup.text(commandSummary('index').description))
    .option(
      '--indicators',
      setup.text({ id: 'tabel: tampilkan juga setiap indikator', en: 'table: also list every indicator' }),
    );
  addAssessmentInputOptions(command, setup);
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe index penilaian.csv', { id: 'tabel di terminal', en: 'a table on the terminal' }],
      [
        'spbe index penilaian.jsonl --format csv -o hasil.csv',
        { id: 'satu baris CSV per penilaian', en: 'one CSV row per assessment' },
      ],
      ['cat penilaian.json | spbe index - --format json', { id: 'dari stdin', en: 'from standard input' }],
      [
        'spbe index provinsi.csv --keep-going --lang en',
        { id: 'lewati rekaman yang salah', en: 'skip the bad records' },
      ],
    ]),
  );
  command.action(
    setup.action((context, file: string, options: IndexCommandOptions) => indexCommand(context, file, options)),
  );
};
