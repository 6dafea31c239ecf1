import { z } from 'zod';
import { localizedPattern } from '../validation/parse.js';
import { ArchitectureCodeError } from './architecture-code-error.js';
import { domainOfReferencePrefix, type ArchitectureDomain, type ReferencePrefix } from './architecture-domain.js';

/**
 * Deepest level the national portal (SIA-SPBE) records.
 *
 * @example
 * ```ts
 * import { MAX_ARCHITECTURE_CODE_LEVEL, isArchitectureCode } from '@spbe-kit/models';
 * MAX_ARCHITECTURE_CODE_LEVEL; // 7
 * isArchitectureCode('RAB.01.01.01.01.01.01.01'); // true (level 7)
 * isArchitectureCode('RAB.01.01.01.01.01.01.01.01'); // false (level 8)
 * ```
 */
export const MAX_ARCHITECTURE_CODE_LEVEL = 7;

// Case-insensitive by character classes rather than a regex flag, so the same pattern works in JSON Schema.
const SEGMENT = '(0[1-9]|[1-9][0-9])';
const caseInsensitive = (text: string): string =>
  [...text].map((letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`).join('');

/**
 * The pattern (as JSON Schema and ECMAScript regex source) of a code of the given reference model,
 * any letter case, levels 1–7: `RAB.01`, `rab.01.03`, `RAB.01.03.02`. Segments are two digits, `01`–`99`.
 *
 * @example
 * ```ts
 * import { architectureCodePattern } from '@spbe-kit/models';
 * new RegExp(architectureCodePattern('RAA')).test('raa.02.01'); // true
 * ```
 */
export function architectureCodePattern(prefix?: ReferencePrefix, firstSegment?: string): string {
  const head = prefix === undefined ? `${caseInsensitive('RA')}[BbDdLlAaIiKk]` : caseInsensitive(prefix);
  if (firstSegment === undefined) return `^${head}(\\.${SEGMENT}){1,${MAX_ARCHITECTURE_CODE_LEVEL}}$`;
  return `^${head}\\.${firstSegment}(\\.${SEGMENT}){0,${MAX_ARCHITECTURE_CODE_LEVEL - 1}}$`;
}

const ANY_CODE = new RegExp(architectureCodePattern());

/**
 * A parsed reference-architecture code.
 *
 * @example
 * ```ts
 * import { parseArchitectureCode, type ArchitectureCode } from '@spbe-kit/models';
 * const code: ArchitectureCode = parseArchitectureCode('rab.03.07');
 * code.parent; // 'RAB.03'
 * ```
 */
export interface ArchitectureCode {
  /** The code in canonical (upper-case) form, e.g. `'RAB.03.07'`. */
  readonly code: string;
  /** The reference model, e.g. `'RAB'`. */
  readonly prefix: ReferencePrefix;
  /** The architecture domain of the reference model. */
  readonly domain: ArchitectureDomain;
  /** Level 1–7: the number of two-digit segments. */
  readonly level: number;
  /** The segments as numbers: `RAB.03.07` → `[3, 7]`. */
  readonly segments: readonly number[];
  /** The code one level up, or `null` at level 1. */
  readonly parent: string | null;
}

/**
 * Brings a code to canonical form: trimmed and upper case (`' Rab.01.03 '` → `'RAB.01.03'`).
 * Throws {@link ArchitectureCodeError} when the text is not a reference-architecture code.
 *
 * @example
 * ```ts
 * import { normalizeArchitectureCode } from '@spbe-kit/models';
 * normalizeArchitectureCode('Rab.01.03'); // 'RAB.01.03'
 * ```
 */
export function normalizeArchitectureCode(input: unknown): string {
  return parseArchitectureCode(input).code;
}

/**
 * Parses a reference-architecture code (any letter case, surrounding spaces ignored) to its
 * prefix, domain, level, segments and parent. Throws {@link ArchitectureCodeError}
 * (`architecture.invalid_code`) for anything else, including non-strings.
 *
 * @example
 * ```ts
 * import { parseArchitectureCode } from '@spbe-kit/models';
 * parseArchitectureCode('Rab.01.03'); // { code: 'RAB.01.03', prefix: 'RAB', domain: 'business-process', level: 2, segments: [1, 3], parent: 'RAB.01' }
 * ```
 */
export function parseArchitectureCode(input: unknown): ArchitectureCode {
  const text = typeof input === 'string' ? input.trim() : undefined;
  if (text === undefined || !ANY_CODE.test(text)) {
    throw new ArchitectureCodeError('architecture.invalid_code', {
      id: 'Kode arsitektur tidak valid: harus RAB, RAD, RAL, RAA, RAI atau RAK diikuti 1–7 segmen dua digit (mis. RAB.01.03)',
      en: 'Invalid architecture code: expected RAB, RAD, RAL, RAA, RAI or RAK followed by 1–7 two-digit segments (e.g. RAB.01.03)',
    });
  }
  const code = text.toUpperCase();
  const [head, ...rest] = code.split('.');
  const prefix = head as ReferencePrefix;
  const segments = rest.map(Number);
  const level = segments.length;
  return {
    code,
    prefix,
    domain: domainOfReferencePrefix[prefix],
    level,
    segments,
    parent: level > 1 ? code.slice(0, code.lastIndexOf('.')) : null,
  };
}

/**
 * Whether a value is a reference-architecture code (any letter case).
 *
 * @example
 * ```ts
 * import { isArchitectureCode } from '@spbe-kit/models';
 * isArchitectureCode('RAK.01.02'); // true
 * isArchitectureCode('RAK.1'); // false
 * ```
 */
export function isArchitectureCode(input: unknown): input is string {
  return typeof input === 'string' && ANY_CODE.test(input);
}

/**
 * The ancestor of a code at a given level (`('RAB.01.03.02', 2)` → `'RAB.01.03'`, upper case), or
 * `null` when the code is not deeper than that level. Throws {@link ArchitectureCodeError} when
 * `code` is not an architecture code.
 *
 * @example
 * ```ts
 * import { ancestorAtLevel } from '@spbe-kit/models';
 * ancestorAtLevel('RAB.01.03.02.05', 2); // 'RAB.01.03'
 * ```
 */
export function ancestorAtLevel(code: string, level: number): string | null {
  const parts = parseArchitectureCode(code).code.split('.');
  if (level < 1 || parts.length - 1 <= level) return null;
  return parts.slice(0, level + 1).join('.');
}

/**
 * Builds the zod schema of a reference-architecture code: any letter case on input, canonical
 * upper case on output. With `prefix` only that model's codes pass; with `firstSegment` (e.g. `'01'`)
 * only codes under that level-1 entry. The JSON Schema export carries the same pattern.
 *
 * @example
 * ```ts
 * import { architectureCodeSchemaFor } from '@spbe-kit/models';
 * architectureCodeSchemaFor('RAA', '02').parse('raa.02.01'); // 'RAA.02.01'
 * ```
 */
export function architectureCodeSchemaFor(prefix?: ReferencePrefix, firstSegment?: string) {
  const head =
    prefix === undefined
      ? 'RAB, RAD, RAL, RAA, RAI atau RAK'
      : firstSegment === undefined
        ? prefix
        : `${prefix}.${firstSegment}`;
  const headEn = prefix === undefined ? 'RAB, RAD, RAL, RAA, RAI or RAK' : head;
  const example = prefix === undefined ? 'RAB.01.03' : `${prefix}.${firstSegment ?? '01'}.01`;
  const pattern = localizedPattern(new RegExp(architectureCodePattern(prefix, firstSegment)), {
    id: `Kode arsitektur tidak valid: harus ${head} diikuti segmen dua digit 01–99, paling dalam level ${MAX_ARCHITECTURE_CODE_LEVEL} (mis. ${example})`,
    en: `Invalid architecture code: expected ${headEn} followed by two-digit segments 01–99, at most level ${MAX_ARCHITECTURE_CODE_LEVEL} (e.g. ${example})`,
  });
  return z
    .string()
    .regex(pattern)
    .transform((value) => value.toUpperCase());
}

/**
 * Any reference-architecture code (RAB, RAD, RAL, RAA, RAI, RAK; levels 1–7; any letter case on
 * input, upper case on output).
 *
 * @example
 * ```ts
 * import { architectureCodeSchema } from '@spbe-kit/models';
 * architectureCodeSchema.parse('Rad.10.03'); // 'RAD.10.03'
 * ```
 */
export const architectureCodeSchema = architectureCodeSchemaFor();
