import type { AuditEvent } from '@spbe-kit/models';

/**
 * A valid, deterministic audit event for tests: event `i` has its own actor, action, time and (for
 * every third event) a personal-data subject.
 *
 * @example
 * ```ts
 * import { sampleEvent } from '@spbe-kit/audit/testing';
 * await log.append(sampleEvent(0));
 * ```
 */
export function sampleEvent(i: number): AuditEvent {
  const actions = ['login', 'logout', 'record.read', 'record.update', 'config.change'] as const;
  const categories = ['authentication', 'session', 'personal-data', 'data', 'configuration'] as const;
  const kind = i % actions.length;
  const base: AuditEvent = {
    timestamp: new Date(Date.UTC(2026, 10, 28, 1, 0, 0) + i * 1000).toISOString().replace('Z', '+00:00'),
    category: categories[kind]!,
    action: actions[kind]!,
    actor: {
      type: 'user',
      pseudonym: `user_${String(i % 7).padStart(2, '0')}_aaaaaaaaaaaa`,
      agency: '6471',
      opd: '6471-diskominfo',
    },
    resource: { type: 'kependudukan.biodata', id: `REC-${i}` },
    source: { address: `10.0.${(i >> 8) & 255}.${i & 255}` },
    outcome: i % 11 === 0 ? 'failure' : 'success',
    correlationId: `corr-${i}`,
  };
  return i % 3 === 0
    ? {
        ...base,
        purpose: 'layanan.pindah-datang',
        subjects: [{ pseudonym: `subject_${String(i % 4).padStart(2, '0')}_bbbbbbbbbbbb`, category: 'citizen' }],
      }
    : base;
}
