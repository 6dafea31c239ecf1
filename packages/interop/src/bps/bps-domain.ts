import {
  bpsKemendagriTable,
  lookupKemendagriCode,
  type BridgeResult,
  type ProvinceCode,
  type RegencyCode,
} from '@spbe-kit/models';
import { z } from 'zod';

/**
 * A BPS WebAPI domain id: four digits, `0000` for Indonesia, `pp00` for a province
 * (`6400` Kalimantan Timur), `ppkk` for a regency or city (`6402` Kutai Barat). It is a
 * **BPS** code, branded so it cannot be mixed up with a Kemendagri region code (`64.07`).
 *
 * @example
 * ```ts
 * import { bpsDomainIdSchema } from '@spbe-kit/interop';
 * const samarinda = bpsDomainIdSchema.parse('6472');
 * bpsDomainIdSchema.safeParse('64.72').success; // false: a Kemendagri code
 * ```
 */
export const bpsDomainIdSchema = z
  .string()
  .regex(/^[0-9]{4}$/)
  .brand<'BpsDomainId'>();

/**
 * A BPS WebAPI domain id (branded string), e.g. `'6400'`.
 *
 * @example
 * ```ts
 * import { type BpsDomainId, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const kaltim: BpsDomainId = bpsDomainIdSchema.parse('6400');
 * ```
 */
export type BpsDomainId = z.output<typeof bpsDomainIdSchema>;

/**
 * What a domain covers.
 *
 * @example
 * ```ts
 * import { type BpsDomainLevel, bpsDomainLevel, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const level: BpsDomainLevel = bpsDomainLevel(bpsDomainIdSchema.parse('6472')); // 'regency'
 * ```
 */
export type BpsDomainLevel = 'national' | 'province' | 'regency';

/**
 * Reads a domain id, or returns `undefined` when the text is not one.
 *
 * @example
 * ```ts
 * import { toBpsDomainId } from '@spbe-kit/interop';
 * toBpsDomainId('6400'); // '6400' as BpsDomainId
 * toBpsDomainId('64'); // undefined
 * ```
 */
export function toBpsDomainId(value: string): BpsDomainId | undefined {
  const parsed = bpsDomainIdSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The level of a domain: `0000` is national, `pp00` a province, anything else a regency or city.
 *
 * @example
 * ```ts
 * import { bpsDomainLevel, bpsDomainIdSchema } from '@spbe-kit/interop';
 * bpsDomainLevel(bpsDomainIdSchema.parse('6400')); // 'province'
 * ```
 */
export function bpsDomainLevel(domainId: BpsDomainId): BpsDomainLevel {
  if (domainId === '0000') return 'national';
  return domainId.endsWith('00') ? 'province' : 'regency';
}

/**
 * The Kemendagri region code of a BPS domain, looked up in `@spbe-kit/models`' BPS ↔
 * Kemendagri bridging table (never by inserting a dot: Kutai Barat is BPS `6402` but
 * Kemendagri `64.07`). The national domain `0000` and regions missing from the table give
 * `found: false`.
 *
 * @example
 * ```ts
 * import { kemendagriCodeOfDomain, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const result = kemendagriCodeOfDomain(bpsDomainIdSchema.parse('6402'));
 * if (result.found) result.code; // '64.07'
 * ```
 */
export function kemendagriCodeOfDomain(domainId: BpsDomainId): BridgeResult<ProvinceCode | RegencyCode> {
  const level = bpsDomainLevel(domainId);
  if (level === 'national') return { found: false, tableVersion: bpsKemendagriTable.version, reason: 'not_in_table' };
  // The table bridges provinces and regencies/cities only, so the result is one of those.
  return lookupKemendagriCode(level === 'province' ? domainId.slice(0, 2) : domainId) as BridgeResult<
    ProvinceCode | RegencyCode
  >;
}
