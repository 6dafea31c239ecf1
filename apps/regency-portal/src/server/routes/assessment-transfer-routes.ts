import { createHash } from 'node:crypto';
import { assessmentToWorkbook } from '@spbe-kit/cli';
import type { JsonValue } from '@spbe-kit/audit';
import type { Context } from 'hono';
import { z } from 'zod';
import { assessmentDetailSchema, assessmentParams } from '../assessments/assessment-schemas.js';
import { exportAssessment } from '../assessments/assessment-export.js';
import { loadAssessment, loadEntries } from '../assessments/assessment-store.js';
import { readUploadedAssessment } from '../assessments/assessment-upload.js';
import { assessmentDetail } from '../assessments/assessment-view.js';
import { planImport, type ImportedEntry } from '../assessments/import-plan.js';
import { fileHashReason } from '../audit/file-hash-reason.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import { modelsAgencyOf } from '../inventories/inventory-store.js';
import type { PortalServices } from '../services.js';

const workbookType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const workbookExportRoute = defineRoute({
  id: 'assessments.workbook',
  method: 'get',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/workbook',
  summary:
    'The assessment as the Excel workbook `spbe template` writes (same layout, same year, self and assessor values, evidence, notes); `spbe index|report|plan` read it, and the import takes it back',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:read', ownAgency: true },
  params: assessmentParams,
  binary: { contentType: workbookType },
  async handler({ services, params }) {
    const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
    const bytes = await assessmentToWorkbook(await exportAssessment(services.db, row));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': workbookType,
        'Content-Disposition': `attachment; filename="penilaian-${row.agency_id}-${row.year}-${row.methodology}.xlsx"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
});

/** The uploaded file of a multipart request (field `file`), within the portal's upload limit. */
async function uploadedBytes(c: Context, services: PortalServices): Promise<Uint8Array> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new ApiError(415, 'request.content_type', {
      id: 'Kirim berkas sebagai multipart/form-data.',
      en: 'Send the file as multipart/form-data.',
    });
  }
  const file = (await c.req.parseBody()).file;
  if (!(file instanceof File)) {
    throw new ApiError(400, 'assessment.import_missing', {
      id: 'Pilih buku kerja (.xlsx) atau rekaman JSON untuk diunggah (field "file").',
      en: 'Choose a workbook (.xlsx) or a JSON record to upload (field "file").',
    });
  }
  if (file.size === 0 || file.size > services.config.MAX_UPLOAD_BYTES) {
    throw new ApiError(413, 'assessment.import_size', {
      id: `Ukuran berkas harus 1 byte – ${Math.floor(services.config.MAX_UPLOAD_BYTES / 1024)} KiB.`,
      en: `The file must be 1 byte – ${Math.floor(services.config.MAX_UPLOAD_BYTES / 1024)} KiB.`,
    });
  }
  return new Uint8Array(await file.arrayBuffer());
}

/** The self values an import changes, before and after, for the audit entry (values only, no personal data). */
function changedValues(
  before: readonly { indicator_id: string; self_value: string | null }[],
  entries: readonly ImportedEntry[],
): { before: Record<string, JsonValue>; after: Record<string, JsonValue> } {
  const old = new Map(before.map((entry) => [Number(entry.indicator_id), entry.self_value]));
  const change = { before: {} as Record<string, JsonValue>, after: {} as Record<string, JsonValue> };
  for (const entry of entries) {
    const was = old.get(entry.indicator) ?? null;
    if (was === entry.selfValue) continue;
    change.before[String(entry.indicator)] = was;
    change.after[String(entry.indicator)] = entry.selfValue;
  }
  return change;
}

const importRoute = defineRoute({
  id: 'assessments.import',
  method: 'post',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/import',
  summary:
    "Operator: upload the filled workbook (or the JSON record) of a draft; checked as `spbe validate assessment` checks it and against this assessment, every problem named by sheet, row, column and indicator; all or nothing, audited with the file's SHA-256",
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:fill', ownAgency: true },
  params: assessmentParams,
  multipart: true,
  response: z.object({
    format: z.enum(['xlsx', 'json']),
    /** Indicators whose self-assessed value changed. */
    changed: z.number().int(),
    assessment: assessmentDetailSchema,
  }),
  async handler({ c, services, params, user }) {
    const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
    if (row.status !== 'draft') {
      throw apiErrors.conflict('assessment.wrong-status', {
        id: 'Hanya penilaian berstatus draf yang dapat diisi dari berkas.',
        en: 'Only a draft assessment can be filled in from a file.',
      });
    }
    const bytes = await uploadedBytes(c, services);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const upload = await readUploadedAssessment(bytes);
    const entries = await loadEntries(services.db, row.id);
    const plan = Array.isArray(upload)
      ? { problems: upload }
      : planImport(upload, {
          row,
          regionCode: (await modelsAgencyOf(services.db, row.agency_id)).regionCode,
          entries,
          files: await services.db.query<{ indicator_id: string; file_name: string; sha256: string }>(
            'SELECT indicator_id, file_name, sha256 FROM evidence_files WHERE assessment_id = $1',
            [row.id],
          ),
        });
    const audited = {
      actor: user,
      category: 'data' as const,
      action: 'assessment.import',
      resource: { type: 'assessment', id: row.id },
    };
    if ('problems' in plan) {
      // Nothing is stored; the attempt is in the trail with the file's fingerprint.
      await services.audit.record({ ...audited, outcome: 'failure', reason: fileHashReason(sha256) });
      const count = plan.problems.length;
      throw new ApiError(
        422,
        'assessment.import_invalid',
        {
          id: `Berkas tidak diimpor: ${count} masalah. Tidak ada yang disimpan.`,
          en: `The file was not imported: ${count} problem${count === 1 ? '' : 's'}. Nothing was stored.`,
        },
        plan.problems.map((problem) => ({ code: problem.code, path: [problem.where], message: problem.message })),
      );
    }
    const change = changedValues(entries, plan.entries);
    await services.audit.change(
      services.db,
      async (tx) => {
        for (const entry of plan.entries) {
          await tx.query(
            `INSERT INTO assessment_entries (assessment_id, indicator_id, self_value, sector, evidence_links, note)
             VALUES ($1, $2, $3, $4, $5::jsonb, $6)
             ON CONFLICT (assessment_id, indicator_id) DO UPDATE
               SET self_value = EXCLUDED.self_value, sector = EXCLUDED.sector, evidence_links = EXCLUDED.evidence_links,
                   note = EXCLUDED.note, updated_at = now()`,
            [
              row.id,
              String(entry.indicator),
              entry.selfValue,
              entry.sector,
              JSON.stringify(entry.evidenceLinks),
              entry.note,
            ],
          );
        }
        await tx.query('UPDATE assessments SET updated_at = now() WHERE id = $1', [row.id]);
      },
      { ...audited, outcome: 'success', reason: fileHashReason(sha256), change },
    );
    return {
      format: Array.isArray(upload) ? 'json' : upload.format,
      changed: Object.keys(change.after).length,
      assessment: await assessmentDetail(services.db, row),
    };
  },
});

/** Download and upload of the assessment record as a workbook (the JSON download is `assessments.export`). */
export const assessmentTransferRoutes = [workbookExportRoute, importRoute];
