import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compare, explain, planImprovements, planRoadmap, summarize } from '@spbe-kit/indicators';
import { Option, type Command } from 'commander';
import { finishBatch } from '../batch.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors/cli-error.js';
import { renderReport } from '../html/render-report.js';
import type { ReportAssessment, ReportData } from '../html/report-data.js';
import { pairingKey, readAssessmentResults, type AssessmentResult } from './assessment-results.js';
import { defaultMaxRaise, parseMaxRaise, parseYears } from './plan-options.js';
import { agencyHistory, readHistory } from './report-history.js';
import { commandSummary } from './command-summaries.js';
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
  readonly format?: 'html' | 'pdf';
  readonly locale?: 'id' | 'en';
  readonly history?: readonly string[];
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
  history: readonly AssessmentResult[] | undefined,
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
    ...(current.evidence ? { evidence: current.evidence } : {}),
    ...(history ? { history: agencyHistory(current, history) } : {}),
  };
}

/** `--format`, or the output file's extension (`.pdf`), or HTML. */
function reportFormatOf(options: ReportCommandOptions, output: string): 'html' | 'pdf' {
  return options.format ?? (path.extname(output).toLowerCase() === '.pdf' ? 'pdf' : 'html');
}

/**
 * The creation date written into a PDF: `--date` when it is a calendar date (`2026-03-31`), else
 * `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention); else the Unix epoch, so the same
 * input always gives the same file.
 */
function creationDateOf(options: ReportCommandOptions, env: CommandContext['io']['env']): Date | undefined {
  if (options.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    const date = new Date(`${options.date}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return undefined;
}

function reportTitle(context: CommandContext, options: ReportCommandOptions, current: readonly AssessmentResult[]) {
  const single = current.length === 1 ? current[0]!.label : undefined;
  if (options.title !== undefined) return options.title;
  if (single?.agency === undefined) return context.text({ id: 'Laporan indeks', en: 'Index report' });
  const year = single.year === undefined ? '' : ` ${single.year}`;
  return context.text({ id: `Laporan indeks ${single.agency}${year}`, en: `Index report: ${single.agency}${year}` });
}

async function writeReport(
  context: CommandContext,
  output: string,
  format: 'html' | 'pdf',
  data: ReportData,
  options: ReportCommandOptions,
): Promise<void> {
  const file = path.resolve(context.io.cwd, output);
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new UsageError('cli.output_folder_missing', {
      id: `Folder untuk ${output} tidak ada: buat foldernya dulu`,
      en: `The folder of ${output} does not exist: create it first`,
    });
  if (format === 'html') {
    writeFileSync(file, renderReport(data));
    return;
  }
  // PDFKit and the embedded font are loaded only for a PDF report.
  const { renderPdfReport } = await import('../report/render-pdf.js');
  const creationDate = creationDateOf(options, context.io.env);
  writeFileSync(file, await renderPdfReport(data, creationDate === undefined ? {} : { creationDate }));
}

/**
 * Runs `spbe report <file> -o report.html|report.pdf`: a self-contained HTML report or a PDF with the
 * same content, of one assessment or a set (then with a summary and ranking), with year-over-year
 * change when `--previous` is given and the agency's trend per methodology when `--history` is.
 */
async function reportCommand(context: CommandContext, file: string, options: ReportCommandOptions): Promise<void> {
  const output = options.output ?? options.out;
  if (output === undefined) {
    throw new UsageError('cli.missing_output', {
      id: 'opsi -o, --output <file> wajib diisi: berkas laporan yang ditulis',
      en: 'option -o, --output <file> is required: the report file to write',
    });
  }
  const format = reportFormatOf(options, output);
  const planning: ReportPlanning = {
    maxRaise: options.maxRaise === undefined ? defaultMaxRaise : parseMaxRaise(options.maxRaise),
    ...(options.years === undefined ? {} : { years: parseYears(options.years) }),
  };
  const current = await readAssessmentResults(context, file, options);
  const previous =
    options.previous === undefined ? [] : await readAssessmentResults(context, options.previous, options);
  const history = options.history === undefined ? undefined : await readHistory(context, options.history, options);
  if (context.problems > 0 && !context.options.keepGoing) {
    finishBatch(context);
    return;
  }
  const previousByKey = new Map(previous.map((item) => [pairingKey(item.label, item.ordinal), item]));
  const assessments = current.map((item) =>
    reportAssessment(item, previousByKey.get(pairingKey(item.label, item.ordinal)), planning, history),
  );
  const methodologies = new Set(current.map((item) => item.result.methodology));
  const summary = current.length > 1 && methodologies.size === 1 ? summarize(current.map((item) => item.result)) : null;
  const data: ReportData = {
    title: reportTitle(context, options, current),
    locale: context.options.lang,
    ...(options.locale === undefined ? {} : { numbers: options.locale }),
    assessments,
    summary,
    ...(options.date === undefined ? {} : { date: options.date }),
  };
  await writeReport(context, output, format, data, options);
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
        id: 'penilaian (JSON, JSON Lines, CSV, xlsx; - = stdin)',
        en: 'assessments (JSON, JSON Lines, CSV, xlsx; - = stdin)',
      }),
    )
    .description(setup.text(commandSummary('report').description))
    .option('-o, --output <file>', setup.text({ id: 'berkas laporan yang ditulis', en: 'the report file to write' }))
    .addOption(new Option('--out <file>').hideHelp())
    .addOption(
      new Option(
        '-f, --format <format>',
        setup.text({
          id: 'html atau pdf (bawaan: pdf bila berkas berakhiran .pdf, selain itu html)',
          en: 'html or pdf (default: pdf when the file ends in .pdf, else html)',
        }),
      ).choices(['html', 'pdf']),
    )
    .addOption(
      new Option(
        '--locale <locale>',
        setup.text({
          id: 'penulisan angka: id = koma desimal (2,77), en = titik (2.77); bawaan mengikuti --lang',
          en: 'how numbers are written: id = decimal comma (2,77), en = point (2.77); default follows --lang',
        }),
      ).choices(['id', 'en']),
    )
    .option(
      '--history <files...>',
      setup.text({
        id: 'penilaian tahun-tahun sebelumnya (tulis setelah berkas penilaian): tabel dan grafik tren per instansi, satu seri per metodologi',
        en: "earlier years' assessments (put it after the assessment file): a trend table and chart per agency, one series per methodology",
      }),
    )
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
        id: 'rencana: kenaikan paling banyak per indikator per tahun (bawaan 1, none = tanpa batas)',
        en: 'plan: the most one indicator may rise a year (default 1, none = no limit)',
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
        id: 'tanggal yang dicetak; YYYY-MM-DD juga menjadi tanggal pembuatan PDF (bawaan: tidak ada, agar berkas dapat diulang)',
        en: 'date to print; YYYY-MM-DD is also the PDF creation date (default none, so the file is reproducible)',
      }),
    );
  addAssessmentInputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      ['spbe report penilaian-2024.json -o laporan.html', { id: 'satu instansi', en: 'one agency' }],
      [
        'spbe report penilaian-2026.xlsx -o laporan.pdf --history penilaian-2024.json penilaian-2025.json',
        { id: 'PDF dengan tren tahunan', en: 'PDF with the yearly trend' },
      ],
      [
        'spbe report kaltim-2024.csv --previous kaltim-2023.csv --out kaltim.html --lang en',
        { id: 'satu provinsi, dengan perubahan', en: 'a province, with changes' },
      ],
    ]) +
      setup.text({
        id: '\nBerkas HTML tidak memuat skrip atau sumber luar: dapat dibuka luring dan dicetak. PDF memuat huruf DejaVu Sans\ndan tidak memerlukan peramban; masukan yang sama menghasilkan berkas yang sama.\n',
        en: '\nThe HTML file holds no script and no outside resource: it opens offline and prints. The PDF embeds DejaVu Sans\nand needs no browser; the same input gives the same file.\n',
      }),
  );
  command.action(
    setup.action((context, file: string, options: ReportCommandOptions) => reportCommand(context, file, options)),
  );
};
