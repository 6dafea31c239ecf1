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
import { publishDataset } from '../interop/ckan-publisher.js';
import type { PortalServices } from '../services.js';

const datasetParams = agencyParams.extend({ itemId: z.uuid() });

const publicationSchema = z.object({
  itemId: z.string(),
  code: z.string(),
  title: z.string(),
  state: z.object({ status: z.string(), reason: z.string().optional() }),
  allowedNext: z.array(z.string()),
  ckan: z.object({ id: z.string(), name: z.string(), url: z.string() }).nullable(),
});

interface DatasetRow {
  id: string;
  code: string;
  name: string;
  data: Record<string, unknown>;
  ckan_id: string | null;
  ckan_url: string | null;
}

async function loadDataset(db: SqlExecutor, agencyId: string, itemId: string): Promise<DatasetRow> {
  const [row] = await db.query<DatasetRow>(
    `SELECT i.id, i.code, i.name, i.data, p.ckan_id, p.ckan_url
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
  published: [],
  rejected: ['revise'],
};

function toDto(row: DatasetRow): z.input<typeof publicationSchema> {
  const state = (row.data.publication ?? { status: 'draft' }) as PublicationState;
  return {
    itemId: row.id,
    code: row.code,
    title: row.name,
    state,
    allowedNext: nextEvents[state.status] ?? [],
    ckan: row.ckan_id && row.ckan_url ? { id: row.ckan_id, name: row.code.toLowerCase(), url: row.ckan_url } : null,
  };
}

async function applyEvent(
  services: PortalServices,
  agencyId: string,
  itemId: string,
  event: PublicationEvent,
  user: Parameters<PortalServices['audit']['record']>[0]['actor'],
) {
  const row = await loadDataset(services.db, agencyId, itemId);
  const current = (row.data.publication ?? { status: 'draft' }) as PublicationState;
  let next: PublicationState;
  try {
    // The produsen → walidata workflow is the models' state machine (Perpres 39/2019).
    next = transition(current, event);
  } catch (error) {
    if (SpbeError.isInstance(error)) throw new ApiError(409, error.code, error.messages, error.issues);
    throw error;
  }
  let ckan: { id: string; url: string } | null = null;
  if (next.status === 'published') {
    const metadata = datasetMetadataSchema.parse({ ...row.data, publication: next });
    ckan = await publishDataset(services, agencyId, metadata);
  }
  const data = { ...row.data, publication: next };
  await services.audit.change(
    services.db,
    async (tx) => {
      await tx.query('UPDATE inventory_items SET data = $1::jsonb, updated_at = now() WHERE id = $2', [
        JSON.stringify(data),
        row.id,
      ]);
      await tx.query(
        `INSERT INTO dataset_publications (inventory_item_id, agency_id, state, ckan_id, ckan_url, review_note) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (inventory_item_id) DO UPDATE SET state = EXCLUDED.state, ckan_id = COALESCE(EXCLUDED.ckan_id, dataset_publications.ckan_id),
         ckan_url = COALESCE(EXCLUDED.ckan_url, dataset_publications.ckan_url), review_note = EXCLUDED.review_note, updated_at = now()`,
        [
          row.id,
          agencyId,
          next.status,
          ckan?.id ?? null,
          ckan?.url ?? null,
          next.status === 'rejected' ? next.reason : '',
        ],
      );
    },
    {
      actor: user,
      category: 'data',
      action: `dataset.${event.type}`,
      outcome: 'success',
      resource: { type: 'dataset', id: row.id },
    },
  );
  return toDto(await loadDataset(services.db, agencyId, itemId));
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
      `SELECT i.id, i.code, i.name, i.data, p.ckan_id, p.ckan_url
         FROM inventory_items i LEFT JOIN dataset_publications p ON p.inventory_item_id = i.id
        WHERE i.agency_id = $1 AND i.kind = 'dataset' ORDER BY i.code`,
      [params.agencyId],
    );
    return { datasets: rows.map(toDto), ckanUrl: services.interop.ckanUrl };
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
    'Walidata: check a submitted dataset against the Satu Data principles, publish it to the CKAN portal, or reject it with a reason',
  tag: 'datasets',
  access: { kind: 'permission', permission: 'dataset:review', ownAgency: true },
  params: datasetParams,
  body: z.discriminatedUnion('event', [
    z.object({ event: z.literal('check') }),
    z.object({ event: z.literal('publish') }),
    z.object({ event: z.literal('reject'), reason: z.string().trim().min(1).max(2000) }),
  ]),
  response: publicationSchema,
  async handler({ services, params, body, user }) {
    const event: PublicationEvent =
      body.event === 'reject' ? { type: 'reject', reason: body.reason } : { type: body.event };
    return applyEvent(services, params.agencyId, params.itemId, event, user);
  },
});

/** Every dataset route. */
export const datasetRoutes = [listPublicationsRoute, producerEventRoute, walidataEventRoute];
