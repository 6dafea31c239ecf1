import { readFileSync } from 'node:fs';
import {
  computeIndex,
  explain,
  OFFICIAL_PREDICATE_LABELS,
  planImprovements,
  planRoadmap,
  type IndexInput,
  type PlanTarget,
} from '@spbe-kit/indicators';
import type { Command } from 'commander';
import { runBatch } from '../batch.js';
import type { CommandContext } from '../context.js';
import { InputError, UsageError } from '../errors/cli-error.js';
import type { InputFormat } from '../input/input-format.js';
import { checkedFilePath } from '../input/open-input.js';
import { planPresenter, type LabelledPlan } from '../output/plan-presenter.js';
import { roadmapPresenter, type LabelledRoadmap } from '../output/roadmap-presenter.js';
import { assessmentCsv, indexInputOf } from './assessment-input.js';
import { defaultMaxRaise, parseMaxRaise, parseYears } from './plan-options.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup } from './command-setup.js';
import {
  addAssessmentInputOptions,
  addOutputOptions,
  type AssessmentInputOptions,
  type OutputFlags,
} from './common-options.js';

/** Options of `spbe plan`. */
interface PlanCommandOptions extends AssessmentInputOptions, OutputFlags {
  readonly target?: string;
  readonly costs?: string;
  readonly ceilings?: string;
  readonly lock?: string;
  readonly step?: string;
  readonly maxRaise?: string;
  readonly years?: string;
}

/**
 * `--target`: an index value in 1–5 (`3.5`, `3,5`) or a predikat, whatever its case (`"sangat baik"`).
 * Anything else is a usage error (exit 2), not a problem of the records.
 */
export function parseTarget(value: string): PlanTarget {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (/^\d+(?:[.,]\d+)?$/.test(trimmed)) {
    const index = trimmed.replace(',', '.');
    if (Number(index) >= 1 && Number(index) <= 5) return { index };
  } else {
    const predicate = Object.keys(OFFICIAL_PREDICATE_LABELS).find(
      (name) => name.toLocaleLowerCase('id') === trimmed.toLocaleLowerCase('id'),
    );
    if (predicate !== undefined) return predicate;
  }
  const names = Object.keys(OFFICIAL_PREDICATE_LABELS).join(', ');
  throw new UsageError('cli.bad_target', {
    id: `--target harus predikat (${names}) atau indeks 1–5 (diterima "${value}")`,
    en: `--target takes a predikat (${names}) or an index in 1–5 (got "${value}")`,
  });
}

/** `--step`: a positive number of levels (decimals for pemdi-2026), else a usage error. */
function parseStep(value: string): string {
  const step = value.trim().replace(',', '.');
  if (/^\d+(?:\.\d+)?$/.test(step) && Number(step) > 0 && Number(step) <= 4) return step;
  throw new UsageError('cli.bad_step', {
    id: `--step harus angka > 0 dan ≤ 4, mis. 1 atau 0,25 (diterima "${value}")`,
    en: `--step takes a number > 0 and ≤ 4, e.g. 1 or 0.25 (got "${value}")`,
  });
}

/** `--lock 3,7`: indicator numbers that cannot change. */
function parseLock(value: string): number[] {
  const numbers = value.split(/[,\s]+/).filter((part) => part !== '');
  if (numbers.some((part) => !/^\d+$/.test(part))) {
    throw new UsageError('cli.bad_lock', {
      id: `--lock berisi nomor indikator dipisah koma, mis. 3,7 (diterima "${value}")`,
      en: `--lock takes indicator numbers separated by commas, e.g. 3,7 (got "${value}")`,
    });
  }
  return numbers.map(Number);
}

/** A JSON file mapping indicator numbers to numbers (`--costs`, `--ceilings`), read as written: the planner checks it. */
function readNumberMap(file: string, option: string, context: CommandContext): Record<string, number | string> {
  const text = readFileSync(checkedFilePath(file, context.io), 'utf8');
  try {
    return JSON.parse(text) as Record<string, number | string>;
  } catch (cause) {
    throw new UsageError(
      'cli.bad_json_option',
      {
        id: `${option}: ${file} bukan JSON yang valid`,
        en: `${option}: ${file} is not valid JSON`,
      },
      { cause },
    );
  }
}

/**
 * The target when `--target` is not given: the predikat just above the assessment's own (its own when
 * it is already at the top), as the report plans. An incomplete assessment has no predikat to start from.
 */
function nextPredicate(input: IndexInput): PlanTarget {
  const result = computeIndex(input);
  if (!result.complete)
    throw new InputError('cli.plan_needs_target', {
      id: 'Penilaian belum lengkap, jadi predikat berikutnya tidak diketahui: sebutkan --target',
      en: 'The assessment is incomplete, so its next predikat is unknown: give --target',
    });
  return explain(result).next?.predicate ?? result.predicate;
}

/** Runs `spbe plan <file> --target …`: the minimum-cost raises that reach the target, for every assessment. */
async function planCommand(context: CommandContext, file: string, options: PlanCommandOptions): Promise<void> {
  const chosen = options.target === undefined ? undefined : parseTarget(options.target);
  const costs = options.costs === undefined ? undefined : readNumberMap(options.costs, '--costs', context);
  const ceilings = options.ceilings === undefined ? undefined : readNumberMap(options.ceilings, '--ceilings', context);
  const fixed = options.lock === undefined ? undefined : parseLock(options.lock);
  const step = options.step === undefined ? undefined : parseStep(options.step);
  const maxRaise = options.maxRaise === undefined ? defaultMaxRaise : parseMaxRaise(options.maxRaise);
  const years = options.years === undefined ? undefined : parseYears(options.years);
  const common = {
    ...(costs ? { costs } : {}),
    ...(ceilings ? { ceilings } : {}),
    ...(fixed ? { fixed } : {}),
    ...(step === undefined ? {} : { step }),
  };
  const batch = {
    file,
    inputFormat: options.inputFormat as InputFormat | undefined,
    csv: assessmentCsv(options.delimiter),
    output: options,
  };
  if (years !== undefined) {
    await runBatch<LabelledRoadmap>(context, {
      ...batch,
      presenter: roadmapPresenter,
      handle(record) {
        const { label, input } = indexInputOf(record.value, options);
        const roadmap = planRoadmap({
          current: input,
          target: chosen ?? nextPredicate(input),
          years,
          ...common,
          maxRaisePerIndicator: maxRaise,
        });
        return { label, where: `${record.position.file}:${record.position.line}`, roadmap };
      },
    });
    return;
  }
  await runBatch<LabelledPlan>(context, {
    ...batch,
    presenter: planPresenter,
    handle(record) {
      const { label, input } = indexInputOf(record.value, options);
      const plan = planImprovements({
        current: input,
        target: chosen ?? nextPredicate(input),
        ...common,
        maxRaisePerIndicator: maxRaise,
      });
      return { label, where: `${record.position.file}:${record.position.line}`, plan };
    },
  });
}

/** Registers `spbe plan`. */
export const registerPlanCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('plan')
    .argument(
      '<file>',
      setup.text({
        id: 'berkas penilaian dengan nilai indikator (JSON, JSON Lines, CSV; - = stdin)',
        en: 'assessment file with indicator levels (JSON, JSON Lines, CSV; - = stdin)',
      }),
    )
    .description(setup.text(commandSummary('plan').description))
    .option(
      '-t, --target <predikat|index>',
      setup.text({
        id: 'predikat ("Sangat Baik") atau indeks (3.5); bawaan: predikat di atas predikat sekarang',
        en: 'a predikat ("Sangat Baik") or an index (3.5); default: the predikat above the current one',
      }),
    )
    .option(
      '--costs <file>',
      setup.text({
        id: 'JSON {nomor indikator: biaya per langkah} (bawaan 1)',
        en: 'JSON {indicator number: cost per step} (default 1)',
      }),
    )
    .option(
      '--ceilings <file>',
      setup.text({
        id: 'JSON {nomor indikator: nilai tertinggi} (bawaan 5)',
        en: 'JSON {indicator number: highest value} (default 5)',
      }),
    )
    .option(
      '--lock <numbers>',
      setup.text({ id: 'indikator yang tidak bisa berubah, mis. 3,7', en: 'indicators that cannot change, e.g. 3,7' }),
    )
    .option(
      '--max-raise <levels>',
      setup.text({
        id: 'kenaikan paling banyak per indikator (per tahun dengan --years); bawaan 1, none = tanpa batas',
        en: 'the most one indicator may rise (per year with --years); default 1, none = no limit',
      }),
    )
    .option(
      '--years <n>',
      setup.text({
        id: 'peta jalan beberapa tahun menuju target',
        en: 'a roadmap over several years to the target',
      }),
    )
    .option(
      '--step <size>',
      setup.text({
        id: 'besar satu langkah (bawaan 1; desimal untuk pemdi-2026)',
        en: 'size of one step (default 1; decimals for pemdi-2026)',
      }),
    );
  addAssessmentInputOptions(command, setup);
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      [
        'spbe plan penilaian.json --target "Sangat Baik"',
        { id: 'rencana ke predikat berikutnya', en: 'a plan to the next predikat' },
      ],
      [
        'spbe plan penilaian.json --target 3.5 --costs biaya.json --lock 3,7',
        { id: 'dengan biaya dan indikator terkunci', en: 'with costs and locked indicators' },
      ],
      [
        'spbe plan penilaian.xlsx --target "Sangat Baik" --max-raise 1 --years 3',
        { id: 'peta jalan 3 tahun, satu tingkat per tahun', en: 'a 3-year roadmap, one level a year' },
      ],
      [
        'spbe plan pemdi.json --target Baik --step 0.25',
        { id: 'langkah 0,25 untuk pemdi-2026', en: '0.25 steps for pemdi-2026' },
      ],
    ]),
  );
  command.action(
    setup.action((context, file: string, options: PlanCommandOptions) => planCommand(context, file, options)),
  );
};
