import { createHash, randomUUID } from 'node:crypto';
import type { PublicationState } from '@spbe-kit/models';
import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';

const resourceParams = agencyParams.extend({ itemId: z.uuid() });

/** Data files a Satu Data portal takes: open formats first, identified by their first bytes too. */
const allowedDataFiles: Record<string, (head: Uint8Array) => boolean> = {
  'text/csv': (head) => !head.includes(0),
  'application/json': (head) => !head.includes(0),
  'text/plain': (head) => !head.includes(0),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (head) => head[0] === 0x50 && head[1] === 0x4b,
  'application/pdf': (head) => String.fromCharCode(...head.slice(0, 5)) === '%PDF-',
};

/** A stored data file of a dataset, as the API shows it. */
export const datasetResourceSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  /** Where the Satu Data portal serves the file once the dataset is published with it. */
  ckanUrl: z.string().nullable(),
  createdAt: z.string(),
});

/** A data file row as the publisher and the list read it. */
export interface DatasetResourceRow {
  id: string;
  inventory_item_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  ckan_resource_id: string | null;
  ckan_url: string | null;
  created_at: Date | string;
}

/** The API view of a data file row. */
export const resourceDto = (row: DatasetResourceRow): z.input<typeof datasetResourceSchema> => ({
  id: row.id,
  fileName: row.file_name,
  contentType: row.content_type,
  sizeBytes: Number(row.size_bytes),
  sha256: row.sha256,
  ckanUrl: row.ckan_url,
  createdAt: new Date(row.created_at).toISOString(),
});

const fileError = {
  missing: () =>
    new ApiError(400, 'datasets.file_missing', {
      id: 'Pilih berkas data untuk diunggah (field "file").',
      en: 'Choose a data file to upload (field "file").',
    }),
  type: () =>
    new ApiError(415, 'datasets.file_type', {
      id: 'Jenis berkas tidak diizinkan: gunakan CSV, XLSX, JSON, TXT atau PDF.',
      en: 'File type not allowed: use CSV, XLSX, JSON, TXT or PDF.',
    }),
  published: () =>
    new ApiError(409, 'datasets.file_published', {
      id: 'Dataset sudah terbit: berkas baru ditambahkan setelah walidata menariknya atau setelah dataset diubah.',
      en: 'The dataset is published: add files after the walidata withdraws it or after the dataset is edited.',
    }),
};

const uploadResourceRoute = defineRoute({
  id: 'datasets.resource-upload',
  method: 'post',
  path: '/api/agencies/{agencyId}/datasets/{itemId}/resources',
  summary:
    'Produsen data: upload a data file (CSV, XLSX, JSON, TXT, PDF) of a dataset; it goes to the Satu Data portal (CKAN resource_create) when the walidata publishes',
  tag: 'datasets',
  access: { kind: 'permission', permission: 'dataset:submit', ownAgency: true },
  params: resourceParams,
  multipart: true,
  response: datasetResourceSchema,
  status: 201,
  async handler({ c, services, params, user }) {
    const [dataset] = await services.db.query<{ id: string; data: Record<string, unknown> }>(
      `SELECT id, data FROM inventory_items WHERE id = $1 AND agency_id = $2 AND kind = 'dataset'`,
      [params.itemId, params.agencyId],
    );
    if (!dataset) throw apiErrors.notFound({ id: 'Dataset', en: 'Dataset' });
    if ((dataset.data.publication as PublicationState | undefined)?.status === 'published') throw fileError.published();
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) throw fileError.missing();
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File)) throw fileError.missing();
    if (file.size === 0 || file.size > services.config.MAX_UPLOAD_BYTES) {
      throw new ApiError(413, 'datasets.file_size', {
        id: `Ukuran berkas harus 1 byte – ${Math.floor(services.config.MAX_UPLOAD_BYTES / 1024)} KiB.`,
        en: `The file must be 1 byte – ${Math.floor(services.config.MAX_UPLOAD_BYTES / 1024)} KiB.`,
      });
    }
    const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = allowedDataFiles[declared];
    if (!check || !check(bytes.slice(0, 512))) throw fileError.type();
    const id = randomUUID();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileName = (file.name || 'data').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200);
    const [row] = await services.audit.change(
      services.db,
      (tx) =>
        tx.query<DatasetResourceRow>(
          `INSERT INTO dataset_resources (id, inventory_item_id, agency_id, file_name, content_type, size_bytes, sha256, content, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           RETURNING id, inventory_item_id, file_name, content_type, size_bytes, sha256, ckan_resource_id, ckan_url, created_at`,
          [id, dataset.id, params.agencyId, fileName, declared, bytes.length, sha256, bytes, user!.id],
        ),
      {
        actor: user,
        category: 'data',
        action: 'dataset.resource.upload',
        outcome: 'success',
        resource: { type: 'dataset-resource', id },
      },
    );
    return resourceDto(row!);
  },
});

const downloadResourceRoute = defineRoute({
  id: 'datasets.resource-download',
  method: 'get',
  path: '/api/agencies/{agencyId}/datasets/{itemId}/resources/{resourceId}',
  summary: 'Download a data file of a dataset, as uploaded',
  tag: 'datasets',
  access: { kind: 'permission', permission: 'inventory:read', ownAgency: true },
  params: resourceParams.extend({ resourceId: z.uuid() }),
  binary: { contentType: 'application/octet-stream' },
  async handler({ services, params }) {
    const [file] = await services.db.query<{ file_name: string; content_type: string; content: Uint8Array }>(
      `SELECT file_name, content_type, content FROM dataset_resources
        WHERE id = $1 AND inventory_item_id = $2 AND agency_id = $3`,
      [params.resourceId, params.itemId, params.agencyId],
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

/** The data-file routes of Satu Data. */
export const datasetResourceRoutes = [uploadResourceRoute, downloadResourceRoute];
