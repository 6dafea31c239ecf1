import { z } from 'zod';
import { wirePreprocess } from '../http/fast-schema.js';
import { absent, emptyArrayAsRecord, wireInt, wireString } from '../http/wire.js';
import { bpsDomainIdSchema } from './bps-domain.js';

const idSchema = z.union([z.number(), z.string()]);

const count = () => wireInt().pipe(z.number().nonnegative());
// Some lists (newscategory) send only `{ total }`: a list without paging is one page.
const onePageWhenUnpaged = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('page' in value) && !('pages' in value)
    ? { page: 1, pages: 1, ...value }
    : value;

/**
 * The paging block that opens every BPS list: `{ page, pages, per_page, count, total }`.
 *
 * @example
 * ```ts
 * import { bpsPaginationSchema } from '@spbe-kit/interop';
 * bpsPaginationSchema.parse({ page: 1, pages: 2, per_page: 10, count: 10, total: 12 }).pages; // 2
 * ```
 */
export const bpsPaginationSchema = wirePreprocess(
  onePageWhenUnpaged,
  z.looseObject({
    page: count(),
    pages: count(),
    per_page: absent(count()),
    count: absent(count()),
    total: count(),
  }),
);

/**
 * A BPS domain (statistical office): its BPS domain id, name and website.
 *
 * @example
 * ```ts
 * import { bpsDomainSchema } from '@spbe-kit/interop';
 * bpsDomainSchema.parse({ domain_id: '6472', domain_name: 'Kota Samarinda', domain_url: 'https://samarindakota.bps.go.id' });
 * ```
 */
export const bpsDomainSchema = z.looseObject({
  domain_id: bpsDomainIdSchema,
  domain_name: z.string(),
  domain_url: absent(z.string()),
});

/**
 * The item schemas of the list models the client types, by model name. Only the id and
 * title fields are required; every other field passes through.
 *
 * @example
 * ```ts
 * import { bpsListItemSchemas } from '@spbe-kit/interop';
 * bpsListItemSchemas.var.parse({ var_id: 1001, title: 'Jumlah Penduduk' }).var_id; // 1001
 * ```
 */
export const bpsListItemSchemas = {
  subject: z.looseObject({
    sub_id: idSchema,
    title: z.string(),
    subcat_id: absent(idSchema),
    subcat: absent(z.string()),
    ntabel: absent(z.number()),
  }),
  subcat: z.looseObject({ subcat_id: idSchema, title: z.string() }),
  var: z.looseObject({
    var_id: idSchema,
    title: z.string(),
    sub_id: absent(idSchema),
    sub_name: absent(z.string()),
    def: absent(z.string()),
    notes: absent(z.string()),
    unit: absent(z.string()),
    vertical: absent(idSchema),
  }),
  vervar: z.looseObject({
    kode_ver_id: idSchema,
    vervar: z.string(),
    item_ver_id: absent(idSchema),
    group_ver_id: absent(idSchema),
    name_group_ver_id: absent(z.string()),
  }),
  th: z.looseObject({ th_id: idSchema, th: wireString() }),
  turvar: z.looseObject({
    turvar_id: idSchema,
    turvar: z.string(),
    group_turvar_id: absent(idSchema),
    name_group_turvar: absent(z.string()),
  }),
  turth: z.looseObject({
    turth_id: idSchema,
    turth: z.string(),
    group_turth_id: absent(idSchema),
    name_group_turth: absent(z.string()),
  }),
  unit: z.looseObject({ unit_id: idSchema, unit: z.string() }),
  publication: z.looseObject({
    pub_id: idSchema,
    title: z.string(),
    issn: absent(z.string()),
    rl_date: absent(z.string()),
    pdf: absent(z.string()),
    cover: absent(z.string()),
  }),
  pressrelease: z.looseObject({
    brs_id: idSchema,
    title: z.string(),
    rl_date: absent(z.string()),
    pdf: absent(z.string()),
  }),
  statictable: z.looseObject({
    table_id: idSchema,
    title: z.string(),
    subj_id: absent(idSchema),
    subj: absent(z.string()),
    updt_date: absent(z.string()),
    excel: absent(z.string()),
  }),
  indicators: z.looseObject({
    indicator_id: idSchema,
    title: z.string(),
    value: absent(z.union([z.number(), z.string()])),
    unit: absent(z.string()),
  }),
  news: z.looseObject({
    news_id: idSchema,
    title: z.string(),
    newscat_id: absent(idSchema),
    newscat_name: absent(z.string()),
    rl_date: absent(z.string()),
  }),
  newscategory: z.looseObject({ newscat_id: idSchema, newscat_name: z.string() }),
  infographic: z.looseObject({ inf_id: idSchema, title: z.string(), img: absent(z.string()), dl: absent(z.string()) }),
} as const;

/**
 * The list models the client supports (`data` is read with `dynamicTable`).
 */
export type BpsListModel = keyof typeof bpsListItemSchemas;

/**
 * One item of a list of `model`.
 *
 * @example
 * ```ts
 * import { type BpsListItem, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const variable: BpsListItem<'var'> | undefined = await bps.view('var', { id: 1001, domain: bpsDomainIdSchema.parse('6400') });
 * ```
 */
export type BpsListItem<M extends BpsListModel> = z.output<(typeof bpsListItemSchemas)[M]>;

/**
 * A `{ val, label }` pair of a dynamic table's metadata arrays.
 *
 * @example
 * ```ts
 * import { bpsLabelledValueSchema } from '@spbe-kit/interop';
 * bpsLabelledValueSchema.parse({ val: 123, label: '2023' });
 * ```
 */
export const bpsLabelledValueSchema = z.looseObject({
  val: count(),
  label: wireString(),
});

/**
 * A dynamic table (`list` with `model=data`) as BPS sends it: metadata arrays and the
 * `datacontent` map whose keys concatenate vervar, var, turvar, tahun and turtahun ids.
 * Decode it with `decodeDynamicTable`.
 *
 * @example
 * ```ts
 * import { bpsDynamicTableSchema } from '@spbe-kit/interop';
 * bpsDynamicTableSchema.safeParse({ status: 'OK' }).success; // false
 * ```
 */
export const bpsDynamicTableSchema = z.looseObject({
  status: z.literal('OK'),
  'data-availability': z.literal('available'),
  last_update: absent(z.string()),
  subject: absent(z.array(bpsLabelledValueSchema)),
  var: z.array(
    bpsLabelledValueSchema.extend({
      unit: absent(z.string()),
      subj: absent(z.string()),
      def: absent(z.string()),
      // Sent as a number (2) or a string ("2", "") depending on the table.
      decimal: absent(wireString()),
      note: absent(z.string()),
    }),
  ),
  turvar: z.array(bpsLabelledValueSchema),
  labelvervar: z.string(),
  vervar: z.array(bpsLabelledValueSchema),
  tahun: z.array(bpsLabelledValueSchema),
  turtahun: z.array(bpsLabelledValueSchema),
  // A table that exists but has no data yet sends `"datacontent": []`: an empty table.
  datacontent: emptyArrayAsRecord(z.union([z.number(), z.string(), z.null()])),
});

/**
 * A dynamic table as BPS sends it.
 *
 * @example
 * ```ts
 * import { type BpsDynamicTable, bpsDynamicTableSchema } from '@spbe-kit/interop';
 * const raw: BpsDynamicTable = bpsDynamicTableSchema.parse(JSON.parse(savedResponse));
 * ```
 */
export type BpsDynamicTable = z.output<typeof bpsDynamicTableSchema>;
/**
 * A BPS domain.
 *
 * @example
 * ```ts
 * import type { BpsDomain } from '@spbe-kit/interop';
 * const domains: BpsDomain[] = await bps.listDomains({ type: 'prov' });
 * ```
 */
export type BpsDomain = z.output<typeof bpsDomainSchema>;
/**
 * The paging block of a BPS list.
 *
 * @example
 * ```ts
 * import { type BpsPagination, bpsDomainIdSchema } from '@spbe-kit/interop';
 * const { pagination }: { pagination: BpsPagination } = await bps.list('publication', { domain: bpsDomainIdSchema.parse('6400') });
 * ```
 */
export type BpsPagination = z.output<typeof bpsPaginationSchema>;

/**
 * The attribution BPS asks for wherever its data are shown.
 *
 * @example
 * ```ts
 * import { bpsAttribution } from '@spbe-kit/interop';
 * bpsAttribution.id; // 'Sumber: Badan Pusat Statistik (BPS)'
 * ```
 */
export const bpsAttribution = Object.freeze({
  id: 'Sumber: Badan Pusat Statistik (BPS)',
  en: 'Source: BPS-Statistics Indonesia',
});
