import {
  lookupBpsCode,
  lookupKemendagriCode,
  parseRegionCode,
  regencyKindLabels,
  regionLevelLabels,
  villageKindLabels,
  type RegionLevel,
} from '@spbe-kit/models';
import { getBpsBridge, getWilayah, resolveRegion, type WilayahRegion } from '@spbe-kit/models/wilayah';
import { InvalidArgumentError, type Command } from 'commander';
import { withDestination } from '../batch.js';
import type { CommandContext } from '../context.js';
import { exitCodes } from '../exit-codes.js';
import { chooseOutputFormat } from '../output/output-format.js';
import { csvLine } from '../output/csv-text.js';
import { textTable } from '../output/text-table.js';
import { commandSummary } from './command-summaries.js';
import type { CommandSetup, Setup } from './command-setup.js';
import { addOutputOptions, type OutputFlags } from './common-options.js';
import { wilayahMatchCommand, type WilayahMatchOptions } from './wilayah-match-command.js';

/** Options of `spbe wilayah`. */
interface WilayahCommandOptions extends OutputFlags {
  readonly level?: RegionLevel[];
  readonly within?: string;
  readonly limit?: number;
  readonly children?: boolean;
}

/** One region found, with its parents, its children and its BPS code where the bridging table knows it. */
interface RegionLookup {
  readonly region: WilayahRegion;
  readonly parents: readonly WilayahRegion[];
  readonly children?: readonly WilayahRegion[];
  readonly childCount?: number;
  /** BPS code through the versioned bridging table, or `null` when the table has no row for the code. */
  readonly bps?: { readonly code: string | null; readonly tableVersion: string };
}

const levels: readonly RegionLevel[] = ['province', 'regency', 'district', 'village', 'island'];

function kindLabel(region: WilayahRegion, context: CommandContext): string {
  if (region.level === 'regency') return context.text(regencyKindLabels[region.kind]);
  if (region.level === 'village') return context.text(villageKindLabels[region.kind]);
  return context.text(regionLevelLabels[region.level]);
}

function lookup(code: string, withChildren: boolean, childLimit: number): RegionLookup | undefined {
  const wilayah = getWilayah();
  const region = wilayah.get(code);
  if (!region) return undefined;
  const all = wilayah.children(region.code);
  const bridged = region.level === 'province' || region.level === 'regency' ? lookupBpsCode(region.code) : undefined;
  return {
    region,
    parents: wilayah.parents(region.code),
    children: withChildren ? all : all.slice(0, childLimit),
    childCount: all.length,
    ...(bridged ? { bps: { code: bridged.found ? bridged.code : null, tableVersion: bridged.tableVersion } } : {}),
  };
}

/** One way to read a code written as digits only. */
interface CodeReading {
  /** `bps`: a BPS code, bridged through the table; `kemendagri-undotted`: a Kemendagri code written without dots (NIK digits, spreadsheets). */
  readonly system: 'bps' | 'kemendagri-undotted';
  /** The code as read: the BPS code itself, or the Kemendagri code with its dots. */
  readonly code: string;
  /** The Kemendagri region it names, or `null`. */
  readonly region: WilayahRegion | null;
  /** For BPS: the bridging table consulted, and why nothing was found. */
  readonly tableVersion?: string;
  readonly reason?: string;
}

const DOTTED_LAYOUT: Readonly<Record<number, readonly number[]>> = {
  2: [2],
  4: [2, 2],
  6: [2, 2, 2],
  10: [2, 2, 2, 4],
};

/** Reads digits both ways: as a BPS code (through the bridge) and as an undotted Kemendagri code. */
function readDigits(digits: string): CodeReading[] {
  const wilayah = getWilayah();
  const readings: CodeReading[] = [];
  if ([2, 4, 7, 10].includes(digits.length)) {
    const bridge = getBpsBridge();
    const bridged = lookupKemendagriCode(digits, bridge);
    readings.push({
      system: 'bps',
      code: digits,
      region: bridged.found ? (wilayah.get(bridged.code) ?? null) : null,
      tableVersion: bridged.tableVersion,
      ...(bridged.found ? {} : { reason: bridged.reason }),
    });
  }
  const layout = DOTTED_LAYOUT[digits.length];
  if (layout) {
    let at = 0;
    const dotted = layout.map((size) => digits.slice(at, (at += size))).join('.');
    readings.push({ system: 'kemendagri-undotted', code: dotted, region: wilayah.get(dotted) ?? null });
  }
  return readings;
}

/** Finds regions for a query: a Kemendagri code (`64.71`), a BPS code (`6471`, bridged), or a name. */
function findRegions(query: string, options: WilayahCommandOptions): RegionLookup[] {
  const trimmed = query.trim();
  const limit = options.limit ?? 20;
  if (/^\d{2}\./.test(trimmed)) {
    // A Kemendagri code: a malformed one is reported by the models package in both languages.
    const { code } = parseRegionCode(trimmed);
    const found = lookup(code, options.children === true, limit);
    return found ? [found] : [];
  }
  const wilayah = getWilayah();
  const found = wilayah.search(trimmed, { levels: options.level, within: options.within, limit });
  // Names as people write them (KAB. PASER, kukar, Kaltim, a small typo) when the words match nothing.
  const regions =
    found.length > 0
      ? found
      : resolveRegion(trimmed, {
          ...(options.level ? { levels: options.level } : {}),
          ...(options.within ? { within: options.within } : {}),
          limit,
        }).candidates.map((candidate) => candidate.region);
  return regions.map((region) => ({ region, parents: wilayah.parents(region.code) }));
}

function parentsText(parents: readonly WilayahRegion[]): string {
  return parents.map((parent) => parent.name).join(' › ');
}

/** Runs `spbe wilayah <code|name>`. */
async function wilayahCommand(context: CommandContext, query: string, options: WilayahCommandOptions): Promise<void> {
  if (/^\d+$/.test(query.trim())) return readingsCommand(context, query.trim(), options);
  const found = findRegions(query, options);
  if (found.length === 0) {
    context.exitCode = exitCodes.invalidInput;
    context.problems++;
    context.stderrLine(
      context.text({ id: `Tidak ada wilayah untuk "${query}"`, en: `No region found for "${query}"` }),
    );
  }
  const single = found.length === 1 && found[0]!.children !== undefined;
  await withDestination(context, options.output, (destination, toTerminal) => {
    const format = chooseOutputFormat(options.format, context.options.json, toTerminal);
    const c = context.colors;
    switch (format) {
      case 'json':
        destination.write(`${JSON.stringify(single ? found[0] : found, null, 2)}\n`);
        break;
      case 'jsonl':
        for (const item of found) destination.write(`${JSON.stringify(item)}\n`);
        break;
      case 'csv':
        destination.write(csvLine(['code', 'level', 'kind', 'name', 'parentCode', 'parents', 'bps']));
        for (const { region, parents, bps } of found) {
          destination.write(
            csvLine([
              region.code,
              region.level,
              'kind' in region ? region.kind : '',
              region.name,
              region.parentCode,
              parentsText(parents),
              bps?.code ?? '',
            ]),
          );
        }
        break;
      case 'table':
        if (single) {
          const { region, parents, children, childCount, bps } = found[0]!;
          const lines = [`${c.bold(region.code)}  ${c.bold(region.name)}  ${c.dim(kindLabel(region, context))}`];
          if (parents.length > 0)
            lines.push(
              `${context.text({ id: 'Induk', en: 'Parents' })}: ${parents.map((parent) => `${parent.name} (${parent.code})`).join(' › ')}`,
            );
          if (bps) {
            lines.push(
              `${context.text({ id: 'Kode BPS', en: 'BPS code' })}: ${
                bps.code ?? c.dim(context.text({ id: 'tidak ada di tabel padanan', en: 'not in the bridging table' }))
              } ${c.dim(`(${bps.tableVersion})`)}`,
            );
          }
          if (region.level === 'island')
            lines.push(
              `${region.coordinate}${region.populated ? '' : context.text({ id: ', tidak berpenghuni', en: ', uninhabited' })}`,
            );
          if (children && children.length > 0) {
            lines.push(`${context.text({ id: 'Wilayah di bawahnya', en: 'Children' })} (${childCount}):`);
            lines.push(
              textTable(children.map((child) => [`  ${child.code}`, child.name, c.dim(kindLabel(child, context))])),
            );
            if (childCount !== undefined && childCount > children.length) {
              lines.push(
                c.dim(
                  context.text({
                    id: `  … ${childCount - children.length} lagi (--children untuk semua)`,
                    en: `  … ${childCount - children.length} more (--children for all)`,
                  }),
                ),
              );
            }
          }
          destination.write(`${lines.join('\n')}\n`);
        } else if (found.length > 0) {
          destination.write(
            `${textTable(found.map(({ region, parents }) => [c.bold(region.code), region.name, c.dim(kindLabel(region, context)), parentsText(parents)]))}\n`,
          );
        }
        break;
    }
    return Promise.resolve();
  });
}

function readingLabel(reading: CodeReading, context: CommandContext): string {
  return reading.system === 'bps'
    ? context.text({ id: `sebagai kode BPS ${reading.code}`, en: `as BPS code ${reading.code}` })
    : context.text({
        id: `sebagai kode Kemendagri tanpa titik (${reading.code})`,
        en: `as an undotted Kemendagri code (${reading.code})`,
      });
}

function readingResult(reading: CodeReading, context: CommandContext): string {
  if (reading.region) return `${reading.region.code} ${reading.region.name}`;
  if (reading.system === 'kemendagri-undotted')
    return context.text({ id: 'tidak ada dalam daftar Kemendagri', en: 'not in the Kemendagri list' });
  return reading.reason === 'split'
    ? context.text({ id: 'BPS membaginya ke beberapa kode', en: 'split by BPS into several codes' })
    : context.text({ id: 'tidak ada di tabel padanan', en: 'not in the bridging table' });
}

/**
 * Runs `spbe wilayah <digits>`: digits alone can be a BPS code or a Kemendagri code written without
 * dots (the first digits of a NIK), and the two name different regions (6402: BPS Kutai Barat,
 * Kemendagri 64.02 Kutai Kartanegara). Both readings are shown, each saying which system it is.
 */
async function readingsCommand(context: CommandContext, digits: string, options: WilayahCommandOptions) {
  const readings = readDigits(digits);
  if (!readings.some((reading) => reading.region)) {
    context.exitCode = exitCodes.invalidInput;
    context.problems++;
    context.stderrLine(
      context.text({
        id: `Tidak ada wilayah untuk "${digits}", baik sebagai kode BPS maupun sebagai kode Kemendagri tanpa titik`,
        en: `No region found for "${digits}", neither as a BPS code nor as an undotted Kemendagri code`,
      }),
    );
  }
  await withDestination(context, options.output, (destination, toTerminal) => {
    const format = chooseOutputFormat(options.format, context.options.json, toTerminal);
    const c = context.colors;
    switch (format) {
      case 'json':
        destination.write(`${JSON.stringify({ input: digits, readings }, null, 2)}\n`);
        break;
      case 'jsonl':
        for (const reading of readings) destination.write(`${JSON.stringify({ input: digits, ...reading })}\n`);
        break;
      case 'csv':
        destination.write(csvLine(['input', 'system', 'read_as', 'code', 'name', 'bridge']));
        for (const reading of readings)
          destination.write(
            csvLine([
              digits,
              reading.system,
              reading.code,
              reading.region?.code ?? '',
              reading.region?.name ?? '',
              reading.tableVersion ?? '',
            ]),
          );
        break;
      case 'table': {
        const same =
          readings.length === 2 && readings[0]?.region && readings[0].region.code === readings[1]?.region?.code;
        const lines = [
          same
            ? context.text({
                id: `${digits}: sama di kedua sistem`,
                en: `${digits}: the same in both systems`,
              })
            : context.text({
                id: `${digits} dapat dibaca ${readings.length === 1 ? 'satu' : 'dua'} cara:`,
                en: `${digits} can be read ${readings.length === 1 ? 'one way' : 'two ways'}:`,
              }),
          textTable(
            readings.map((reading) => [
              `  ${readingLabel(reading, context)}`,
              reading.region ? c.bold(readingResult(reading, context)) : c.dim(readingResult(reading, context)),
              c.dim(
                reading.system === 'bps'
                  ? `(${reading.tableVersion ?? ''})`
                  : context.text({ id: '(juga awal NIK)', en: '(also how a NIK starts)' }),
              ),
            ]),
          ),
        ];
        destination.write(`${lines.join('\n')}\n`);
        break;
      }
    }
    return Promise.resolve();
  });
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a positive integer');
  return number;
}

function levelList(value: string, previous: RegionLevel[] | undefined): RegionLevel[] {
  if (!(levels as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${levels.join(', ')}`);
  return [...(previous ?? []), value as RegionLevel];
}

/** Registers `spbe wilayah`. */
export const registerWilayahCommand: CommandSetup = (program: Command, setup) => {
  const command = program
    .command('wilayah')
    .argument(
      '<query>',
      setup.text({
        id: 'kode Kemendagri (64.71), kode BPS (6471) atau nama',
        en: 'Kemendagri code (64.71), BPS code (6471) or name',
      }),
    )
    .description(setup.text(commandSummary('wilayah').description))
    .option(
      '--level <level>',
      setup.text({
        id: 'hanya tingkat ini (province, regency, district, village, island); boleh diulang',
        en: 'only this level (province, regency, district, village, island); repeatable',
      }),
      levelList,
    )
    .option(
      '--within <code>',
      setup.text({ id: 'hanya di dalam kode ini (mis. 64)', en: 'only inside this code (e.g. 64)' }),
    )
    .option(
      '--limit <n>',
      setup.text({ id: 'paling banyak n hasil (bawaan 20)', en: 'at most n results (default 20)' }),
      positiveInteger,
    )
    .option('--children', setup.text({ id: 'tampilkan semua wilayah di bawahnya', en: 'list every child region' }));
  addOutputOptions(command, setup);
  command.addHelpText(
    'after',
    setup.examples([
      [
        'spbe wilayah 64.71',
        { id: 'Kota Balikpapan, induk dan kecamatannya', en: 'Kota Balikpapan, its parents and districts' },
      ],
      [
        'spbe wilayah 6402',
        {
          id: 'dua bacaan: kode BPS (Kutai Barat) dan kode Kemendagri tanpa titik (64.02 Kutai Kartanegara)',
          en: 'both readings: BPS code (Kutai Barat) and undotted Kemendagri code (64.02 Kutai Kartanegara)',
        },
      ],
      [
        'spbe wilayah match data.csv --column nama_daerah',
        { id: 'tambahkan kode ke spreadsheet', en: 'add codes to a spreadsheet' },
      ],
      ['spbe wilayah "balikpapan" --level district', { id: 'cari nama', en: 'search by name' }],
      [
        'spbe wilayah 64 --children --format csv',
        { id: 'semua kabupaten/kota Kalimantan Timur', en: 'every regency/city of Kalimantan Timur' },
      ],
    ]) +
      setup.text({
        id: '\nData: Kepmendagri 300.2.2-2138/2025 melalui idn-area-data (Open Database License 1.0).\n',
        en: '\nData: Kepmendagri 300.2.2-2138/2025 through idn-area-data (Open Database License 1.0).\n',
      }),
  );
  command.action(
    setup.action((context, query: string, options: WilayahCommandOptions) => wilayahCommand(context, query, options)),
  );
  registerMatchCommand(command, setup);
};

/** Registers `spbe wilayah match`. */
function registerMatchCommand(wilayah: Command, setup: Setup): void {
  const match = wilayah
    .command('match')
    .argument('<file>', setup.text({ id: 'berkas CSV (- untuk stdin)', en: 'CSV file (- for standard input)' }))
    .description(
      setup.text({
        id: 'Tambahkan kolom kode wilayah Kemendagri ke spreadsheet berdasarkan nama daerah',
        en: 'Add a Kemendagri region code column to a spreadsheet from its region names',
      }),
    )
    .requiredOption(
      '--column <name>',
      setup.text({ id: 'kolom yang berisi nama wilayah', en: 'the column that holds the region names' }),
    )
    .option(
      '--code-column <name>',
      setup.text({ id: 'nama kolom baru (bawaan kode_wilayah)', en: 'name of the new column (default kode_wilayah)' }),
    )
    .option(
      '--delimiter <char>',
      setup.text({
        id: 'pemisah kolom (bawaan: dari baris judul)',
        en: 'field delimiter (default: from the header line)',
      }),
    )
    .option(
      '--level <level>',
      setup.text({
        id: 'hanya tingkat ini (province, regency, district, village); boleh diulang',
        en: 'only this level (province, regency, district, village); repeatable',
      }),
      levelList,
    )
    .option(
      '--within <code>',
      setup.text({ id: 'hanya di dalam kode ini (mis. 64)', en: 'only inside this code (e.g. 64)' }),
    )
    .option(
      '-o, --output <file>',
      setup.text({
        id: 'tulis hasil ke berkas, bukan stdout',
        en: 'write the result to a file instead of standard output',
      }),
    );
  match.addHelpText(
    'after',
    setup.examples([
      [
        'spbe wilayah match data.csv --column nama_daerah -o data-kode.csv',
        { id: 'tambahkan kolom kode_wilayah', en: 'add a kode_wilayah column' },
      ],
      [
        'spbe wilayah match data.csv --column kabupaten --level regency --within 64 -k',
        {
          id: 'hanya kabupaten/kota Kalimantan Timur; tulis juga bila ada baris bermasalah',
          en: 'only regencies/cities of Kalimantan Timur; write even when some rows fail',
        },
      ],
    ]) +
      setup.text({
        id: '\nBaris yang ambigu (mis. Bogor: kabupaten dan kota) atau tidak ditemukan diberi kode kosong dan dilaporkan; kode keluar 1.\n',
        en: '\nAmbiguous rows (e.g. Bogor: the regency and the city) and rows not found get an empty code and are reported; exit code 1.\n',
      }),
  );
  match.action(
    setup.action((context, file: string, options: WilayahMatchOptions) => {
      // `-o`, `--level` and `--within` also exist on `spbe wilayah`, which may take them first.
      const parent = wilayah.opts<Partial<WilayahMatchOptions>>();
      return wilayahMatchCommand(context, file, {
        ...options,
        output: options.output ?? parent.output,
        level: options.level ?? parent.level,
        within: options.within ?? parent.within,
      });
    }),
  );
}
