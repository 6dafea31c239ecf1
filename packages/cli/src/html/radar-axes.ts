import type { PartialIndexResult } from '@spbe-kit/indicators';
import type { LocalizedText } from '@spbe-kit/models';
import type { RadarAxis } from './radar-chart.js';

/**
 * The axes of an assessment's radar chart: its aspects (the finer picture) or, for results computed
 * from domain scores only, its domains; with the previous year's values when compared.
 */
export function radarAxes(
  result: PartialIndexResult,
  previous: PartialIndexResult | undefined,
  t: (text: LocalizedText) => string,
): { axes: RadarAxis[]; word: LocalizedText } {
  // Aspects give the finer picture; results computed from domain scores only know the domains.
  const useAspects = result.aspects.length >= 3;
  if (useAspects) {
    const before = new Map((previous?.aspects ?? []).map((aspect) => [aspect.id, aspect.index]));
    return {
      word: { id: 'aspek', en: 'aspect' },
      axes: result.aspects.map((aspect) => ({
        label: `A${aspect.id}`,
        title: `${t({ id: 'Aspek', en: 'Aspect' })} ${aspect.id}: ${t(aspect.name)}`,
        value: aspect.index,
        ...(previous ? { previous: before.get(aspect.id) ?? null } : {}),
      })),
    };
  }
  const before = new Map((previous?.domains ?? []).map((domain) => [domain.id, domain.index]));
  return {
    word: { id: 'domain', en: 'domain' },
    axes: result.domains.map((domain) => ({
      label: `D${domain.id}`,
      title: `Domain ${domain.id}: ${t(domain.name)}`,
      value: domain.index,
      ...(previous ? { previous: before.get(domain.id) ?? null } : {}),
    })),
  };
}
