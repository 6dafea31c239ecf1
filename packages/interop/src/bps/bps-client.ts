import {
  ValidationError,
  type BridgeResult,
  type LocalizedText,
  type ProvinceCode,
  type RegencyCode,
} from '@spbe-kit/models';
import { z } from 'zod';
import type { InteropIssueCode } from '../errors/error-codes.js';
import type { CallDescription } from '../errors/interop-error.js';
import { ProviderError } from '../errors/provider-error.js';
import type { paths } from '../generated/bps.js';
import type { CallOptions } from '../http/call-identity.js';
import type { InteropClientOptions } from '../http/client-options.js';
import { parseJsonText, validateWith } from '../http/parse-json.js';
import { createTransport, retryAfterOf, type BufferedResponse, type ParseOutcome } from '../http/transport.js';
import { withQuery, type QueryOf } from '../http/typed-url.js';
import { kemendagriCodeOfDomain, type BpsDomainId } from './bps-domain.js';
import {
  bpsAttribution,
  bpsDomainSchema,
  bpsDynamicTableSchema,
  bpsListItemSchemas,
  bpsPaginationSchema,
  type BpsDomain,
  type BpsListItem,
  type BpsListModel,
  type BpsPagination,
} from './bps-schemas.js';
import { tryDecodeDynamicTable, type DecodedDynamicTable } from './dynamic-table.js';

/**
 * Options of {@link createBpsClient}.
 *
 * @example
 * ```ts
 * import type { BpsClientOptions } from '@spbe-kit/interop';
 * const options: BpsClientOptions = { key: process.env.BPS_KEY ?? '', lang: 'eng' };
 * ```
 */
export interface BpsClientOptions extends InteropClientOptions {
  /** The application key from BPS's developer portal (sent as the `key` query parameter, redacted in errors and audit records). */
  readonly key: string;
  /** Language of labels: `'ind'` (default) or `'eng'`. */
  readonly lang?: 'ind' | 'eng';
  /** The WebAPI root (default `https://webapi.bps.go.id/v1/api`); point it at the mock in tests. */
  readonly baseUrl?: string;
}

/**
 * Filters of a list; which apply depends on the model.
 *
 * @example
 * ```ts
 * import { bpsDomainIdSchema } from '@spbe-kit/interop';
 * await bps.list('var', { domain: bpsDomainIdSchema.parse('6400'), keyword: 'penduduk', page: 1 });
 * ```
 */
export interface BpsListParams {
  /** The BPS domain, e.g. `'6400'` (Kalimantan Timur). */
  readonly domain: BpsDomainId;
  /** Page number, from 1. */
  readonly page?: number;
  /** Items per page. */
  readonly perpage?: number;
  readonly keyword?: string;
  readonly subject?: number;
  readonly var?: number;
  readonly th?: string;
  readonly turvar?: number;
  readonly vervar?: string;
  readonly turth?: number;
}

/**
 * One page of a list.
 *
 * @example
 * ```ts
 * import { type BpsListPage, type BpsListItem, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const page: BpsListPage<BpsListItem<'subject'>> = await bps.list('subject', { domain: bpsDomainIdSchema.parse('6400') });
 * ```
 */
export interface BpsListPage<T> {
  /** `false` when BPS answered `list-not-available` (then `items` is empty). */
  readonly available: boolean;
  readonly pagination: BpsPagination;
  readonly items: readonly T[];
  /** Show this wherever the data are shown. */
  readonly attribution: LocalizedText;
}

/**
 * Which dynamic table to read.
 *
 * @example
 * ```ts
 * import { bpsDomainIdSchema } from '@spbe-kit/interop';
 * await bps.dynamicTable({ domain: bpsDomainIdSchema.parse('6400'), var: 1001, th: '121:123' });
 * ```
 */
export interface BpsDynamicTableParams {
  /** The BPS domain, e.g. `'6400'`. */
  readonly domain: BpsDomainId;
  /** The variable id. */
  readonly var: number;
  /** Year id(s): one (`'123'`) or a range (`'121:123'`); all years when omitted. */
  readonly th?: string;
  readonly turvar?: number;
  readonly vervar?: string;
  readonly turth?: number;
}

/**
 * A typed client for the BPS WebAPI. Every method throws only `InteropError`s.
 *
 * @example
 * ```ts
 * import { type BpsClient, createBpsClient } from '@spbe-kit/interop';
 * const bps: BpsClient = createBpsClient({ key: process.env.BPS_KEY ?? '' });
 * const provinces = await bps.listDomains({ type: 'prov' });
 * ```
 */
export interface BpsClient {
  /** Domains (statistical offices) with their BPS domain ids. */
  listDomains(
    params: { readonly type: 'all' | 'prov' | 'kab' } | { readonly type: 'kabbyprov'; readonly prov: BpsDomainId },
    options?: CallOptions,
  ): Promise<BpsDomain[]>;
  /** One page of a list model. */
  list<M extends BpsListModel>(
    model: M,
    params: BpsListParams,
    options?: CallOptions,
  ): Promise<BpsListPage<BpsListItem<M>>>;
  /** Every item of a list model, page after page. */
  listAll<M extends BpsListModel>(
    model: M,
    params: Omit<BpsListParams, 'page'>,
    options?: CallOptions,
  ): AsyncIterableIterator<BpsListItem<M>>;
  /** One item by id, or `undefined` when BPS has none. */
  view<M extends BpsListModel>(
    model: M,
    params: { readonly id: string | number; readonly domain: BpsDomainId },
    options?: CallOptions,
  ): Promise<BpsListItem<M> | undefined>;
  /** A dynamic table, decoded into labelled rows; `undefined` when BPS has no data for the query. */
  dynamicTable(params: BpsDynamicTableParams, options?: CallOptions): Promise<DecodedDynamicTable | undefined>;
  /** The Kemendagri code of a domain, through `@spbe-kit/models`' bridging table. */
  kemendagriCodeOf(domainId: BpsDomainId): BridgeResult<ProvinceCode | RegencyCode>;
}

const errorBodySchema = z.looseObject({ status: z.string(), message: z.string().optional() });
const notAvailableSchema = z.looseObject({ status: z.literal('OK'), 'data-availability': z.string() });

function providerErrorFromBody(response: BufferedResponse, call: CallDescription, json: unknown): ProviderError {
  const parsed = errorBodySchema.safeParse(json);
  return new ProviderError({
    status: response.status,
    body: response.text,
    providerCode: parsed.success ? parsed.data.status : undefined,
    providerMessage: parsed.success ? parsed.data.message : undefined,
    retryAfterMs: retryAfterOf(response),
    call,
  });
}

function classifyBpsFailure(response: BufferedResponse, call: CallDescription): ProviderError {
  const json = parseJsonText(response.text);
  return providerErrorFromBody(response, call, json.ok ? json.value : undefined);
}

const unavailable = Symbol('list-not-available');

/**
 * A parser for BPS bodies: `status: "Error"` (sent with HTTP 200) becomes a ProviderError,
 * `data-availability` other than `available` gives {@link unavailable}, anything else goes to `read`.
 */
function bpsParser<T>(
  read: (value: unknown) => ParseOutcome<T>,
): (response: BufferedResponse, call: CallDescription) => ParseOutcome<T | typeof unavailable> {
  return (response, call) => {
    const json = parseJsonText(response.text);
    if (!json.ok) return json;
    const value = json.value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const status = (value as { status?: unknown }).status;
      if (status !== 'OK' && typeof status === 'string') throw providerErrorFromBody(response, call, value);
      const availability = notAvailableSchema.safeParse(value);
      if (availability.success && availability.data['data-availability'] !== 'available')
        return { ok: true, value: unavailable };
    }
    return read(value);
  };
}

function listEnvelope<S extends z.ZodType>(item: S) {
  return z.looseObject({
    status: z.literal('OK'),
    'data-availability': z.literal('available'),
    data: z.tuple([bpsPaginationSchema, z.array(item)]),
  });
}

const viewEnvelopes = Object.fromEntries(
  Object.entries(bpsListItemSchemas).map(([model, schema]) => [
    model,
    z.looseObject({ status: z.literal('OK'), 'data-availability': z.literal('available'), data: schema }),
  ]),
) as unknown as Record<BpsListModel, z.ZodType<{ data: unknown }>>;
const listEnvelopes = Object.fromEntries(
  Object.entries(bpsListItemSchemas).map(([model, schema]) => [model, listEnvelope(schema)]),
) as unknown as Record<BpsListModel, z.ZodType<{ data: [BpsPagination, unknown[]] }>>;
const domainEnvelope = listEnvelope(bpsDomainSchema);
const emptyPagination: BpsPagination = { page: 0, pages: 0, per_page: 0, count: 0, total: 0 };

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.trim() === '') {
    throw new ValidationError([
      {
        code: 'interop.config.bps_key' satisfies InteropIssueCode,
        path: ['key'],
        message: { id: 'Kunci aplikasi BPS wajib diisi', en: 'The BPS application key is required' },
      },
    ]);
  }
}

/**
 * Creates a client for the BPS WebAPI: domains (typed {@link BpsDomainId}s, bridged to
 * Kemendagri codes through `@spbe-kit/models`), paged lists of the metadata models, single
 * items, and dynamic tables decoded into labelled rows. Every result carries BPS's
 * attribution. The application key travels as the `key` query parameter and is redacted
 * from errors and audit records.
 *
 * @example
 * ```ts
 * import { createBpsClient, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const bps = createBpsClient({ key: process.env.BPS_KEY ?? '' });
 * const kaltim = bpsDomainIdSchema.parse('6400');
 * const regencies = await bps.listDomains({ type: 'kabbyprov', prov: kaltim });
 * const table = await bps.dynamicTable({ domain: kaltim, var: 1001, th: '121:123' });
 * for (const row of table?.rows ?? []) console.log(row.vervar.label, row.tahun.label, row.value);
 * ```
 */
export function createBpsClient(options: BpsClientOptions): BpsClient {
  checkKey(options.key);
  const lang = options.lang ?? 'ind';
  const baseUrl = (options.baseUrl ?? 'https://webapi.bps.go.id/v1/api').replace(/\/+$/, '');
  const transport = createTransport(options, { classifyFailure: classifyBpsFailure });
  // The key is added to every URL here rather than in the typed parameters: it is a credential (a security scheme).
  const keyParameter = `key=${encodeURIComponent(options.key)}`;
  const withKey = (url: string): string => `${url}${url.includes('?') ? '&' : '?'}${keyParameter}`;
  /** One GET, its query typed by the OpenAPI document. */
  const get = <P extends keyof paths, T>(
    path: P,
    query: QueryOf<paths, P>,
    operation: string,
    parse: (response: BufferedResponse, call: CallDescription) => ParseOutcome<T>,
    callOptions: CallOptions | undefined,
  ): Promise<T> =>
    transport.execute({
      method: 'GET',
      url: withKey(withQuery(`${baseUrl}${path}`, query as Record<string, string | number | boolean | undefined>)),
      operation,
      options: callOptions,
      parse,
    });

  const domainsParser = bpsParser((value) => {
    const checked = validateWith(domainEnvelope, value);
    return checked.ok ? { ok: true, value: checked.value.data[1] } : checked;
  });
  const dynamicParser = bpsParser<DecodedDynamicTable>((value) => {
    const checked = validateWith(bpsDynamicTableSchema, value);
    if (!checked.ok) return checked;
    const decoded = tryDecodeDynamicTable(checked.value);
    return decoded.ok
      ? { ok: true, value: decoded.table }
      : { ok: false, path: decoded.issues[0]?.path ?? [], issues: decoded.issues };
  });

  const bps: BpsClient = {
    async listDomains(params, callOptions) {
      const query = params.type === 'kabbyprov' ? { type: params.type, prov: params.prov } : { type: params.type };
      const result = await get('/domain', query, 'bps.domain', domainsParser, callOptions);
      return result === unavailable ? [] : result;
    },
    async list(model, params, callOptions) {
      const envelope = listEnvelopes[model];
      const parse = bpsParser((value) => validateWith(envelope, value));
      const result = await get('/list', { model, lang, ...params }, `bps.list.${model}`, parse, callOptions);
      if (result === unavailable)
        return { available: false, pagination: emptyPagination, items: [], attribution: bpsAttribution };
      return {
        available: true,
        pagination: result.data[0],
        items: result.data[1] as BpsListItem<typeof model>[],
        attribution: bpsAttribution,
      };
    },
    async *listAll(model, params, callOptions) {
      for (let page = 1; ; page++) {
        const result = await bps.list(model, { ...params, page }, callOptions);
        yield* result.items;
        if (!result.available || result.items.length === 0 || page >= result.pagination.pages) return;
      }
    },
    async view(model, params, callOptions) {
      const envelope = viewEnvelopes[model];
      const parse = bpsParser((value) => validateWith(envelope, value));
      const query = { model, id: String(params.id), domain: params.domain, lang };
      const result = await get('/view', query, `bps.view.${model}`, parse, callOptions);
      return result === unavailable ? undefined : (result.data as BpsListItem<typeof model>);
    },
    async dynamicTable(params, callOptions) {
      const query = { model: 'data' as const, lang, ...params };
      const result = await get('/list', query, 'bps.list.data', dynamicParser, callOptions);
      return result === unavailable ? undefined : result;
    },
    kemendagriCodeOf: kemendagriCodeOfDomain,
  };
  return bps;
}
