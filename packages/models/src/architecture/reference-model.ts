import { z } from 'zod';
import type { LocalizedText } from '../errors/locale.js';
import { parseWith } from '../validation/parse.js';
import { parseArchitectureCode } from './architecture-code.js';
import { ArchitectureCodeError } from './architecture-code-error.js';
import { referencePrefixes, type ReferencePrefix } from './architecture-domain.js';

/**
 * One entry of a national reference model: a code with its name.
 *
 * @example
 * ```ts
 * import type { ReferenceEntry } from '@spbe-kit/models';
 * const entry: ReferenceEntry = { code: 'RAB.03.07', name: { id: 'Kependudukan', en: 'Population administration' }, codeAssignedBySdk: false };
 * ```
 */
export interface ReferenceEntry {
  /** Canonical code, e.g. `'RAB.03.07'`. Level and parent follow from it. */
  readonly code: string;
  /** Official name (`id`) with an English label (`en`). */
  readonly name: LocalizedText;
  /**
   * `true` when the source gives the name but not the number, so spbe-kit numbered the entries in the
   * order the source lists them. Such codes may differ from the official lampiran.
   */
  readonly codeAssignedBySdk: boolean;
}

/**
 * A versioned set of the six national reference models (*Referensi Arsitektur*), levels 1–2.
 *
 * @example
 * ```ts
 * import { perpres132Of2022, type ReferenceArchitecture } from '@spbe-kit/models';
 * const reference: ReferenceArchitecture = perpres132Of2022;
 * reference.referenceVersion; // 'perpres-132-2022'
 * ```
 */
export interface ReferenceArchitecture {
  /** Version id, e.g. `'perpres-132-2022'`. Architecture records name the version they were drawn against. */
  readonly referenceVersion: string;
  /** `true` when the lists were transcribed from secondary sources rather than the official lampiran. */
  readonly transcribed: boolean;
  /** Where the lists come from. */
  readonly source: LocalizedText;
  /** Every entry of every model, levels 1 and 2, in source order. */
  readonly entries: readonly ReferenceEntry[];
  /**
   * Entries whose children the source does not list in full (e.g. the 45 public-service areas under
   * `RAL.01`). Agencies add the missing children with {@link extendReferenceArchitecture}.
   */
  readonly incompleteEntries: readonly string[];
  /**
   * Models that are national down to their last level (infrastructure and security): agencies may not
   * define their own level-3+ codes there; every code must be in the reference itself.
   */
  readonly nationalToLastLevel: readonly ReferencePrefix[];
}

const localizedTextSchema = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
const referenceEntrySchema = z.strictObject({
  code: z.string(),
  name: localizedTextSchema,
  codeAssignedBySdk: z.boolean(),
});
const referenceArchitectureSchema = z.strictObject({
  referenceVersion: z.string().min(1),
  transcribed: z.boolean(),
  source: localizedTextSchema,
  entries: z.array(referenceEntrySchema),
  incompleteEntries: z.array(z.string()),
  nationalToLastLevel: z.array(z.enum(['RAB', 'RAD', 'RAL', 'RAA', 'RAI', 'RAK'])),
});
const extensionSchema = z.strictObject({
  referenceVersion: z.string().min(1),
  entries: z.array(referenceEntrySchema),
  source: localizedTextSchema.optional(),
});
const checked = new WeakSet<object>();

const indexes = new WeakMap<ReferenceArchitecture, ReadonlyMap<string, ReferenceEntry>>();

function indexOf(reference: ReferenceArchitecture): ReadonlyMap<string, ReferenceEntry> {
  let index = indexes.get(reference);
  if (!index) {
    index = new Map(reference.entries.map((entry) => [entry.code, entry]));
    indexes.set(reference, index);
  }
  return index;
}

/**
 * Looks up a code (any letter case) in a reference architecture; `undefined` when it is not there
 * or is not a code at all.
 *
 * @example
 * ```ts
 * import { findReferenceEntry, perpres132Of2022 } from '@spbe-kit/models';
 * findReferenceEntry(perpres132Of2022, 'rab.03.07')?.name.id; // 'Kependudukan'
 * ```
 */
export function findReferenceEntry(reference: ReferenceArchitecture, code: string): ReferenceEntry | undefined {
  if (typeof code !== 'string') return undefined;
  return indexOf(checkReferenceArchitecture(reference)).get(code.trim().toUpperCase());
}

/**
 * The entries of one reference model, optionally only one level (1 or 2).
 *
 * @example
 * ```ts
 * import { referenceEntriesOf, perpres132Of2022 } from '@spbe-kit/models';
 * referenceEntriesOf(perpres132Of2022, 'RAA', 2).map((entry) => entry.code); // ['RAA.01.01', 'RAA.01.02', 'RAA.02.01', 'RAA.02.02']
 * ```
 */
export function referenceEntriesOf(
  reference: ReferenceArchitecture,
  prefix: ReferencePrefix,
  level?: number,
): ReferenceEntry[] {
  return checkReferenceArchitecture(reference).entries.filter((entry) => {
    const parsed = parseArchitectureCode(entry.code);
    return parsed.prefix === prefix && (level === undefined || parsed.level === level);
  });
}

/**
 * Checks a reference architecture: its shape (a malformed one throws `ValidationError`), every code
 * canonical and unique, every entry after its parent, nothing deeper than level 2 except in models
 * national to their last level. Throws {@link ArchitectureCodeError} (`architecture.invalid_reference`)
 * with the path of the first bad entry; returns the reference. A reference that passed is remembered,
 * so checking it again costs nothing.
 *
 * @example
 * ```ts
 * import { checkReferenceArchitecture, perpres132Of2022 } from '@spbe-kit/models';
 * checkReferenceArchitecture(perpres132Of2022); // returns it unchanged
 * ```
 */
export function checkReferenceArchitecture<R extends ReferenceArchitecture>(reference: R): R {
  if (typeof reference === 'object' && reference !== null && checked.has(reference)) return reference;
  parseWith(referenceArchitectureSchema, reference);
  const seen = new Set<string>();
  reference.entries.forEach((entry, index) => {
    const fail = (messages: LocalizedText, cause?: unknown): never => {
      throw new ArchitectureCodeError('architecture.invalid_reference', messages, ['entries', index, 'code'], {
        cause,
      });
    };
    let parsed;
    try {
      parsed = parseArchitectureCode(entry.code);
    } catch (cause) {
      return fail(
        {
          id: `Kode referensi tidak valid: ${String(entry.code)}`,
          en: `Invalid reference code: ${String(entry.code)}`,
        },
        cause,
      );
    }
    if (parsed.code !== entry.code)
      fail({
        id: `Kode referensi harus huruf besar: ${entry.code}`,
        en: `Reference code must be upper case: ${entry.code}`,
      });
    if (parsed.level > 2 && !reference.nationalToLastLevel.includes(parsed.prefix)) {
      fail({
        id: `Referensi nasional hanya sampai level 2: ${entry.code}`,
        en: `The national reference stops at level 2: ${entry.code}`,
      });
    }
    if (seen.has(entry.code))
      fail({ id: `Kode referensi ganda: ${entry.code}`, en: `Duplicate reference code: ${entry.code}` });
    if (parsed.parent !== null && !seen.has(parsed.parent)) {
      fail({
        id: `Induk ${parsed.parent} harus ada sebelum ${entry.code}`,
        en: `Parent ${parsed.parent} must come before ${entry.code}`,
      });
    }
    seen.add(entry.code);
  });
  for (const prefix of reference.nationalToLastLevel) {
    if (!referencePrefixes.includes(prefix)) {
      throw new ArchitectureCodeError(
        'architecture.invalid_reference',
        { id: `Prefiks tidak dikenal: ${String(prefix)}`, en: `Unknown prefix: ${String(prefix)}` },
        ['nationalToLastLevel'],
      );
    }
  }
  checked.add(reference);
  return reference;
}

/**
 * Returns a new reference architecture with extra entries: the agency's own list of public-service
 * areas under `RAL.01`, deeper national levels of RAI/RAK, or corrections found in the official
 * lampiran. An entry whose code already exists replaces it (a correction). The result is checked
 * with {@link checkReferenceArchitecture}.
 *
 * @example
 * ```ts
 * import { extendReferenceArchitecture, perpres132Of2022 } from '@spbe-kit/models';
 * const local = extendReferenceArchitecture(perpres132Of2022, {
 *   referenceVersion: 'perpres-132-2022+kab-paser-2025',
 *   entries: [{ code: 'RAL.01.01', name: { id: 'Kenegaraan', en: 'State affairs' }, codeAssignedBySdk: false }],
 * });
 * ```
 */
export function extendReferenceArchitecture(
  reference: ReferenceArchitecture,
  extension: {
    readonly referenceVersion: string;
    readonly entries: readonly ReferenceEntry[];
    readonly source?: LocalizedText;
  },
): ReferenceArchitecture {
  checkReferenceArchitecture(reference);
  parseWith(extensionSchema, extension);
  const replaced = new Map(extension.entries.map((entry) => [entry.code, entry]));
  const merged = reference.entries.map((entry) => {
    const replacement = replaced.get(entry.code);
    if (replacement) replaced.delete(entry.code);
    return replacement ?? entry;
  });
  // New entries go after their parent's last descendant so that parents always come first.
  const added = [...replaced.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return checkReferenceArchitecture({
    ...reference,
    referenceVersion: extension.referenceVersion,
    source: extension.source ?? reference.source,
    entries: [...merged, ...added],
  });
}
