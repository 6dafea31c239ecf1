import { z } from 'zod';
import { bpsDomainIdSchema } from './bps-domain.js';

const idSchema = z.union([z.number(), z.string()]);

/**
 * The paging block that opens every BPS list: `{ page, pages, per_page, count, total }`.
 *
 * @example
 * ```ts
 * import { bpsPaginationSchema } from '@spbe-kit/interop';
 * bpsPaginationSchema.parse({ page: 1, pages: 2, per_page: 10, count: 10, total: 12 }).pages; // 2
 * ```
 */
export const bpsPaginationSchema = z.looseObject({
  page: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative(),
  per_page: z.number().int().nonnegative().optional(),
  count: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative(),
});

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
  domain_url: z.string().optional(),
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
    subcat_id: idSchema.optional(),
    subcat: z.string().optional(),
    ntabel: z.number().nullish(),
  }),
  subcat: z.looseObject({ subcat_id: idSchema, title: z.string() }),
  var: z.looseObject({
    var_id: idSchema,
    title: z.string(),
    sub_id: idSchema.optional(),
    sub_name: z.string().optional(),
    def: z.string().nullish(),
    notes: z.string().nullish(),
    unit: z.string().nullish(),
    vertical: idSchema.optional(),
  }),
  vervar: z.looseObject({
    kode_ver_id: idSchema,
    vervar: z.string(),
    item_ver_id: idSchema.optional(),
    group_ver_id: idSchema.optional(),
    name_group_ver_id: z.string().optional(),
  }),
  th: z.looseObject({ th_id: idSchema, th: z.string() }),
  turvar: z.looseObject({
    turvar_id: idSchema,
    turvar: z.string(),
    group_turvar_id: idSchema.optional(),
    name_group_turvar: z.string().optional(),
  }),
  turth: z.looseObject({
    turth_id: idSchema,
    turth: z.string(),
    group_turth_id: idSchema.optional(),
    name_group_turth: z.string().optional(),
  }),
  unit: z.looseObject({ unit_id: idSchema, unit: z.string() }),
  publication: z.looseObject({
    pub_id: idSchema,
    title: z.string(),
    issn: z.string().nullish(),
    rl_date: z.string().nullish(),
    pdf: z.string().nullish(),
    cover: z.string().nullish(),
  }),
  pressrelease: z.looseObject({
    brs_id: idSchema,
    title: z.string(),
    rl_date: z.string().nullish(),
    pdf: z.string().nullish(),
  }),
  statictable: z.looseObject({
    table_id: idSchema,
    title: z.string(),
    subj_id: idSchema.optional(),
    subj: z.string().optional(),
    updt_date: z.string().nullish(),
    excel: z.string().nullish(),
  }),
  indicators: z.looseObject({
    indicator_id: idSchema,
    title: z.string(),
    value: z.union([z.number(), z.string()]).nullish(),
    unit: z.string().nullish(),
  }),
} as const;

/**
 * The list models the client supports (`data` is read with `dynamicTable`).
 *
 * @example
 * ```ts
 * const model: BpsListModel = 'publication';
 * ```
 */
export type BpsListModel = keyof typeof bpsListItemSchemas;

/**
 * One item of a list of `model`.
 *
 * @example
 * ```ts
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
  val: z.number().int().nonnegative(),
  label: z.string(),
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
  last_update: z.string().optional(),
  subject: z.array(bpsLabelledValueSchema).optional(),
  var: z.array(
    bpsLabelledValueSchema.extend({
      unit: z.string().optional(),
      subj: z.string().optional(),
      def: z.string().optional(),
      decimal: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  turvar: z.array(bpsLabelledValueSchema),
  labelvervar: z.string(),
  vervar: z.array(bpsLabelledValueSchema),
  tahun: z.array(bpsLabelledValueSchema),
  turtahun: z.array(bpsLabelledValueSchema),
  datacontent: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

/**
 * A dynamic table as BPS sends it.
 *
 * @example
 * ```ts
 * const raw: BpsDynamicTable = bpsDynamicTableSchema.parse(JSON.parse(savedResponse));
 * ```
 */
export type BpsDynamicTable = z.output<typeof bpsDynamicTableSchema>;
/**
 * A BPS domain.
 *
 * @example
 * ```ts
 * const domains: BpsDomain[] = await bps.listDomains({ type: 'prov' });
 * ```
 */
export type BpsDomain = z.output<typeof bpsDomainSchema>;
/**
 * The paging block of a BPS list.
 *
 * @example
 * ```ts
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
