import type { MethodologyId } from '../assessments/assessment-schemas.js';
import type { PortalClient } from './portal-client.js';

/** One verified result of a regency, as its public API publishes it. */
export interface MemberResult {
  year: number;
  methodology: MethodologyId;
  index: number;
  indexDisplay: string;
  predicate: string;
  aspectScores: Record<string, number>;
  aspectScoresExact: Record<string, string>;
  isSample: boolean;
}

/** One regency/city as gathered: where it came from, its verified results (oldest first) or why they are missing. */
export interface GatheredMember {
  regionCode: string;
  name: string;
  source: string;
  results: MemberResult[];
  error: string | null;
}

/** Every member of a province, gathered from the deployments' public APIs. */
export interface GatheredProvince {
  province: string;
  members: GatheredMember[];
}

/**
 * Gathers a province from each regency's public API (`public.index-summary`), the way a province gathers separate
 * regency deployments: the members list comes from `membersFrom`, each regency from the deployment `clientFor`
 * names. A deployment that fails shows as an error row, never as missing.
 */
export async function gatherProvince(options: {
  province: string;
  membersFrom: PortalClient;
  clientFor: (regionCode: string) => { client: PortalClient; source: string };
}): Promise<GatheredProvince> {
  const members = await options.membersFrom.GET('/api/public/v1/provinces/{regionCode}/members', {
    params: { path: { regionCode: options.province } },
  });
  const list = members.data?.members ?? [];
  const gathered = await Promise.all(
    list.map(async (member): Promise<GatheredMember> => {
      const { client, source } = options.clientFor(member.regionCode);
      const base = { regionCode: member.regionCode, name: member.name, source, results: [], error: null };
      try {
        const { data, error } = await client.GET('/api/public/v1/regions/{regionCode}/index-summary', {
          params: { path: { regionCode: member.regionCode } },
        });
        if (!data) return { ...base, error: error?.error.message ?? 'unavailable' };
        return { ...base, results: [...data.results].sort((a, b) => a.year - b.year) };
      } catch (failure) {
        return { ...base, error: failure instanceof Error ? failure.message : String(failure) };
      }
    }),
  );
  return { province: options.province, members: gathered };
}
