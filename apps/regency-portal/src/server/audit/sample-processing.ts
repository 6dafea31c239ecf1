import type { PortalAudit } from './portal-audit.js';

/** A structurally valid sample NIK (not a real person) whose processing the demo portal's audit trail holds. */
export const sampleCitizenNik = '6471014109900001';

/**
 * Appends sample events of other regency systems processing one citizen's data (a residence transfer at the
 * Disdukcapil, social assistance at the Dinas Sosial), so a "who processed my data" request has an answer in the
 * demo. The NIK is pseudonymised with the log's key like every subject; the events say they are sample data.
 * @example
 * if ((await services.audit.log.size()) === 0) await appendSampleProcessing(services.audit);
 */
export async function appendSampleProcessing(audit: PortalAudit, nik: string = sampleCitizenNik): Promise<void> {
  const subjects = [{ pseudonym: audit.pseudonymOf(nik), category: 'citizen' }];
  const service = (name: string) => ({
    type: 'service',
    pseudonym: audit.pseudonymOf(`service:${name}`),
    agency: '64.71',
  });
  const events = [
    ['2026-03-02T02:15:00.000Z', 'simduk', 'layanan.pindah-datang.process', 'layanan.pindah-datang'],
    ['2026-05-19T06:40:00.000Z', 'sikasep', 'layanan.bansos.verify', 'layanan.bansos'],
    ['2026-09-07T01:05:00.000Z', 'simpus', 'layanan.kesehatan.read', 'layanan.kesehatan'],
  ] as const;
  await audit.log.appendBatch(
    events.map(([timestamp, system, action, purpose]) => ({
      timestamp,
      category: 'personal-data',
      action,
      actor: service(system),
      outcome: 'success',
      resource: { type: 'sample', id: system },
      purpose,
      subjects,
    })),
  );
}
