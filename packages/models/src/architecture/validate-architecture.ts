import type { Locale, LocalizedText } from '../errors/locale.js';
import type { SpbeIssue } from '../errors/spbe-error.js';
import type { ModelsIssueCode } from '../validation/issue-codes.js';
import { issuesFromZod } from '../validation/parse.js';
import { ancestorAtLevel, parseArchitectureCode } from './architecture-code.js';
import { architectureRelations, architectureSchema, type Architecture } from './architecture-graph.js';
import type { ArchitectureDomain } from './architecture-domain.js';
import { ArchitectureValidationError } from './architecture-validation-error.js';
import { perpres132Of2022 } from './perpres-132-2022.js';
import { checkReferenceArchitecture, findReferenceEntry, type ReferenceArchitecture } from './reference-model.js';

/**
 * Options of {@link validateArchitecture}.
 *
 * @example
 * ```ts
 * import { perpres132Of2022, type ArchitectureValidationOptions } from '@spbe-kit/models';
 * const options: ArchitectureValidationOptions = { reference: perpres132Of2022 };
 * ```
 */
export interface ArchitectureValidationOptions {
  /** The national reference to check codes against; defaults to {@link perpres132Of2022}. */
  readonly reference?: ReferenceArchitecture;
}

/**
 * The result of {@link validateArchitecture}: the typed architecture when valid, and every problem found.
 *
 * @example
 * ```ts
 * import { validateArchitecture, type ArchitectureValidationResult } from '@spbe-kit/models';
 * const result: ArchitectureValidationResult = validateArchitecture({});
 * result.valid; // false
 * ```
 */
export type ArchitectureValidationResult =
  | { readonly valid: true; readonly architecture: Architecture; readonly issues: readonly [] }
  | { readonly valid: false; readonly architecture?: Architecture; readonly issues: readonly SpbeIssue[] };

const issue = (code: ModelsIssueCode, path: SpbeIssue['path'], message: LocalizedText): SpbeIssue => ({
  code,
  path,
  message,
});

/**
 * Validates an agency's architecture and reports every problem with its path:
 * structure (see {@link architectureSchema}); duplicate object ids and edges; an end year before the
 * start year; a `referenceVersion` other than the reference's; links to ids that do not exist
 * (`architecture.dangling_link`); links whose object domains do not fit the relation; level-1/2 codes
 * (and RAI/RAK codes of any level) missing from the national reference (`architecture.code_not_in_reference`),
 * except codes one level below an entry the reference lists as incomplete (RAI level 3);
 * and agency-defined level-3+ codes that do not hang under a national level-2 entry
 * (`architecture.code_without_national_parent`). When the structure is invalid only the structural
 * problems are reported.
 *
 * @example
 * ```ts
 * import { validateArchitecture } from '@spbe-kit/models';
 * const result = validateArchitecture({
 *   referenceVersion: 'perpres-132-2022', agency: { kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' },
 *   period: { startYear: 2025, endYear: 2029 },
 *   nodes: [{ domain: 'business-process', id: 'PB-01', description: 'Pelayanan KTP-el', referenceCode: 'RAB.03.99.01' }],
 *   edges: [{ relation: 'process-data', from: 'PB-01', to: 'D-404' }],
 * });
 * result.issues.map((found) => found.code); // ['architecture.dangling_link', 'architecture.code_without_national_parent']
 * ```
 */
export function validateArchitecture(
  input: unknown,
  options: ArchitectureValidationOptions = {},
): ArchitectureValidationResult {
  const reference = checkReferenceArchitecture(options.reference ?? perpres132Of2022);
  const parsed = architectureSchema.safeParse(input);
  if (!parsed.success) return { valid: false, issues: issuesFromZod(parsed.error.issues) };
  const architecture = parsed.data;
  const issues: SpbeIssue[] = [];

  if (architecture.referenceVersion !== reference.referenceVersion) {
    issues.push(
      issue('architecture.reference_version_mismatch', ['referenceVersion'], {
        id: `Arsitektur mengacu ke ${architecture.referenceVersion}, tetapi diperiksa dengan referensi ${reference.referenceVersion}`,
        en: `The architecture refers to ${architecture.referenceVersion} but is checked against reference ${reference.referenceVersion}`,
      }),
    );
  }
  if (architecture.period.endYear < architecture.period.startYear) {
    issues.push(
      issue('architecture.period_order', ['period', 'endYear'], {
        id: 'Tahun akhir tidak boleh sebelum tahun awal',
        en: 'The end year may not be before the start year',
      }),
    );
  }

  const domainById = new Map<string, ArchitectureDomain>();
  architecture.nodes.forEach((node, index) => {
    if (domainById.has(node.id)) {
      issues.push(
        issue('architecture.duplicate_id', ['nodes', index, 'id'], {
          id: `Id objek ganda: ${node.id}`,
          en: `Duplicate object id: ${node.id}`,
        }),
      );
    } else {
      domainById.set(node.id, node.domain);
    }
  });

  const seenEdges = new Set<string>();
  architecture.edges.forEach((edge, index) => {
    const rule = architectureRelations[edge.relation];
    for (const end of ['from', 'to'] as const) {
      const id = edge[end];
      const domain = domainById.get(id);
      if (domain === undefined) {
        issues.push(
          issue('architecture.dangling_link', ['edges', index, end], {
            id: `Tautan ke objek yang tidak ada: ${id}`,
            en: `Link to an object that does not exist: ${id}`,
          }),
        );
      } else if (domain !== rule[end]) {
        issues.push(
          issue('architecture.relation_domain_mismatch', ['edges', index, end], {
            id: `Relasi ${edge.relation} memerlukan objek domain ${rule[end]} di sisi ${end === 'from' ? 'asal' : 'tujuan'}, bukan ${domain} (${id})`,
            en: `Relation ${edge.relation} needs a ${rule[end]} object at its ${end} end, not ${domain} (${id})`,
          }),
        );
      }
    }
    const key = `${edge.relation}\u0000${edge.from}\u0000${edge.to}`;
    if (seenEdges.has(key)) {
      issues.push(
        issue('architecture.duplicate_edge', ['edges', index], { id: 'Relasi ganda', en: 'Duplicate relation' }),
      );
    }
    seenEdges.add(key);
  });

  architecture.nodes.forEach((node, index) => {
    const code = parseArchitectureCode(node.referenceCode);
    const path = ['nodes', index, 'referenceCode'];
    const national = code.level <= 2 || reference.nationalToLastLevel.includes(code.prefix);
    if (national) {
      // A deeper code of a model national to its last level, under an entry whose children the
      // reference does not list (RAI level 3 under an RAI level-2 entry), is accepted: the gap is ours.
      const underIncomplete =
        code.parent !== null && code.level > 2 && reference.incompleteEntries.includes(code.parent);
      if (!underIncomplete && !findReferenceEntry(reference, code.code)) {
        const incomplete = code.parent !== null && reference.incompleteEntries.includes(code.parent);
        issues.push(
          issue('architecture.code_not_in_reference', path, {
            id:
              `Kode ${code.code} tidak ada dalam referensi ${reference.referenceVersion}` +
              (incomplete
                ? ` (daftar di bawah ${code.parent} belum lengkap; tambahkan dengan extendReferenceArchitecture)`
                : ''),
            en:
              `Code ${code.code} is not in reference ${reference.referenceVersion}` +
              (incomplete
                ? ` (the list under ${code.parent} is incomplete; add it with extendReferenceArchitecture)`
                : ''),
          }),
        );
      }
      return;
    }
    const nationalParent = ancestorAtLevel(code.code, 2);
    if (nationalParent !== null && !findReferenceEntry(reference, nationalParent)) {
      issues.push(
        issue('architecture.code_without_national_parent', path, {
          id: `Kode level ${code.level} ${code.code} harus berada di bawah kode level 2 nasional, tetapi ${nationalParent} tidak ada dalam referensi ${reference.referenceVersion}`,
          en: `Level-${code.level} code ${code.code} must hang under a national level-2 code, but ${nationalParent} is not in reference ${reference.referenceVersion}`,
        }),
      );
    }
  });

  return issues.length === 0 ? { valid: true, architecture, issues: [] } : { valid: false, architecture, issues };
}

/**
 * Like {@link validateArchitecture} but returns the typed architecture or throws
 * {@link ArchitectureValidationError} listing every problem.
 *
 * @example
 * ```ts
 * import { assertValidArchitecture } from '@spbe-kit/models';
 * const architecture = assertValidArchitecture({
 *   referenceVersion: 'perpres-132-2022', agency: { kind: 'kota', name: 'Pemerintah Kota Balikpapan', regionCode: '64.71' },
 *   period: { startYear: 2025, endYear: 2029 }, nodes: [], edges: [],
 * });
 * ```
 */
export function assertValidArchitecture(
  input: unknown,
  options: ArchitectureValidationOptions & { readonly locale?: Locale } = {},
): Architecture {
  const result = validateArchitecture(input, options);
  if (result.valid) return result.architecture;
  throw new ArchitectureValidationError(result.issues, { locale: options.locale });
}
