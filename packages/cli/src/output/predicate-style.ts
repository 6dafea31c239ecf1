import {
  builtInMethodologies,
  OFFICIAL_PREDICATE_LABELS,
  type LevelDefinition,
  type OfficialPredicate,
} from '@spbe-kit/indicators';
import type { CommandContext } from '../context.js';

/** The official predikat, with its English label beside it in English output. */
function predicateLabel(predicate: string, context: CommandContext): string {
  const labels = OFFICIAL_PREDICATE_LABELS as Readonly<Record<string, { en: string } | undefined>>;
  const english = labels[predicate]?.en;
  return context.options.lang === 'en' && english !== undefined ? `${predicate} (${english})` : predicate;
}

/**
 * The official level (*tingkat*: number and name in both languages) a methodology gives a predikat band,
 * e.g. pemdi-2026 "Cukup" is level 2 "Membangun"; `undefined` where the methodology defines none.
 */
export function predicateLevel(predicate: string, methodology: string | undefined): LevelDefinition | undefined {
  if (methodology === undefined || !Object.hasOwn(builtInMethodologies, methodology)) return undefined;
  const table = builtInMethodologies[methodology as keyof typeof builtInMethodologies];
  return table.bands.find((band) => band.predicate === predicate)?.level;
}

/**
 * The official level name (*tingkat*) a methodology gives a predikat band, e.g. pemdi-2026 "Baik" is
 * level 3 "Berkembang" (Developing); `undefined` where the methodology defines none (spbe-2020).
 */
export function levelLabel(
  predicate: string,
  methodology: string | undefined,
  locale: 'id' | 'en',
): string | undefined {
  const level = predicateLevel(predicate, methodology);
  if (level === undefined) return undefined;
  return locale === 'en' ? `level ${level.level} ${level.name.en}` : `tingkat ${level.level} ${level.name.id}`;
}

/**
 * The predikat coloured by band (green for the top bands down to red for Kurang) when colour is on,
 * with the methodology's official level name beside it when it defines one (pemdi-2026).
 */
export function colouredPredicate(predicate: string, context: CommandContext, methodology?: string): string {
  const c = context.colors;
  const level = levelLabel(predicate, methodology, context.options.lang);
  const text = predicateLabel(predicate, context) + (level === undefined ? '' : ` · ${level}`);
  switch (predicate as OfficialPredicate) {
    case 'Memuaskan':
      return c.bold(c.green(text));
    case 'Sangat Baik':
      return c.green(text);
    case 'Baik':
      return c.cyan(text);
    case 'Cukup':
      return c.yellow(text);
    case 'Kurang':
      return c.red(text);
    default:
      return c.bold(text);
  }
}
