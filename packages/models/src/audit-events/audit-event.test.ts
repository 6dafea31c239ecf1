import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpbeError } from '../errors/spbe-error.js';
import { parseWith, safeParseWith } from '../validation/parse.js';
import { ValidationError } from '../validation/validation-error.js';
import { auditEventCategories, auditEventSchema, pseudonymSchema, type AuditEvent } from './audit-event.js';

const valid: AuditEvent = {
  timestamp: '2026-11-28T09:15:00+08:00',
  category: 'personal-data',
  action: 'record.read',
  actor: { type: 'user', pseudonym: 'u_8f14e45fceea167a5a36', agency: '6471', opd: '6471-disdukcapil' },
  resource: { type: 'kependudukan.biodata', id: 'REC-000123' },
  source: { address: '10.12.0.7' },
  outcome: 'success',
  correlationId: '3f2b8c1e-7d4a-4e8b-9a51-0c6d2e9f1a77',
  purpose: 'layanan.pindah-datang',
  subjects: [{ pseudonym: 'nik_Zk9yV2hhdEl0SXNXb3J0aA', category: 'citizen' }],
};

function issueCodes(input: unknown): string[] {
  const result = safeParseWith(auditEventSchema, input);
  return result.success ? [] : result.error.issues.map((issue) => issue.code);
}

describe('auditEventSchema', () => {
  it('accepts a complete event with a time zone offset', () => {
    expect(parseWith(auditEventSchema, valid)).toEqual(valid);
  });

  it('accepts a minimal anonymous failed login in UTC', () => {
    expect(() =>
      parseWith(auditEventSchema, {
        timestamp: '2026-11-28T01:15:00Z',
        category: 'authentication',
        action: 'login',
        actor: { type: 'anonymous' },
        outcome: 'failure',
        source: { address: '2001:db8::1' },
      }),
    ).not.toThrow();
  });

  it('rejects a timestamp without a time zone', () => {
    expect(issueCodes({ ...valid, timestamp: '2026-11-28T09:15:00' }).length).toBeGreaterThan(0);
  });

  it('rejects free-form payload fields (no excluded information in logs)', () => {
    const result = safeParseWith(
      auditEventSchema,
      { ...valid, details: { name: 'Budi', nik: '6471010101900001' } },
      { locale: 'en' },
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects a clear NIK wherever an identifier or pseudonym goes', () => {
    expect(issueCodes({ ...valid, subjects: [{ pseudonym: '6471010101900001' }] })).toContain(
      'audit_event.clear_identifier',
    );
    expect(issueCodes({ ...valid, resource: { type: 'biodata', id: 'nik-6471010101900001' } })).toContain(
      'audit_event.clear_identifier',
    );
    expect(issueCodes({ ...valid, actor: { type: 'user', pseudonym: '123456789012345678' } })).toContain(
      'audit_event.clear_identifier',
    );
  });

  it('rejects names and e-mail addresses as pseudonyms', () => {
    expect(issueCodes({ ...valid, actor: { type: 'user', pseudonym: 'Budi Santoso' } })).toContain(
      'audit_event.pseudonym.invalid',
    );
    expect(issueCodes({ ...valid, actor: { type: 'user', pseudonym: 'budi@example.go.id' } })).toContain(
      'audit_event.pseudonym.invalid',
    );
  });

  it('requires a purpose when personal-data subjects are named', () => {
    const { purpose: _purpose, ...withoutPurpose } = valid;
    expect(issueCodes(withoutPurpose)).toContain('audit_event.purpose_required');
  });

  it('requires a pseudonym for a user actor', () => {
    expect(issueCodes({ ...valid, actor: { type: 'user' } })).toContain('audit_event.actor_pseudonym_required');
  });

  it('gives messages in both languages with the path of the bad field', () => {
    const result = safeParseWith(auditEventSchema, { ...valid, action: 'Record Read' });
    expect(result.success).toBe(false);
    if (!result.success) {
      const issue = result.error.issues[0];
      expect(issue?.path).toEqual(['action']);
      expect(issue?.message.id).toMatch(/Kode/);
      expect(issue?.message.en).toMatch(/code/);
    }
  });

  it('labels every category in Indonesian and English', () => {
    for (const label of Object.values(auditEventCategories)) {
      expect(label.id.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
    }
  });
});

describe('auditEventSchema properties', () => {
  const pseudonym = fc.stringMatching(/^[A-Za-z_-][A-Za-z0-9_-]{15,40}$/).filter((value) => !/\d{16}/.test(value));
  const code = fc
    .stringMatching(/^[a-z][a-z0-9_]{0,10}(\.[a-z][a-z0-9_]{0,10}){0,2}$/)
    .filter((value) => !/\d{16}/.test(value));
  const validEvent = fc.record({
    timestamp: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((date) => date.toISOString()),
    category: fc.constantFrom(...(Object.keys(auditEventCategories) as (keyof typeof auditEventCategories)[])),
    action: code,
    actor: fc.record({ type: fc.constantFrom('user' as const, 'service' as const), pseudonym }),
    outcome: fc.constantFrom('success' as const, 'failure' as const, 'denied' as const, 'error' as const),
    purpose: code,
    subjects: fc.array(fc.record({ pseudonym }), { maxLength: 5 }),
  });

  it('accepts every generated valid event unchanged', () => {
    fc.assert(
      fc.property(validEvent, (event) => {
        expect(parseWith(auditEventSchema, event)).toEqual(event);
      }),
      { numRuns: 200 },
    );
  });

  it('only ever throws ValidationError on hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseWith(auditEventSchema, input);
        } catch (error) {
          expect(error).toSatisfy(ValidationError.isInstance);
          expect(error).toSatisfy(SpbeError.isInstance);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts a pseudonym holding a 16-digit run', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_-]{0,8}$/), fc.stringMatching(/^\d{16}$/), (prefix, digits) => {
        expect(pseudonymSchema.safeParse(prefix + digits).success).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
