import { z } from 'zod';
import type { LocalizedText } from '../errors/locale.js';
import { modelsIssue } from '../validation/parse.js';

/**
 * Why an audit event has no free-form fields: Peraturan BSSN 4/2021 forbids "excluded information"
 * (personal or secret data) in logs, and UU 27/2022 (PDP) Pasal 16 asks for data minimisation.
 * Every field is therefore a code, an identifier, a timestamp, an address or a keyed pseudonym,
 * each with a tight pattern, and unknown keys are rejected.
 */

/** A 16-digit run looks like a NIK; an 18-digit run like a NIP. Neither may appear in clear text. */
const CLEAR_IDENTIFIER = /\d{16}/;

const clearIdentifierIssue = modelsIssue('audit_event.clear_identifier', {
  id: 'Tampak seperti NIK/NIP dalam teks jelas; gunakan pseudonim berkunci',
  en: 'Looks like a NIK/NIP in clear text; use a keyed pseudonym',
});

function patterned(
  code: 'audit_event.pseudonym' | 'audit_event.code' | 'audit_event.identifier',
  pattern: RegExp,
  max: number,
  messages: LocalizedText,
) {
  // Refinements (not `.regex`) so each issue carries a stable spbe-kit code and both languages. JSON
  // Schema cannot express them; they are listed as zod-only rules of the JSON Schema export.
  return z
    .string()
    .refine((value) => value.length <= max, {
      ...modelsIssue(`${code}.too_long`, { id: `Paling banyak ${max} karakter`, en: `At most ${max} characters` }),
      abort: true,
    })
    .refine((value) => pattern.test(value), { ...modelsIssue(`${code}.invalid`, messages), abort: true })
    .refine((value) => !CLEAR_IDENTIFIER.test(value), clearIdentifierIssue);
}

/**
 * A keyed pseudonym (for example an HMAC-SHA-256 of a NIK under a key the operator holds, in
 * base64url or hex): 16–128 characters of `A–Z a–z 0–9 _ -`, never with a 16-digit run (a digits-only value of that
 * length would be a clear NIK or NIP). Encode digests in base64url: a 64-character hex digest holds a
 * 16-digit run about 2.5% of the time and would be rejected.
 *
 * @example
 * ```ts
 * import { pseudonymSchema } from '@spbe-kit/models';
 * pseudonymSchema.parse('hmac_Zk9yV2hhdEl0SXNXb3J0aA'); // ok
 * pseudonymSchema.safeParse('6471010101900001').success; // false: a clear NIK
 * ```
 */
export const pseudonymSchema = patterned('audit_event.pseudonym', /^[A-Za-z0-9_-]{16,128}$/, 128, {
  id: 'Pseudonim harus 16–128 karakter A–Z, a–z, 0–9, _ atau -',
  en: 'A pseudonym must be 16–128 characters of A–Z, a–z, 0–9, _ or -',
});

/**
 * A machine code such as an action (`'login'`, `'record.update'`) or a resource type: lower-case
 * words of `a–z 0–9 _ -` joined by dots, at most 64 characters.
 *
 * @example
 * ```ts
 * import { auditCodeSchema } from '@spbe-kit/models';
 * auditCodeSchema.parse('personal_data.read');
 * ```
 */
export const auditCodeSchema = patterned('audit_event.code', /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*$/, 64, {
  id: 'Kode harus huruf kecil, angka, _ atau -, dipisah titik (mis. "record.update")',
  en: 'A code must be lower-case letters, digits, _ or -, joined by dots (e.g. "record.update")',
});

/**
 * An opaque identifier (record id, agency code, OPD code, correlation id, UUID): 1–128 characters
 * of `A–Z a–z 0–9 . _ : / -`, no spaces, no 16-digit run.
 *
 * @example
 * ```ts
 * import { auditIdentifierSchema } from '@spbe-kit/models';
 * auditIdentifierSchema.parse('6471');
 * auditIdentifierSchema.parse('3f2b8c1e-7d4a-4e8b-9a51-0c6d2e9f1a77');
 * ```
 */
export const auditIdentifierSchema = patterned('audit_event.identifier', /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/, 128, {
  id: 'Pengenal harus 1–128 karakter A–Z, a–z, 0–9, ., _, :, / atau -, tanpa spasi',
  en: 'An identifier must be 1–128 characters of A–Z, a–z, 0–9, ., _, :, / or -, without spaces',
});

/**
 * The coverage Peraturan BSSN 4/2021 asks of application logs, as event categories, with labels in
 * Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * import { auditEventCategories } from '@spbe-kit/models';
 * auditEventCategories['authentication'].id; // 'Autentikasi (login berhasil/gagal)'
 * ```
 */
export const auditEventCategories = {
  authentication: { id: 'Autentikasi (login berhasil/gagal)', en: 'Authentication (login success/failure)' },
  session: { id: 'Sesi (logout, batas waktu)', en: 'Session (logout, timeout)' },
  access: { id: 'Akses (termasuk akses ditolak)', en: 'Access (including denied access)' },
  data: { id: 'Pembuatan/perubahan/penghapusan data sensitif', en: 'Create/update/delete of sensitive data' },
  'personal-data': { id: 'Pemrosesan data pribadi (UU PDP Pasal 31)', en: 'Personal-data processing (UU PDP art. 31)' },
  configuration: { id: 'Perubahan konfigurasi', en: 'Configuration change' },
  privilege: { id: 'Perubahan hak akses', en: 'Privilege change' },
  credential: { id: 'Perubahan kredensial', en: 'Credential change' },
  audit: { id: 'Pengelolaan jejak audit itu sendiri', en: 'Management of the audit trail itself' },
} as const satisfies Record<string, LocalizedText>;

/**
 * One of the keys of {@link auditEventCategories}.
 *
 * @example
 * ```ts
 * import { auditEventCategories, type AuditEventCategory } from '@spbe-kit/models';
 * const category: AuditEventCategory = 'personal-data';
 * auditEventCategories[category].en; // 'Personal-data processing (UU PDP art. 31)'
 * ```
 */
export type AuditEventCategory = keyof typeof auditEventCategories;

/**
 * Who acted: a user, a service account, the system itself, a citizen, or nobody identified.
 *
 * @example
 * ```ts
 * import { auditActorTypes } from '@spbe-kit/models';
 * auditActorTypes.includes('user'); // true
 * ```
 */
export const auditActorTypes = ['user', 'service', 'system', 'citizen', 'anonymous'] as const;

/**
 * How the action ended.
 *
 * @example
 * ```ts
 * import { auditOutcomes } from '@spbe-kit/models';
 * auditOutcomes; // ['success', 'failure', 'denied', 'error']
 * ```
 */
export const auditOutcomes = ['success', 'failure', 'denied', 'error'] as const;

/**
 * The actor of an audit event. `pseudonym` is a keyed pseudonym of the account or person, never a
 * name, e-mail or NIK; `agency` and `opd` are codes of the agency (instansi) and regional work unit
 * (perangkat daerah).
 *
 * @example
 * ```ts
 * import { auditActorSchema } from '@spbe-kit/models';
 * auditActorSchema.parse({ type: 'user', pseudonym: 'u_8f14e45fceea167a5a36', agency: '6471', opd: '6471-diskominfo' });
 * ```
 */
export const auditActorSchema = z
  .object({
    type: z.enum(auditActorTypes),
    pseudonym: pseudonymSchema.optional(),
    agency: auditIdentifierSchema.optional(),
    opd: auditIdentifierSchema.optional(),
    role: auditCodeSchema.optional(),
  })
  .strict()
  .refine(
    (actor) => actor.type === 'anonymous' || actor.type === 'system' || actor.pseudonym !== undefined,
    modelsIssue('audit_event.actor_pseudonym_required', {
      id: 'Aktor pengguna, layanan atau warga harus memiliki pseudonim',
      en: 'A user, service or citizen actor needs a pseudonym',
    }),
  );

/**
 * A data subject whose personal data the action touched, only as a keyed pseudonym
 * (UU PDP Pasal 31–32: the controller records the processing; the subject can ask for it).
 *
 * @example
 * ```ts
 * import { auditSubjectSchema } from '@spbe-kit/models';
 * auditSubjectSchema.parse({ pseudonym: 'nik_Zk9yV2hhdEl0SXNXb3J0aA', category: 'citizen' });
 * ```
 */
export const auditSubjectSchema = z
  .object({
    pseudonym: pseudonymSchema,
    category: z.enum(['citizen', 'employee', 'other']).optional(),
  })
  .strict();

/**
 * What was acted on: a resource type code and, optionally, its opaque id.
 *
 * @example
 * ```ts
 * import { auditResourceSchema } from '@spbe-kit/models';
 * auditResourceSchema.parse({ type: 'permohonan.izin', id: 'REQ-2026-000123' });
 * ```
 */
export const auditResourceSchema = z.object({ type: auditCodeSchema, id: auditIdentifierSchema.optional() }).strict();

/**
 * Where the request came from: the source IP address (v4 or v6) and optionally the port.
 *
 * @example
 * ```ts
 * import { auditSourceSchema } from '@spbe-kit/models';
 * auditSourceSchema.parse({ address: '10.12.0.7' });
 * ```
 */
export const auditSourceSchema = z
  .object({
    address: z.union([z.ipv4(), z.ipv6()]),
    port: z.number().int().min(0).max(65535).optional(),
  })
  .strict();

/**
 * One audit event (rekam jejak audit, PP 71/2019 Pasal 22) with the coverage Peraturan BSSN 4/2021
 * asks for: who (actor), what (category, action, resource), when (`timestamp` with a time zone
 * offset), where (source address), outcome, correlation id, purpose, and the personal-data
 * subjects only as keyed pseudonyms. There is no free-form payload field: anything that might hold
 * personal data belongs in the audit log's erasable details, not in the event.
 *
 * @example
 * ```ts
 * import { auditEventSchema, parseWith } from '@spbe-kit/models';
 * const event = parseWith(auditEventSchema, {
 *   timestamp: '2026-11-28T09:15:00+08:00',
 *   category: 'personal-data',
 *   action: 'record.read',
 *   actor: { type: 'user', pseudonym: 'u_8f14e45fceea167a5a36', agency: '6471', opd: '6471-disdukcapil' },
 *   resource: { type: 'kependudukan.biodata', id: 'REC-000123' },
 *   source: { address: '10.12.0.7' },
 *   outcome: 'success',
 *   correlationId: '3f2b8c1e-7d4a-4e8b-9a51-0c6d2e9f1a77',
 *   purpose: 'layanan.pindah-datang',
 *   subjects: [{ pseudonym: 'nik_Zk9yV2hhdEl0SXNXb3J0aA', category: 'citizen' }],
 * });
 * ```
 */
export const auditEventSchema = z
  .object({
    // `offset: true` accepts `Z` or `+hh:mm`; a local time without a zone is rejected (BSSN: time + time zone).
    timestamp: z.iso.datetime({ offset: true }),
    category: z.enum(Object.keys(auditEventCategories) as [AuditEventCategory, ...AuditEventCategory[]]),
    action: auditCodeSchema,
    actor: auditActorSchema,
    resource: auditResourceSchema.optional(),
    source: auditSourceSchema.optional(),
    outcome: z.enum(auditOutcomes),
    reason: auditCodeSchema.optional(),
    correlationId: auditIdentifierSchema.optional(),
    purpose: auditCodeSchema.optional(),
    subjects: z
      .array(auditSubjectSchema)
      .max(
        100,
        modelsIssue('audit_event.too_many_subjects', {
          id: 'Paling banyak 100 subjek data',
          en: 'At most 100 data subjects',
        }),
      )
      .optional(),
  })
  .strict()
  .refine(
    (event) => event.subjects === undefined || event.subjects.length === 0 || event.purpose !== undefined,
    modelsIssue('audit_event.purpose_required', {
      id: 'Pemrosesan data pribadi harus menyebut tujuannya (purpose)',
      en: 'Processing personal data must state its purpose',
    }),
  );

/**
 * An audit event as validated by {@link auditEventSchema}.
 *
 * @example
 * ```ts
 * import type { AuditEvent } from '@spbe-kit/models';
 * const event: AuditEvent = { timestamp: '2026-11-28T01:15:00Z', category: 'authentication', action: 'login', actor: { type: 'anonymous' }, outcome: 'failure' };
 * ```
 */
export type AuditEvent = z.output<typeof auditEventSchema>;
