import { OFFICIAL_PREDICATE_LABELS, type OfficialPredicate } from '@spbe-kit/indicators';
import type { CommandContext } from '../context.js';

/** The official predikat, with its English label beside it in English output. */
function predicateLabel(predicate: string, context: CommandContext): string {
  const labels = OFFICIAL_PREDICATE_LABELS as Readonly<Record<string, { en: string } | undefined>>;
  const english = labels[predicate]?.en;
  return context.options.lang === 'en' && english !== undefined ? `${predicate} (${english})` : predicate;
}

/** The predikat coloured by band (green for the top bands down to red for Kurang) when colour is on. */
export function colouredPredicate(predicate: string, context: CommandContext): string {
  const c = context.colors;
  const text = predicateLabel(predicate, context);
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
