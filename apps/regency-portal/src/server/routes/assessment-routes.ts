import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  agencyParams,
  assessmentDetailSchema,
  assessmentParams,
  assessmentSummarySchema,
  assessorReviewBodySchema,
  createAssessmentBodySchema,
  entryParams,
  selfAssessmentBodySchema,
  transitionBodySchema,
  type AssessmentStatus,
} from '../assessments/assessment-schemas.js';
import { assertValidValue } from '../assessments/assessment-results.js';
import { loadAssessment, listAssessments, loadValuesByAssessment } from '../assessments/assessment-store.js';
import { assessmentDetail, summarizeAssessment } from '../assessments/assessment-view.js';
import { exportAssessment } from '../assessments/assessment-export.js';
import { assessmentSchema } from '@spbe-kit/models';
import { fileHashReason } from '../audit/file-hash-reason.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';

/** Status names in words, for messages (never the raw code). */
const statusWords: Record<AssessmentStatus, { id: string; en: string }> = {
  draft: { id: 'draf', en: 'draft' },
  submitted: { id: 'diajukan ke asesor', en: 'submitted to the assessor' },
  verified: { id: 'terverifikasi', en: 'verified' },
  locked: { id: 'terkunci', en: 'locked' },
};

const wrongStatus = (status: AssessmentStatus, needed: AssessmentStatus) =>
  apiErrors.conflict('assessment.wrong-status', {
    id: `Penilaian berstatus ${statusWords[status].id}; tindakan ini hanya untuk penilaian berstatus ${statusWords[needed].id}.`,
    en: `The assessment is ${statusWords[status].en}; this action is only for an assessment that is ${statusWords[needed].en}.`,
  });

const listAssessmentsRoute = defineRoute({
  id: 'assessments.list',
  method: 'get',
  path: '/api/agencies/{agencyId}/assessments',
  summary: "The agency's assessments with self-assessed and assessor index",
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:read', ownAgency: true },
  params: agencyParams,
  response: z.object({ assessments: z.array(assessmentSummarySchema) }),
  async handler({ services, params }) {
    const rows = await listAssessments(services.db, params.agencyId);
    const values = await loadValuesByAssessment(
      services.db,
      rows.map((row) => row.id),
    );
    return { assessments: rows.map((row) => summarizeAssessment(row, values.get(row.id) ?? [])) };
  },
});

const createAssessmentRoute = defineRoute({
  id: 'assessments.create',
  method: 'post',
  path: '/api/agencies/{agencyId}/assessments',
  summary: 'Open the assessment of a year under a methodology',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:create', ownAgency: true },
  params: agencyParams,
  body: createAssessmentBodySchema,
  response: assessmentSummarySchema,
  status: 201,
  async handler({ services, params, body, user }) {
    const id = randomUUID();
    const [existing] = await services.db.query(
      'SELECT 1 FROM assessments WHERE agency_id = $1 AND year = $2 AND methodology = $3',
      [params.agencyId, body.year, body.methodology],
    );
    if (existing) {
      throw apiErrors.conflict('assessment.exists', {
        id: `Penilaian ${body.methodology} tahun ${body.year} sudah ada.`,
        en: `The ${body.methodology} assessment for ${body.year} already exists.`,
      });
    }
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query(
          `INSERT INTO assessments (id, agency_id, year, methodology, status) VALUES ($1, $2, $3, $4, 'draft')`,
          [id, params.agencyId, body.year, body.methodology],
        );
      },
      {
        actor: user,
        category: 'data',
        action: 'assessment.create',
        outcome: 'success',
        resource: { type: 'assessment', id },
      },
    );
    return summarizeAssessment(await loadAssessment(services.db, params.agencyId, id), []);
  },
});

const getAssessmentRoute = defineRoute({
  id: 'assessments.get',
  method: 'get',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}',
  summary:
    'One assessment: entries, index and breakdown (self and assessor), comparison, indicators holding the score back',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:read', ownAgency: true },
  params: assessmentParams,
  response: assessmentDetailSchema,
  async handler({ services, params }) {
    return assessmentDetail(services.db, await loadAssessment(services.db, params.agencyId, params.assessmentId));
  },
});

const saveSelfAssessmentRoute = defineRoute({
  id: 'assessments.self-assessment',
  method: 'put',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/self-assessment',
  summary: 'Operator: self-assessed value, evidence links and note of one indicator (draft only)',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:fill', ownAgency: true },
  params: entryParams,
  body: selfAssessmentBodySchema,
  response: assessmentDetailSchema,
  async handler({ services, params, body, user }) {
    const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
    if (row.status !== 'draft') throw wrongStatus(row.status, 'draft');
    if (body.selfValue !== null) assertValidValue(row.methodology, params.indicator, body.selfValue);
    else assertValidValue(row.methodology, params.indicator, '1');
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query(
          `INSERT INTO assessment_entries (assessment_id, indicator_id, self_value, evidence_links, note)
           VALUES ($1, $2, $3, $4::jsonb, $5)
           ON CONFLICT (assessment_id, indicator_id) DO UPDATE
             SET self_value = EXCLUDED.self_value, evidence_links = EXCLUDED.evidence_links, note = EXCLUDED.note, updated_at = now()`,
          [row.id, String(params.indicator), body.selfValue, JSON.stringify(body.evidenceLinks), body.note],
        );
        await tx.query('UPDATE assessments SET updated_at = now() WHERE id = $1', [row.id]);
      },
      {
        actor: user,
        category: 'data',
        action: 'assessment.self-assessment.update',
        outcome: 'success',
        resource: { type: 'assessment-indicator', id: `${row.id}/${params.indicator}` },
      },
    );
    return assessmentDetail(services.db, row);
  },
});

const saveAssessorReviewRoute = defineRoute({
  id: 'assessments.assessor-review',
  method: 'put',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/assessor-review',
  summary: "Asesor: the assessor's value and recommendation for one indicator (submitted only)",
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:assess', ownAgency: true },
  params: entryParams,
  body: assessorReviewBodySchema,
  response: assessmentDetailSchema,
  async handler({ services, params, body, user }) {
    const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
    if (row.status !== 'submitted') throw wrongStatus(row.status, 'submitted');
    assertValidValue(row.methodology, params.indicator, body.assessorValue ?? '1');
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query(
          `INSERT INTO assessment_entries (assessment_id, indicator_id, assessor_value, recommendation)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (assessment_id, indicator_id) DO UPDATE
             SET assessor_value = EXCLUDED.assessor_value, recommendation = EXCLUDED.recommendation, updated_at = now()`,
          [row.id, String(params.indicator), body.assessorValue, body.recommendation],
        );
      },
      {
        actor: user,
        category: 'data',
        action: 'assessment.assessor-review.update',
        outcome: 'success',
        resource: { type: 'assessment-indicator', id: `${row.id}/${params.indicator}` },
      },
    );
    return assessmentDetail(services.db, row);
  },
});

function transitionRoute(options: {
  id: string;
  action: string;
  summary: string;
  permission: 'assessment:submit' | 'assessment:assess';
  from: AssessmentStatus;
  to: AssessmentStatus;
  requireComplete?: 'self' | 'assessor';
}) {
  return defineRoute({
    id: options.id,
    method: 'post',
    path: `/api/agencies/{agencyId}/assessments/{assessmentId}/${options.action}`,
    summary: options.summary,
    tag: 'assessments',
    access: { kind: 'permission', permission: options.permission, ownAgency: true },
    params: assessmentParams,
    body: transitionBodySchema,
    response: assessmentDetailSchema,
    async handler({ services, params, user }) {
      const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
      if (row.status !== options.from) throw wrongStatus(row.status, options.from);
      if (options.requireComplete) {
        const detail = await assessmentDetail(services.db, row);
        const result = options.requireComplete === 'self' ? detail.selfResult : detail.assessorResult;
        if (!result.complete) {
          throw new ApiError(422, 'assessment.incomplete', {
            id: `Baru ${result.filled} dari ${result.total} indikator terisi.`,
            en: `Only ${result.filled} of ${result.total} indicators are filled in.`,
          });
        }
      }
      await services.audit.change(
        services.db,
        async (tx) => {
          await tx.query('UPDATE assessments SET status = $1, updated_at = now() WHERE id = $2 AND status = $3', [
            options.to,
            row.id,
            options.from,
          ]);
        },
        {
          actor: user,
          category: 'data',
          action: `assessment.${options.action}`,
          outcome: 'success',
          resource: { type: 'assessment', id: row.id },
        },
      );
      return assessmentDetail(services.db, { ...row, status: options.to });
    },
  });
}

const submitAssessmentRoute = transitionRoute({
  id: 'assessments.submit',
  action: 'submit',
  summary: 'Operator: submit a complete self-assessment to the asesor',
  permission: 'assessment:submit',
  from: 'draft',
  to: 'submitted',
  requireComplete: 'self',
});
const verifyAssessmentRoute = transitionRoute({
  id: 'assessments.verify',
  action: 'verify',
  summary: 'Asesor: verify the assessment (every indicator has an assessor value); it is locked afterwards',
  permission: 'assessment:assess',
  from: 'submitted',
  to: 'verified',
  requireComplete: 'assessor',
});
const returnAssessmentRoute = transitionRoute({
  id: 'assessments.return',
  action: 'return',
  summary: 'Asesor: return a submitted assessment to the operator for corrections',
  permission: 'assessment:assess',
  from: 'submitted',
  to: 'draft',
});

/** Evidence uploads: PDF, images, office documents and plain text/CSV, identified by their first bytes too. */
const allowedEvidence: Record<string, (head: Uint8Array) => boolean> = {
  'application/pdf': (head) => String.fromCharCode(...head.slice(0, 5)) === '%PDF-',
  'image/png': (head) => head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47,
  'image/jpeg': (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (head) =>
    head[0] === 0x50 && head[1] === 0x4b,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (head) => head[0] === 0x50 && head[1] === 0x4b,
  'text/plain': (head) => !head.includes(0),
  'text/csv': (head) => !head.includes(0),
};

const uploadEvidenceRoute = defineRoute({
  id: 'assessments.evidence-upload',
  method: 'post',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/indicators/{indicator}/evidence',
  summary: 'Operator: upload a supporting document (bukti dukung); size limit and content-type check',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:fill', ownAgency: true },
  params: entryParams,
  multipart: true,
  response: z.object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
  }),
  status: 201,
  async handler({ c, services, params, user }) {
    const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
    if (row.status !== 'draft') throw wrongStatus(row.status, 'draft');
    assertValidValue(row.methodology, params.indicator, '1');
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      throw new ApiError(415, 'request.content_type', {
        id: 'Kirim berkas sebagai multipart/form-data.',
        en: 'Send the file as multipart/form-data.',
      });
    }
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) {
      throw new ApiError(400, 'evidence.missing', {
        id: 'Pilih berkas untuk diunggah (field "file").',
        en: 'Choose a file to upload (field "file").',
      });
    }
    if (file.size === 0 || file.size > services.config.MAX_UPLOAD_BYTES) {
      throw new ApiError(413, 'evidence.size', {
        id: `Ukuran berkas harus 1 byte – ${Math.floor(services.config.MAX_UPLOAD_BYTES / 1024)} KiB.`,
        en: `The file must be 1 byte – ${Math.floor(services.config.MAX_UPLOAD_BYTES / 1024)} KiB.`,
      });
    }
    const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = allowedEvidence[declared];
    if (!check || !check(bytes.slice(0, 512))) {
      throw new ApiError(415, 'evidence.type', {
        id: 'Jenis berkas tidak diizinkan: gunakan PDF, PNG, JPEG, DOCX, XLSX, TXT atau CSV.',
        en: 'File type not allowed: use PDF, PNG, JPEG, DOCX, XLSX, TXT or CSV.',
      });
    }
    const id = randomUUID();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileName = (file.name || 'bukti').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200);
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query(
          `INSERT INTO evidence_files (id, assessment_id, indicator_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [id, row.id, String(params.indicator), fileName, declared, bytes.length, sha256, bytes, user!.id],
        );
      },
      {
        actor: user,
        category: 'data',
        action: 'assessment.evidence.upload',
        outcome: 'success',
        resource: { type: 'evidence-file', id },
      },
    );
    return { id, fileName, contentType: declared, sizeBytes: bytes.length, sha256 };
  },
});

const downloadEvidenceRoute = defineRoute({
  id: 'assessments.evidence-download',
  method: 'get',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/evidence/{fileId}',
  summary: 'Download an uploaded supporting document',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:read', ownAgency: true },
  params: assessmentParams.extend({ fileId: z.uuid() }),
  binary: { contentType: 'application/octet-stream' },
  async handler({ services, params }) {
    await loadAssessment(services.db, params.agencyId, params.assessmentId);
    const [file] = await services.db.query<{ file_name: string; content_type: string; content: Uint8Array }>(
      'SELECT file_name, content_type, content FROM evidence_files WHERE id = $1 AND assessment_id = $2',
      [params.fileId, params.assessmentId],
    );
    if (!file) throw apiErrors.notFound({ id: 'Berkas', en: 'File' });
    return new Response(new Uint8Array(file.content), {
      headers: {
        'Content-Type': file.content_type,
        'Content-Disposition': `attachment; filename="${encodeURIComponent(file.file_name)}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
});

const deleteEvidenceRoute = defineRoute({
  id: 'assessments.evidence-delete',
  method: 'delete',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/evidence/{fileId}',
  summary:
    'Operator: remove a wrong supporting document while the assessment is a draft; the audit entry keeps the file’s SHA-256 (first 40 hex digits)',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:fill', ownAgency: true },
  params: assessmentParams.extend({ fileId: z.uuid() }),
  response: z.object({ deleted: z.literal(true), sha256: z.string() }),
  async handler({ services, params, user }) {
    const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
    if (row.status !== 'draft') throw wrongStatus(row.status, 'draft');
    const [file] = await services.audit.change(
      services.db,
      async (tx) => {
        const deleted = await tx.query<{ sha256: string }>(
          'DELETE FROM evidence_files WHERE id = $1 AND assessment_id = $2 RETURNING sha256',
          [params.fileId, row.id],
        );
        // Nothing deleted: the transaction rolls back and nothing is logged.
        if (deleted.length === 0) throw apiErrors.notFound({ id: 'Berkas', en: 'File' });
        return deleted;
      },
      (deleted) => ({
        actor: user,
        category: 'data',
        action: 'assessment.evidence.delete',
        outcome: 'success',
        resource: { type: 'evidence-file', id: params.fileId },
        // The file is gone from the portal; the trail keeps which file it was.
        reason: fileHashReason(deleted[0]!.sha256),
      }),
    );
    return { deleted: true as const, sha256: file!.sha256 };
  },
});

const exportAssessmentRoute = defineRoute({
  id: 'assessments.export',
  method: 'get',
  path: '/api/agencies/{agencyId}/assessments/{assessmentId}/export',
  summary: 'The assessment as the @spbe-kit/models interchange record (assessmentSchema), for the CLI or an archive',
  tag: 'assessments',
  access: { kind: 'permission', permission: 'assessment:read', ownAgency: true },
  params: assessmentParams,
  response: assessmentSchema,
  async handler({ services, params, c }) {
    const row = await loadAssessment(services.db, params.agencyId, params.assessmentId);
    c.header(
      'Content-Disposition',
      `attachment; filename="assessment-${row.agency_id}-${row.year}-${row.methodology}.json"`,
    );
    return exportAssessment(services.db, row);
  },
});

/** Every assessment route. */
export const assessmentRoutes = [
  listAssessmentsRoute,
  createAssessmentRoute,
  getAssessmentRoute,
  saveSelfAssessmentRoute,
  saveAssessorReviewRoute,
  submitAssessmentRoute,
  verifyAssessmentRoute,
  returnAssessmentRoute,
  uploadEvidenceRoute,
  downloadEvidenceRoute,
  deleteEvidenceRoute,
  exportAssessmentRoute,
];
