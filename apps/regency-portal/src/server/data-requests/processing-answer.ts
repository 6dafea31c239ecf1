import type { AuditEntry } from '@spbe-kit/audit';
import { z } from 'zod';
import { actionLabel, outcomeLabel, purposeLabel } from '../audit/audit-labels.js';
import type { SqlExecutor } from '../db/driver.js';
import type { PortalServices } from '../services.js';
import { writeCsv } from '../spreadsheets/csv-writer.js';

const text = z.object({ id: z.string(), en: z.string() });

/** One processing of the citizen's data, as the answer to the request lists it. */
export const processingSchema = z.object({
  index: z.number().int(),
  timestamp: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  action: z.string(),
  actionLabel: text,
  purpose: z.string().nullable(),
  purposeLabel: text.nullable(),
  outcome: z.string(),
  outcomeLabel: text,
});

/** A processing record of the answer. */
export type Processing = z.output<typeof processingSchema>;

/** Every entry of the audit trail whose data subject has this pseudonym, oldest first (at most 5,000). */
export async function processingOf(services: PortalServices, subjectPseudonym: string): Promise<Processing[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await services.audit.log.query({ subjectPseudonym, limit: 500, ...(cursor ? { cursor } : {}) });
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor && entries.length < 5000);
  const names = await agencyNames(services.db);
  return entries.map(({ index, event }) => ({
    index,
    timestamp: event.timestamp,
    agencyId: event.actor.agency ?? null,
    agencyName: event.actor.agency ? (names.get(event.actor.agency) ?? event.actor.agency) : null,
    action: event.action,
    actionLabel: actionLabel(event.action),
    purpose: event.purpose ?? null,
    purposeLabel: purposeLabel(event.purpose),
    outcome: event.outcome,
    outcomeLabel: outcomeLabel(event.outcome),
  }));
}

async function agencyNames(db: SqlExecutor): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; name: string }>('SELECT id, name FROM agencies');
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The answer as CSV for the citizen (Indonesian headers and labels; every text cell neutralised against
 * spreadsheet formulas). The request number heads the file; no NIK and no pseudonym appear in it.
 * @example
 * answerCsv('PDP/2026/001', rows);
 */
export function answerCsv(requestNumber: string, rows: readonly Processing[]): string {
  return writeCsv([
    ['Nomor permintaan / Request number', requestNumber],
    [],
    ['Waktu (UTC)', 'Instansi', 'Kode instansi', 'Tindakan', 'Tujuan', 'Kode tujuan', 'Hasil'],
    ...rows.map((row) => [
      row.timestamp,
      row.agencyName,
      row.agencyId,
      row.actionLabel.id,
      row.purposeLabel?.id ?? null,
      row.purpose,
      row.outcomeLabel.id,
    ]),
  ]);
}
