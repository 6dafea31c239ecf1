import { runsCodeWhenRead } from '../compute/runs-code-when-read.js';
import { issuesFromZod, type IssuePath, type LocalizedText, type SpbeIssue } from '@spbe-kit/models';
import { z } from 'zod';
import { MethodologyError } from '../errors/methodology-error.js';
import { decimalPlaces, rationalFromNumber, unitsFromRational } from '../exact/exact-input.js';
import { Rational } from '../exact/rational.js';
import {
  DECIMAL_VALUE_SCALE,
  type CompiledAspect,
  type CompiledBand,
  type CompiledDomain,
  type CompiledIndicator,
  type CompiledMethodology,
} from './compiled-methodology.js';
import type { MethodologyTable } from './methodology-table.js';
import type { MethodologyRule } from '../errors/error-codes.js';

const text = z.object({ id: z.string().min(1), en: z.string().min(1) });
const positiveInteger = z.number().int().positive().max(1_000_000);
const finite = z.number().finite();
const levelDefinition = z.object({ level: z.number().int().min(1).max(5), name: text, description: text.optional() });

const tableSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.string().min(1),
  name: text,
  regulation: z.object({
    reference: z.string().min(1),
    title: text,
    date: z.iso.date(),
    dateKind: z.enum(['set', 'promulgated']).optional(),
    setOn: z.iso.date().optional(),
    inForceFrom: z.iso.date().optional(),
    firstEvaluationYear: z.number().int().optional(),
    lastEvaluationYear: z.number().int().optional(),
    revokedBy: z.string().optional(),
  }),
  valueDomain: z.enum(['integer', 'decimal']),
  scales: z.array(z.object({ id: z.string().min(1), name: text, levels: z.array(levelDefinition) })).min(1),
  domains: z.array(z.object({ number: positiveInteger, name: text, weight: finite })).optional(),
  aspects: z
    .array(z.object({ number: positiveInteger, name: text, weight: finite, domain: positiveInteger.optional() }))
    .min(1),
  indicators: z
    .array(
      z.object({
        number: positiveInteger,
        name: text,
        weight: finite,
        aspect: positiveInteger,
        scale: z.string().min(1),
        sectorChosenByAgency: z.boolean().optional(),
        externalIndex: text.optional(),
      }),
    )
    .min(1)
    .max(10_000),
  bands: z
    .array(
      z.object({
        predicate: z.string().min(1),
        label: text,
        from: finite,
        to: finite,
        level: levelDefinition.optional(),
      }),
    )
    .min(1),
  caveats: z.array(text),
});

/** A table as the schema reads it, before the cross-checks. */
type ParsedTable = z.output<typeof tableSchema>;

/** Weights may have at most this many decimals (0.05 steps need two). */
const MAX_WEIGHT_DECIMALS = 4;
/** Band bounds may have at most this many decimals. */
const MAX_BOUND_DECIMALS = 6;

const ONE = Rational.of(1n);
const FIVE = Rational.of(5n);
const HUNDRED = Rational.of(100n);

class IssueList {
  readonly issues: SpbeIssue[] = [];
  add(code: MethodologyRule, path: IssuePath, message: LocalizedText): void {
    this.issues.push({ code: `methodology.${code}`, path, message });
  }
}

function show(value: Rational): string {
  return value.toExactString();
}

/** Exact weight or bound; records an issue and returns undefined when it has too many decimals or is not positive. */
function exactNumber(
  value: number,
  maxDecimals: number,
  path: IssuePath,
  issues: IssueList,
  positive: boolean,
): Rational | undefined {
  const exact = rationalFromNumber(value);
  if (!exact || decimalPlaces(exact) > maxDecimals) {
    issues.add('precision', path, {
      id: `Nilai ${value} memiliki lebih dari ${maxDecimals} angka desimal`,
      en: `Value ${value} has more than ${maxDecimals} decimals`,
    });
    return undefined;
  }
  if (positive && exact.numerator <= 0n) {
    issues.add('not_positive', path, {
      id: `Bobot ${value} harus lebih dari 0`,
      en: `Weight ${value} must be greater than 0`,
    });
    return undefined;
  }
  return exact;
}

function checkUnique(numbers: readonly number[], collection: string, label: LocalizedText, issues: IssueList): void {
  const seen = new Set<number>();
  numbers.forEach((number, position) => {
    if (seen.has(number)) {
      issues.add('duplicate_number', [collection, position, 'number'], {
        id: `Nomor ${label.id} ${number} dipakai lebih dari sekali`,
        en: `${label.en} number ${number} is used more than once`,
      });
    }
    seen.add(number);
  });
}

function checkScaleLevels(levels: readonly { level: number }[], path: IssuePath, issues: IssueList): void {
  const numbers = levels.map((entry) => entry.level).sort((a, b) => a - b);
  if (numbers.join(',') !== '1,2,3,4,5') {
    issues.add('scale_levels', path, {
      id: `Skala harus mendefinisikan tingkat 1 sampai 5 masing-masing sekali (ada: ${numbers.join(', ') || 'tidak ada'})`,
      en: `A scale must define levels 1 to 5 once each (found: ${numbers.join(', ') || 'none'})`,
    });
  }
}

function weightSumIssue(
  issues: IssueList,
  path: IssuePath,
  whatId: string,
  whatEn: string,
  declared: Rational,
  sum: Rational,
): void {
  if (!declared.equals(sum)) {
    issues.add('weight_sum', path, {
      id: `Bobot ${whatId} ${show(declared)} tidak sama dengan jumlah bobot bagiannya ${show(sum)}`,
      en: `Weight of ${whatEn} ${show(declared)} does not equal the sum of its parts' weights ${show(sum)}`,
    });
  }
}

function checkBands(
  table: z.infer<typeof tableSchema>,
  issues: IssueList,
): { band: number; from: Rational; to: Rational }[] {
  const bands: { band: number; from: Rational; to: Rational }[] = [];
  const predicates = new Set<string>();
  table.bands.forEach((band, position) => {
    if (predicates.has(band.predicate)) {
      issues.add('duplicate_predicate', ['bands', position, 'predicate'], {
        id: `Predikat "${band.predicate}" muncul lebih dari sekali`,
        en: `Predikat "${band.predicate}" appears more than once`,
      });
    }
    predicates.add(band.predicate);
    const from = exactNumber(band.from, MAX_BOUND_DECIMALS, ['bands', position, 'from'], issues, false);
    const to = exactNumber(band.to, MAX_BOUND_DECIMALS, ['bands', position, 'to'], issues, false);
    if (!from || !to) return;
    if (from.compare(to) >= 0) {
      issues.add('band_empty', ['bands', position], {
        id: `Rentang predikat "${band.predicate}" kosong: dari ${show(from)} sampai ${show(to)}`,
        en: `Predikat band "${band.predicate}" is empty: from ${show(from)} to ${show(to)}`,
      });
      return;
    }
    bands.push({ band: position, from, to });
  });
  if (bands.length !== table.bands.length) return bands;
  const sorted = [...bands].sort((a, b) => a.from.compare(b.from));
  const lowest = sorted[0];
  const highest = sorted[sorted.length - 1];
  if (lowest && !lowest.from.equals(ONE)) {
    issues.add('bands_range', ['bands', lowest.band, 'from'], {
      id: `Rentang predikat harus mulai dari 1, bukan ${show(lowest.from)}`,
      en: `Predikat bands must start at 1, not ${show(lowest.from)}`,
    });
  }
  if (highest && !highest.to.equals(FIVE)) {
    issues.add('bands_range', ['bands', highest.band, 'to'], {
      id: `Rentang predikat harus berakhir di 5, bukan ${show(highest.to)}`,
      en: `Predikat bands must end at 5, not ${show(highest.to)}`,
    });
  }
  for (let position = 1; position < sorted.length; position++) {
    const previous = sorted[position - 1];
    const current = sorted[position];
    if (!previous || !current) continue;
    const order = previous.to.compare(current.from);
    if (order < 0) {
      issues.add('bands_gap', ['bands', current.band, 'from'], {
        id: `Celah antara rentang predikat: tidak ada predikat untuk ${show(previous.to)} sampai ${show(current.from)}`,
        en: `Gap between predikat bands: no predikat for ${show(previous.to)} to ${show(current.from)}`,
      });
    } else if (order > 0) {
      issues.add('bands_overlap', ['bands', current.band, 'from'], {
        id: `Rentang predikat tumpang tindih antara ${show(current.from)} dan ${show(previous.to)}`,
        en: `Predikat bands overlap between ${show(current.from)} and ${show(previous.to)}`,
      });
    }
  }
  return sorted;
}

function ceilUnits(value: Rational, scale: number): number {
  const scaled = value.numerator * BigInt(scale);
  const quotient = scaled / value.denominator;
  return Number(scaled % value.denominator === 0n || scaled < 0n ? quotient : quotient + 1n);
}

/**
 * Checks a table and prepares it for the engine; throws {@link MethodologyError} listing every problem.
 * Internal: the public entry points are {@link validateMethodology} and `resolveMethodology`.
 */
export function compileMethodology(input: unknown): CompiledMethodology {
  const table = parseTable(input);
  const issues = new IssueList();

  const domainsDefined = table.domains ?? [];
  const hasDomains = domainsDefined.length > 0;
  checkUnique(
    domainsDefined.map((domain) => domain.number),
    'domains',
    { id: 'domain', en: 'Domain' },
    issues,
  );
  checkUnique(
    table.aspects.map((aspect) => aspect.number),
    'aspects',
    { id: 'aspek', en: 'Aspect' },
    issues,
  );
  checkUnique(
    table.indicators.map((indicator) => indicator.number),
    'indicators',
    { id: 'indikator', en: 'Indicator' },
    issues,
  );
  const scaleIds = new Set<string>();
  table.scales.forEach((scale, position) => {
    if (scaleIds.has(scale.id)) {
      issues.add('duplicate_scale', ['scales', position, 'id'], {
        id: `Id skala "${scale.id}" dipakai lebih dari sekali`,
        en: `Scale id "${scale.id}" is used more than once`,
      });
    }
    scaleIds.add(scale.id);
    checkScaleLevels(scale.levels, ['scales', position, 'levels'], issues);
  });

  const weights = (
    collection: 'domains' | 'aspects' | 'indicators',
    list: readonly { weight: number }[],
  ): (Rational | undefined)[] =>
    list.map((entry, position) =>
      exactNumber(entry.weight, MAX_WEIGHT_DECIMALS, [collection, position, 'weight'], issues, true),
    );
  const domainWeights = weights('domains', domainsDefined);
  const aspectWeights = weights('aspects', table.aspects);
  const indicatorWeights = weights('indicators', table.indicators);

  const domainByNumber = new Map(domainsDefined.map((domain, position) => [domain.number, position]));
  const aspectByNumber = new Map(table.aspects.map((aspect, position) => [aspect.number, position]));

  const aspectSums = table.aspects.map(() => Rational.ZERO);
  const aspectCounts = table.aspects.map(() => 0);
  table.indicators.forEach((indicator, position) => {
    const aspect = aspectByNumber.get(indicator.aspect);
    if (aspect === undefined) {
      issues.add('unknown_aspect', ['indicators', position, 'aspect'], {
        id: `Indikator ${indicator.number} merujuk aspek ${indicator.aspect} yang tidak ada`,
        en: `Indicator ${indicator.number} refers to aspect ${indicator.aspect}, which does not exist`,
      });
    } else {
      aspectSums[aspect] = (aspectSums[aspect] ?? Rational.ZERO).add(indicatorWeights[position] ?? Rational.ZERO);
      aspectCounts[aspect] = (aspectCounts[aspect] ?? 0) + 1;
    }
    if (!scaleIds.has(indicator.scale)) {
      issues.add('unknown_scale', ['indicators', position, 'scale'], {
        id: `Indikator ${indicator.number} merujuk skala "${indicator.scale}" yang tidak ada`,
        en: `Indicator ${indicator.number} refers to scale "${indicator.scale}", which does not exist`,
      });
    }
  });

  const domainSums = domainsDefined.map(() => Rational.ZERO);
  const domainCounts = domainsDefined.map(() => 0);
  table.aspects.forEach((aspect, position) => {
    if ((aspectCounts[position] ?? 0) === 0) {
      issues.add('empty_aspect', ['aspects', position], {
        id: `Aspek ${aspect.number} tidak memiliki indikator`,
        en: `Aspect ${aspect.number} has no indicators`,
      });
    } else if (indicatorWeights.every(Boolean)) {
      const declared = aspectWeights[position];
      if (declared)
        weightSumIssue(
          issues,
          ['aspects', position, 'weight'],
          `aspek ${aspect.number}`,
          `aspect ${aspect.number}`,
          declared,
          aspectSums[position] ?? Rational.ZERO,
        );
    }
    if (hasDomains) {
      const domain = aspect.domain === undefined ? undefined : domainByNumber.get(aspect.domain);
      if (aspect.domain === undefined) {
        issues.add('missing_domain', ['aspects', position, 'domain'], {
          id: `Aspek ${aspect.number} harus menyebut domainnya`,
          en: `Aspect ${aspect.number} must name its domain`,
        });
      } else if (domain === undefined) {
        issues.add('unknown_domain', ['aspects', position, 'domain'], {
          id: `Aspek ${aspect.number} merujuk domain ${aspect.domain} yang tidak ada`,
          en: `Aspect ${aspect.number} refers to domain ${aspect.domain}, which does not exist`,
        });
      } else {
        domainSums[domain] = (domainSums[domain] ?? Rational.ZERO).add(aspectWeights[position] ?? Rational.ZERO);
        domainCounts[domain] = (domainCounts[domain] ?? 0) + 1;
      }
    } else if (aspect.domain !== undefined) {
      issues.add('unexpected_domain', ['aspects', position, 'domain'], {
        id: `Aspek ${aspect.number} menyebut domain, tetapi metodologi ini tidak memiliki domain`,
        en: `Aspect ${aspect.number} names a domain but this methodology has no domains`,
      });
    }
  });
  domainsDefined.forEach((domain, position) => {
    if ((domainCounts[position] ?? 0) === 0) {
      issues.add('empty_domain', ['domains', position], {
        id: `Domain ${domain.number} tidak memiliki aspek`,
        en: `Domain ${domain.number} has no aspects`,
      });
    } else if (aspectWeights.every(Boolean)) {
      const declared = domainWeights[position];
      if (declared)
        weightSumIssue(
          issues,
          ['domains', position, 'weight'],
          `domain ${domain.number}`,
          `domain ${domain.number}`,
          declared,
          domainSums[position] ?? Rational.ZERO,
        );
    }
  });
  const totalOf = (list: (Rational | undefined)[]): Rational | undefined =>
    list.every(Boolean)
      ? list.reduce<Rational>((sum, weight) => sum.add(weight ?? Rational.ZERO), Rational.ZERO)
      : undefined;
  const totals: [string, Rational | undefined][] = [
    ['indicators', totalOf(indicatorWeights)],
    ['aspects', totalOf(aspectWeights)],
  ];
  if (hasDomains) totals.push(['domains', totalOf(domainWeights)]);
  for (const [collection, total] of totals) {
    if (total && !total.equals(HUNDRED)) {
      issues.add('weight_total', [collection], {
        id: `Jumlah bobot ${collection === 'indicators' ? 'indikator' : collection === 'aspects' ? 'aspek' : 'domain'} adalah ${show(total)}, seharusnya 100`,
        en: `The ${collection.slice(0, -1)} weights add up to ${show(total)}, not 100`,
      });
    }
  }
  const sortedBands = checkBands(table, issues);
  if (issues.issues.length > 0) throw new MethodologyError(issues.issues);

  return buildCompiled(
    input as MethodologyTable,
    table,
    { domainWeights, aspectWeights, indicatorWeights },
    sortedBands,
  );
}

/** Reads a table with the schema; throws {@link MethodologyError} when it does not have the methodology's shape. */
function parseTable(input: unknown): ParsedTable {
  let parsed: ReturnType<typeof tableSchema.safeParse>;
  try {
    parsed = tableSchema.safeParse(input, { reportInput: true });
  } catch (error) {
    // Plain data cannot throw while zod reads it: then the exception is a bug, not a bad table.
    if (!runsCodeWhenRead(input)) throw error;
    throw new MethodologyError(
      [
        {
          code: 'indicators.methodology_unreadable',
          path: [],
          message: { id: 'Tabel metodologi tidak dapat dibaca', en: 'The methodology table cannot be read' },
        },
      ],
      { cause: error },
    );
  }
  if (!parsed.success) throw new MethodologyError(issuesFromZod(parsed.error.issues));
  return parsed.data;
}

/** The exact weights of a valid table, per collection, in table order. */
interface TableWeights {
  readonly domainWeights: readonly (Rational | undefined)[];
  readonly aspectWeights: readonly (Rational | undefined)[];
  readonly indicatorWeights: readonly (Rational | undefined)[];
}

/** Builds the engine's integer form of a table that passed every check. */
function buildCompiled(
  original: MethodologyTable,
  table: ParsedTable,
  { domainWeights, aspectWeights, indicatorWeights }: TableWeights,
  sortedBands: ReturnType<typeof checkBands>,
): CompiledMethodology {
  const domainsDefined = table.domains ?? [];
  const places = Math.max(
    0,
    ...[...domainWeights, ...aspectWeights, ...indicatorWeights].map((weight) =>
      decimalPlaces(weight ?? Rational.ZERO),
    ),
  );
  const weightScale = 10 ** places;
  const valueScale = table.valueDomain === 'integer' ? 1 : DECIMAL_VALUE_SCALE;
  const totalWeightUnits = 100 * weightScale;
  const indexDenominator = totalWeightUnits * valueScale;
  const units = (weight: Rational | undefined): number => unitsFromRational(weight ?? Rational.ZERO, weightScale) ?? 0;

  const indicatorOrder = table.indicators
    .map((indicator, position) => ({ indicator, position }))
    .sort((a, b) => a.indicator.number - b.indicator.number);
  const aspectOrder = table.aspects
    .map((aspect, position) => ({ aspect, position }))
    .sort((a, b) => a.aspect.number - b.aspect.number);
  const domainOrder = domainsDefined
    .map((domain, position) => ({ domain, position }))
    .sort((a, b) => a.domain.number - b.domain.number);
  const domainPosition = new Map(domainOrder.map((entry, position) => [entry.domain.number, position]));
  const aspectPosition = new Map(aspectOrder.map((entry, position) => [entry.aspect.number, position]));
  const indicatorPosition = new Map(indicatorOrder.map((entry, position) => [entry.indicator.number, position]));

  const indicators: CompiledIndicator[] = indicatorOrder.map(({ indicator, position }) => ({
    definition: original.indicators[position] ?? indicator,
    number: indicator.number,
    weightUnits: units(indicatorWeights[position]),
    weight: indicatorWeights[position] ?? Rational.ZERO,
    aspectPosition: aspectPosition.get(indicator.aspect) ?? 0,
  }));
  const aspects: CompiledAspect[] = aspectOrder.map(({ aspect, position }, sortedPosition) => ({
    definition: original.aspects[position] ?? aspect,
    number: aspect.number,
    weightUnits: units(aspectWeights[position]),
    weight: aspectWeights[position] ?? Rational.ZERO,
    domainPosition: aspect.domain === undefined ? -1 : (domainPosition.get(aspect.domain) ?? -1),
    indicatorPositions: indicators.flatMap((indicator, indicatorPosition) =>
      indicator.aspectPosition === sortedPosition ? [indicatorPosition] : [],
    ),
  }));
  const domains: CompiledDomain[] = domainOrder.map(({ domain, position }, sortedPosition) => {
    const aspectPositions = aspects.flatMap((aspect, aspectPosition) =>
      aspect.domainPosition === sortedPosition ? [aspectPosition] : [],
    );
    return {
      definition: original.domains?.[position] ?? domain,
      number: domain.number,
      weightUnits: units(domainWeights[position]),
      weight: domainWeights[position] ?? Rational.ZERO,
      aspectPositions,
      indicatorPositions: aspectPositions.flatMap((aspect) => aspects[aspect]?.indicatorPositions ?? []),
    };
  });
  const bands: CompiledBand[] = [...sortedBands].reverse().map((entry, rank) => ({
    band: original.bands[entry.band] ?? (table.bands[entry.band] as unknown as CompiledBand['band']),
    rank,
    from: entry.from,
    to: entry.to,
    fromUnits: ceilUnits(entry.from, indexDenominator),
  }));
  return {
    table: original,
    id: table.id,
    integer: table.valueDomain === 'integer',
    valueScale,
    weightScale,
    totalWeightUnits,
    indexDenominator,
    indicators,
    aspects,
    domains,
    indicatorPosition,
    aspectPosition,
    domainPosition,
    bands,
    bandThresholds: bands.map((band) => band.fromUnits),
    bandPredicates: bands.map((band) => band.band.predicate),
  };
}

/**
 * Checks a methodology table — structure, weights (each indicator, aspect and domain weight is
 * positive with at most four decimals; aspects add up to their domain, indicators to their aspect,
 * everything to 100), unique numbering, level scales 1–5, predikat bands covering [1, 5] without gaps
 * or overlaps — and returns it typed. Throws {@link MethodologyError} listing every problem, each
 * with its path and a message in Indonesian and English.
 *
 * Tables are read as immutable: do not change a table after using it.
 *
 * @example
 * ```ts
 * import { validateMethodology, getMethodology } from '@spbe-kit/indicators';
 * const table = validateMethodology({ ...getMethodology('pemdi-2026'), id: 'pemdi-2026-kota' });
 * ```
 */
export function validateMethodology(table: unknown): MethodologyTable {
  compileMethodology(table);
  return table as MethodologyTable;
}
