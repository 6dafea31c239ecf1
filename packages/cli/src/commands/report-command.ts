import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { compare, explain, planImprovements, planRoadmap, summarize } from '@spbe-kit/indicators';
import { Option, type Command } from 'commander';
import { finishBatch } from '../batch.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors/cli-error.js';
import { renderReport } from '../html/render-report.js';
import type { ReportAssessment } from '../html/report-data.js';
import { pairingKey, readAssessmentResults, type AssessmentResult } from './assessment-results.js';
import type { CommandSetup } from './command-setup.js';
import { addAssessmentInputOptions, type AssessmentInputOptions } from './common-options.js';

/** Options of `spbe report`. */
interface ReportCommandOptions extends AssessmentInputOptions {
  readonly output?: string;
  /** The former name of `--output`, still accepted. */
  readonly out?: string;
  readonly previous?: string;
  readonly title?: string;
  readonly date?: string;
  readonly maxRaise?: string;
  readonly years?: string;
}

/** The plan options of a report: one level per indicator a year unless `--max-raise` says otherwise. */
interface ReportPlanning {
  readonly maxRaise: string;
  readonly years?: number;
}

function reportAssessment(
  current: AssessmentResult,
  previous: AssessmentResult | undefined,
  planning: ReportPlanning,
): ReportAssessment {
  const { result } = current;
  const explanation = result.complete ? explain(result) : null;
  const plannable = result.complete && result.source === 'levels' && explanation?.next;
  const plan = plannable
    ? planImprovements({
        current: result,
        target: explanation.next.predicate,
        maxRaisePerIndicator: planning.maxRaise,
      })
    : null;
  const roadmap =
    plannable && planning.years !== undefined
      ? planRoadmap({
          current: result,
          target: explanation.next.predicate,
          years: planning.years,
          maxRaisePerIndicator: planning.maxRaise,
        })
      : null;
  const comparison = previous && result.complete && previous.result.complete ? compare(previous.result, result) : null;
  return {
    label: current.label,
    result,
    explanation,
    plan,
    roadmap,
    comparison,
    ...(previous ? { previousLabel: previous.label, previousResult: previous.result } : {}),
  };
}

/**
 * Runs `spbe report <file> --out report.html`: a self-contained HTML report of one assessment or a set
 * (then with a summary and ranking), with year-over-year change when `--previous` is given.
 */
async function reportCommand(context: CommandContext, file: string, options: ReportCommandOptions): Promise<void> {
  const output = options.output ?? options.out;
  if (output === undefined) {
    throw new UsageError('cli.missing_output', {
      id: 'opsi -o, --output <file> wajib diisi: berkas laporan yang ditulis',
      en: 'option -o, --output <file> is required: the report file to write',
    });
  }
  const current = await readAssessmentResults(context, file, options);
  const previous =
    options.previous === undefined ? [] : await readAssessmentResults(context, options.previous, options);
  if (context.problems > 0 && !context.options.keepGoing) {
    finishBatch(context);
    return;
  }
  const previousByKey = new Map(previous.map((item) => [pairingKey(item.label, item.ordinal), item]));
  const planning: ReportPlanning = {
    maxRaise: options.maxRaise ?? '1',
    ...(options.years === undefined ? {} : { years: Number(options.years) }),
  };
  const assessments = current.map((item) =>
    reportAssessment(item, previousByKey.get(pairingKey(item.label, item.ordinal)), planning),
  );
  const methodologies = new Set(current.map((item) => item.result.methodology));
  const summary = current.length > 1 && methodologies.size === 1 ? summarize(current.map((item) => item.result)) : null;
  const single = current.length === 1 ? current[0]!.label : undefined;
  const title =
    options.title ??
    (single?.agency !== undefined
      ? context.text({
          id: `Laporan indeks ${single.agency}${single.year === undefined ? '' : ` ${single.year}`}`,
          en: `Index report: ${single.agency}${single.year === undefined ? '' : ` ${single.year}`}`,
        })
      : context.text({ id: 'Laporan indeks', en: 'Index report' }));
  const html = renderReport({
    title,
    locale: context.options.lang,
    assessments,
    summary,
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  writeFileSync(path.resolve(context.io.cwd, output), html);
  context.info({
    id: `Laporan ditulis ke ${output} (${assessments.length} penilaian).`,
    en: `Report written to ${output} (${assessments.length} assessment${assessments.length === 1 ? '' : 's'}).`,
  });
  finishBatch(context);
}

/** Registers `spbe report`. */
export const registerReportCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('report')
    .argument(
      '<file>',
      setup.text({
        id: 'penilaian (JSON, JSON Lines, CSV; - = stdin)',
        en: 'assessments (JSON, JSON Lines, CSV; - = stdin)',
      }),
    )
    .description(
      setup.text({
        id: 'Laporan HTML mandiri: indeks, grafik radar, penahan nilai, rencana, perubahan tahunan',
        en: 'Self-contained HTML report: index, radar chart, what holds it back, plan, yearly change',
      }),
    )
    .option('-o, --output <file>', setup.text({ id: 'berkas laporan yang ditulis', en: 'the report file to write' }))
    .addOption(new Option('--out <file>').hideHelp())
    .option(
      '--previous <file>',
      setup.text({
        id: 'penilaian tahun sebelumnya (perubahan tahunan)',
        en: "the previous year's assessments (yearly change)",
      }),
    )
    .option(
      '--max-raise <levels>',
      setup.text({
        id: 'rencana: kenaikan paling banyak per indikator per tahun (bawaan 1)',
        en: 'plan: the most one indicator may rise a year (default 1)',
      }),
    )
    .option(
      '--years <n>',
      setup.text({ id: 'tambahkan peta jalan beberapa tahun', en: 'add a roadmap over several years' }),
    )
    .option('--title <text>', setup.text({ id: 'judul laporan', en: 'report title' }))
    .option(
      '--date <text>',
      setup.text({
        id: 'tanggal yang dicetak (bawaan: tidak ada, agar berkas dapat diulang)',
        en: 'date to print (default none, so the file is reproducible)',
      }),
    );
  addAssessmentInputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe report penilaian-2024.json --out laporan.html', { id: 'satu instansi', en: 'one agency' }],
      [
        'spbe report kaltim-2024.csv --previous kaltim-2023.csv --out kaltim.html --lang en',
        { id: 'satu provinsi, dengan perubahan', en: 'a province, with changes' },
      ],
    ]) +
      setup.text({
        id: '\nBerkas tidak memuat skrip atau sumber luar: dapat dibuka luring dan dicetak.\n',
        en: '\nThe file holds no script and no outside resource: it opens offline and prints.\n',
      }),
  );
  command.action(
    setup.action((context, file: string, options: ReportCommandOptions) => reportCommand(context, file, options)),
  );
};
