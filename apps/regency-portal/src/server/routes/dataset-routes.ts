import {
  datasetMetadataSchema,
  transition,
  type PublicationEvent,
  type PublicationState,
  SpbeError,
} from '@spbe-kit/models';
import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import type { SqlExecutor } from '../db/driver.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import type { SessionUser } from '../auth/sessions.js';
import { publishDataset, uploadResources, withdrawDataset } from '../interop/ckan-publisher.js';
import {
  clearSync,
  markSyncStarted,
  recordCkanPackage,
  recordCkanResource,
  syncFailed,
  syncOf,
  syncSchema,
  type SyncEvent,
  type SyncRow,
} from '../interop/publication-sync.js';
import type { PortalServices } from '../services.js';
import {
  datasetResourceRoutes,
  datasetResourceSchema,
  resourceDto,
  type DatasetResourceRow,
} from './dataset-resource-routes.js';
import { reviewNoteOf, reviewNoteSchema, storeReviewNote, type ReviewNoteRow } from './dataset-review-notes.js';
import { fileHashReason } from '../audit/file-hash-reason.js';

const datasetParams = agencyParams.extend({ itemId: z.uuid() });

const publicationSchema = z.object({
  itemId: z.string(),
  code: z.string(),
  title: z.string(),
  state: z.object({ status: z.string(), reason: z.string().optional() }),
  allowedNext: z.array(z.string()),
  ckan: z.object({ id: z.string(), name: z.string(), url: z.string() }).nullable(),
  /** A publication or withdrawal that started and did not finish: the portal and CKAN are not yet in step. */
  sync: syncSchema.nullable(),
  /** The data files uploaded with the dataset (sent to CKAN as its resources on publish). */
  resources: z.array(datasetResourceSchema),
  /** The walidata's reasons (rejections, withdrawals), newest first. */
  reviewNotes: z.array(reviewNoteSchema),
});

interface DatasetRow extends SyncRow {
  id: string;
  code: string;
  name: string;
  data: Record<string, unknown>;
  ckan_id: string | null;
  ckan_url: string | null;
}

async function loadDataset(db: SqlExecutor, agencyId: string, itemId: string): Promise<DatasetRow> {
  const [row] = await db.query<DatasetRow>(
    `SELECT i.id, i.code, i.name, i.data, p.ckan_id, p.ckan_url, p.sync_event, p.sync_error, p.sync_at
       FROM inventory_items i LEFT JOIN dataset_publications p ON p.inventory_item_id = i.id
      WHERE i.id = $1 AND i.agency_id = $2 AND i.kind = 'dataset'`,
    [itemId, agencyId],
  );
  if (!row) throw apiErrors.notFound({ id: 'Dataset', en: 'Dataset' });
  return row;
}

const nextEvents: Record<string, string[]> = {
  draft: ['submit'],
  submitted: ['check', 'reject'],
  checked: ['publish', 'reject'],
  published: ['withdraw'],
  rejected: ['revise'],
};

/** The walidata's withdrawal: the dataset leaves the Satu Data portal and goes back to the produsen with a reason. */
type WorkflowEvent = PublicationEvent | { type: 'withdraw'; reason: string };

/** The data files and walidata notes of some datasets, by dataset id. */
async function attachmentsOf(db: SqlExecutor, itemIds: string[]) {
  const resources = await db.query<DatasetResourceRow>(
    `SELECT id, inventory_item_id, file_name, content_type, size_bytes, sha256, ckan_resource_id, ckan_url, created_at
       FROM dataset_resources WHERE inventory_item_id = ANY($1::text[]) ORDER BY created_at, id`,
    [itemIds],
  );
  const notes = await db.query<ReviewNoteRow>(
    `SELECT inventory_item_id, event, reason, sha256, created_at FROM dataset_review_notes
      WHERE inventory_item_id = ANY($1::text[]) ORDER BY created_at DESC, id`,
    [itemIds],
  );
  return { resources, notes };
}

function toDto(
  row: DatasetRow,
  attachments: { resources: DatasetResourceRow[]; notes: ReviewNoteRow[] },
): z.input<typeof publicationSchema> {
  const state = (row.data.publication ?? { status: 'draft' }) as PublicationState;
  const published = state.status === 'published';
  return {
    itemId: row.id,
    code: row.code,
    title: row.name,
    state,
    allowedNext: nextEvents[state.status] ?? [],
    // The CKAN page while the package is live there (withdrawal clears the URL, keeps the id for a later publish).
    ckan:
      row.ckan_id && row.ckan_url
        ? { id: row.ckan_id, name: row.ckan_url.slice(row.ckan_url.lastIndexOf('/') + 1), url: row.ckan_url }
        : null,
    sync: syncOf(row),
    // A file's CKAN address only while the dataset is live there.
    resources: attachments.resources
      .filter((resource) => resource.inventory_item_id === row.id)
      .map((resource) => ({ ...resourceDto(resource), ckanUrl: published ? resource.ckan_url : null })),
    reviewNotes: attachments.notes.filter((note) => note.inventory_item_id === row.id).map(reviewNoteOf),
  };
}

/** One dataset as the API shows it, with its files and notes. */
async function datasetDto(db: SqlExecutor, agencyId: string, itemId: string) {
  const row = await loadDataset(db, agencyId, itemId);
  return toDto(row, await attachmentsOf(db, [row.id]));
}

/** The CKAN side of a publication: the package, then each data file not on it yet, each kept as soon as CKAN answers. */
async function publishToCkan(services: PortalServices, agencyId: string, row: DatasetRow, next: PublicationState) {
  const metadata = datasetMetadataSchema.parse({ ...row.data, publication: next });
  const ckan = await publishDataset(services, agencyId, metadata, row.ckan_id);
  await recordCkanPackage(services.db, row.id, ckan.id);
  // The data files not yet on the portal go with the package (resource_create, one upload each).
  await uploadResources(services, ckan, row.id, (file) => recordCkanResource(services.db, file));
  return ckan;
}

/**
 * The next publication state of a workflow step, and its CKAN side. CKAN and the portal's database cannot commit
 * together, so the order makes every failure visible and retryable: the step is marked as started in the database,
 * then CKAN is called (each answer kept at once), then the new state commits with its audit entry and clears the mark.
 * A failure at CKAN or at the commit leaves the old state with the mark and its reason; repeating the step finishes it
 * without a second package or a file uploaded twice.
 */
async function stepWithCkan(
  services: PortalServices,
  agencyId: string,
  row: DatasetRow,
  event: WorkflowEvent,
  user: SessionUser | null,
): Promise<{ next: PublicationState; ckanStep: SyncEvent | null; ckanUrl: string | null }> {
  const current = (row.data.publication ?? { status: 'draft' }) as PublicationState;
  if (event.type === 'withdraw') {
    if (current.status !== 'published') {
      throw new ApiError(409, 'datasets.not_published', {
        id: 'Hanya dataset yang sudah terbit yang dapat ditarik.',
        en: 'Only a published dataset can be withdrawn.',
      });
    }
    const ckanId = row.ckan_id;
    if (ckanId)
      await withCkanStep(services, { row, agencyId, event: 'withdraw' }, user, () => withdrawDataset(services, ckanId));
    return { next: { status: 'rejected', reason: event.reason }, ckanStep: 'withdraw', ckanUrl: null };
  }
  let next: PublicationState;
  try {
    // The produsen → walidata workflow is the models' state machine (Perpres 39/2019).
    next = transition(current, event);
  } catch (error) {
    if (SpbeError.isInstance(error)) throw new ApiError(409, error.code, error.messages, error.issues);
    throw error;
  }
  if (next.status === 'published') {
    const ckan = await withCkanStep(services, { row, agencyId, event: 'publish' }, user, () =>
      publishToCkan(services, agencyId, row, next),
    );
    return { next, ckanStep: 'publish', ckanUrl: ckan.url };
  }
  // A rejection after a publication that did not finish takes the half-published package off the portal too.
  const halfPublished = row.sync_event === 'publish' ? row.ckan_id : null;
  if (event.type === 'reject' && halfPublished) {
    await withCkanStep(services, { row, agencyId, event: 'withdraw' }, user, () =>
      withdrawDataset(services, halfPublished),
    );
    return { next, ckanStep: 'withdraw', ckanUrl: null };
  }
  return { next, ckanStep: null, ckanUrl: null };
}

/** Marks a CKAN step as started, runs it, and records its failure (with a retry hint) when it fails. */
async function withCkanStep<T>(
  services: PortalServices,
  target: { row: DatasetRow; agencyId: string; event: SyncEvent },
  user: SessionUser | null,
  step: () => Promise<T>,
): Promise<T> {
  const { row, agencyId, event } = target;
  await markSyncStarted(services.db, row.id, agencyId, event);
  try {
    return await step();
  } catch (error) {
    throw await syncFailed(services, { itemId: row.id, agencyId, event }, user, error);
  }
}

async function applyEvent(
  services: PortalServices,
  agencyId: string,
  itemId: string,
  event: WorkflowEvent,
  user: SessionUser | null,
) {
  const row = await loadDataset(services.db, agencyId, itemId);
  const { next, ckanStep, ckanUrl } = await stepWithCkan(services, agencyId, row, event, user);
  const data = { ...row.data, publication: next };
  const commit = () =>
    services.audit.change(
      services.db,
      async (tx) => {
        await tx.query('UPDATE inventory_items SET data = $1::jsonb, updated_at = now() WHERE id = $2', [
          JSON.stringify(data),
          row.id,
        ]);
        // The CKAN page while the package is live there: set by a publication, cleared by a withdrawal (the id stays
        // for a later publish), kept by the other steps (an edited dataset under review stays live as it was).
        await tx.query(
          `INSERT INTO dataset_publications (inventory_item_id, agency_id, state, ckan_url, review_note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (inventory_item_id) DO UPDATE SET state = EXCLUDED.state,
           ckan_url = CASE WHEN $6::text IS NULL THEN dataset_publications.ckan_url ELSE EXCLUDED.ckan_url END,
           review_note = EXCLUDED.review_note, updated_at = now()`,
          [row.id, agencyId, next.status, ckanUrl, next.status === 'rejected' ? next.reason : '', ckanStep],
        );
        if (ckanStep) await clearSync(tx, row.id);
        return event.type === 'reject' || event.type === 'withdraw'
          ? storeReviewNote(tx, row.id, agencyId, event.type, event.reason)
          : null;
      },
      (noteHash) => ({
        actor: user,
        category: 'data',
        action: `dataset.${event.type}`,
        outcome: 'success',
        resource: { type: 'dataset', id: row.id },
        // The reason's text stays in the portal's database; the trail binds it by its hash.
        ...(noteHash ? { reason: fileHashReason(noteHash, 'note') } : {}),
      }),
    );
  if (ckanStep) {
    // CKAN has changed already: a failed commit keeps the mark, with its reason, for the retry.
    try {
      await commit();
    } catch (error) {
      throw await syncFailed(services, { itemId: row.id, agencyId, event: ckanStep }, user, error);
    }
  } else await commit();
  return datasetDto(services.db, agencyId, itemId);
}

const listPublicationsRoute = defineRoute({
  id: 'datasets.list',
  method: 'get',
  path: '/api/agencies/{agencyId}/datasets',
  summary: 'Datasets with their Satu Data publication state',
  tag: 'datasets',
  access: { kind: 'permission', permission: 'inventory:read', ownAgency: true },
  params: agencyParams,
  response: z.object({ datasets: z.array(publicationSchema), ckanUrl: z.string().nullable() }),
  async handler({ services, params }) {
    const rows = await services.db.query<DatasetRow>(
      `SELECT i.id, i.code, i.name, i.data, p.ckan_id, p.ckan_url, p.sync_event, p.sync_error, p.sync_at
         FROM inventory_items i LEFT JOIN dataset_publications p ON p.inventory_item_id = i.id
        WHERE i.agency_id = $1 AND i.kind = 'dataset' ORDER BY i.code`,
      [params.agencyId],
    );
    const attachments = await attachmentsOf(
      services.db,
      rows.map((row) => row.id),
    );
    return { datasets: rows.map((row) => toDto(row, attachments)), ckanUrl: services.interop.ckanUrl };
  },
});

const producerEventRoute = defineRoute({
  id: 'datasets.producer',
  method: 'post',
  path: '/api/agencies/{agencyId}/datasets/{itemId}/producer',
  summary: 'Produsen data: submit a dataset to the walidata, or revise a rejected one',
  tag: 'datasets',
  access: { kind: 'permission', permission: 'dataset:submit', ownAgency: true },
  params: datasetParams,
  body: z.object({ event: z.enum(['submit', 'revise']) }),
  response: publicationSchema,
  async handler({ services, params, body, user }) {
    return applyEvent(services, params.agencyId, params.itemId, { type: body.event }, user);
  },
});

const walidataEventRoute = defineRoute({
  id: 'datasets.walidata',
  method: 'post',
  path: '/api/agencies/{agencyId}/datasets/{itemId}/walidata',
  summary:
    'Walidata: check a submitted dataset against the Satu Data principles, publish it to the CKAN portal (again, after an edit), reject it with a reason, or withdraw a published one from the portal with a reason',
  tag: 'datasets',
  access: { kind: 'permission', permission: 'dataset:review', ownAgency: true },
  params: datasetParams,
  body: z.discriminatedUnion('event', [
    z.object({ event: z.literal('check') }),
    z.object({ event: z.literal('publish') }),
    z.object({ event: z.literal('reject'), reason: z.string().trim().min(1).max(2000) }),
    z.object({ event: z.literal('withdraw'), reason: z.string().trim().min(1).max(2000) }),
  ]),
  response: publicationSchema,
  async handler({ services, params, body, user }) {
    const event: WorkflowEvent =
      body.event === 'reject' || body.event === 'withdraw'
        ? { type: body.event, reason: body.reason }
        : { type: body.event };
    return applyEvent(services, params.agencyId, params.itemId, event, user);
  },
});

/** Every dataset route. */
export const datasetRoutes = [listPublicationsRoute, producerEventRoute, walidataEventRoute, ...datasetResourceRoutes];
