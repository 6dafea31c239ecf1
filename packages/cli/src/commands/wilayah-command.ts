import {
  lookupBpsCode,
  lookupKemendagriCode,
  parseRegionCode,
  regencyKindLabels,
  regionLevelLabels,
  villageKindLabels,
  type RegionLevel,
} from '@spbe-kit/models';
import { getWilayah, type WilayahRegion } from '@spbe-kit/models/wilayah';
import { InvalidArgumentError, type Command } from 'commander';
import { withDestination } from '../batch.js';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors/cli-error.js';
import { exitCodes } from '../exit-codes.js';
import { chooseOutputFormat } from '../output/output-format.js';
import { csvLine } from '../output/csv-text.js';
import { textTable } from '../output/text-table.js';
import type { CommandSetup } from './command-setup.js';
import { addOutputOptions, type OutputFlags } from './common-options.js';

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

/** Finds regions for a query: a Kemendagri code (`64.71`), a BPS code (`6471`, bridged), or a name. */
function findRegions(query: string, options: WilayahCommandOptions): RegionLookup[] {
  const trimmed = query.trim();
  const limit = options.limit ?? 20;
  if (/^\d{2}(\.|$)/.test(trimmed)) {
    // A Kemendagri code: a malformed one is reported by the models package in both languages.
    const { code } = parseRegionCode(trimmed);
    const found = lookup(code, options.children === true, limit);
    return found ? [found] : [];
  }
  if (/^\d+$/.test(trimmed)) {
    const bridged = lookupKemendagriCode(trimmed);
    if (!bridged.found) {
      throw new InputError('cli.bps_unknown', {
        id: `Kode BPS ${trimmed} tidak ada di tabel padanan BPS–Kemendagri versi ${bridged.tableVersion} (kode Kemendagri ditulis dengan titik, mis. 64.71)`,
        en: `BPS code ${trimmed} is not in the BPS–Kemendagri bridging table version ${bridged.tableVersion} (Kemendagri codes are written with dots, e.g. 64.71)`,
      });
    }
    const found = lookup(bridged.code, options.children === true, limit);
    return found ? [found] : [];
  }
  const wilayah = getWilayah();
  return wilayah
    .search(trimmed, { levels: options.level, within: options.within, limit })
    .map((region) => ({ region, parents: wilayah.parents(region.code) }));
}

function parentsText(parents: readonly WilayahRegion[]): string {
  return parents.map((parent) => parent.name).join(' › ');
}

/** Runs `spbe wilayah <code|name>`. */
async function wilayahCommand(context: CommandContext, query: string, options: WilayahCommandOptions): Promise<void> {
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
    .description(
      setup.text({
        id: 'Cari kode wilayah Kemendagri: tingkat, induk, anak, padanan BPS',
        en: 'Look up Kemendagri region codes: level, parents, children, BPS bridging',
      }),
    )
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
      ['spbe wilayah 6403', { id: 'kode BPS → Kemendagri (64.02)', en: 'BPS code → Kemendagri (64.02)' }],
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
};
