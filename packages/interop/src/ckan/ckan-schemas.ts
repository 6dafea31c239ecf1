import { z } from 'zod';

// Every object is loose: portals add fields (extras, scheming plugins) that must pass through.

/**
 * A CKAN organisation as embedded in a dataset (for a regional portal: an OPD, a regional
 * government agency).
 *
 * @example
 * ```ts
 * import { ckanOrganizationRefSchema } from '@spbe-kit/interop';
 * ckanOrganizationRefSchema.parse({ id: 'x', name: 'dinas-kesehatan', title: 'Dinas Kesehatan' });
 * ```
 */
export const ckanOrganizationRefSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  type: z.string().optional(),
  description: z.string().nullish(),
  image_url: z.string().nullish(),
  is_organization: z.boolean().optional(),
});

/**
 * A CKAN group (topic).
 *
 * @example
 * ```ts
 * import { ckanGroupSchema } from '@spbe-kit/interop';
 * ckanGroupSchema.parse({ id: 'g', name: 'kesehatan' }).name; // 'kesehatan'
 * ```
 */
export const ckanGroupSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  display_name: z.string().optional(),
  description: z.string().nullish(),
  package_count: z.number().int().optional(),
});

/**
 * A tag of a dataset.
 *
 * @example
 * ```ts
 * import { ckanTagSchema } from '@spbe-kit/interop';
 * ckanTagSchema.parse({ name: 'kependudukan' });
 * ```
 */
export const ckanTagSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  display_name: z.string().optional(),
});

/**
 * A free key/value field of a dataset (`extras`); which keys exist varies per portal.
 *
 * @example
 * ```ts
 * import { ckanExtraSchema } from '@spbe-kit/interop';
 * ckanExtraSchema.parse({ key: 'frekuensi', value: 'tahunan' });
 * ```
 */
export const ckanExtraSchema = z.looseObject({
  key: z.string(),
  value: z.string(),
});

/**
 * A resource (a file, a link or a DataStore table) of a dataset.
 *
 * @example
 * ```ts
 * import { ckanResourceSchema } from '@spbe-kit/interop';
 * ckanResourceSchema.parse({ id: 'r1', format: 'CSV', datastore_active: true }).datastore_active; // true
 * ```
 */
export const ckanResourceSchema = z.looseObject({
  id: z.string(),
  package_id: z.string().optional(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  format: z.string().nullish(),
  url: z.string().nullish(),
  datastore_active: z.boolean().optional(),
  created: z.string().optional(),
  last_modified: z.string().nullish(),
  mimetype: z.string().nullish(),
  size: z.number().int().nullish(),
});

/**
 * A CKAN dataset (package) with its organisation, resources, tags, groups and extras.
 *
 * @example
 * ```ts
 * import { ckanPackageSchema } from '@spbe-kit/interop';
 * ckanPackageSchema.parse({ id: 'p1', name: 'jumlah-penduduk', custom_field: 'kept' }).custom_field; // 'kept'
 * ```
 */
export const ckanPackageSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  notes: z.string().nullish(),
  author: z.string().nullish(),
  author_email: z.string().nullish(),
  maintainer: z.string().nullish(),
  maintainer_email: z.string().nullish(),
  license_id: z.string().nullish(),
  license_title: z.string().nullish(),
  metadata_created: z.string().optional(),
  metadata_modified: z.string().optional(),
  private: z.boolean().optional(),
  state: z.string().optional(),
  type: z.string().optional(),
  owner_org: z.string().nullish(),
  organization: ckanOrganizationRefSchema.nullish(),
  num_resources: z.number().int().optional(),
  num_tags: z.number().int().optional(),
  resources: z.array(ckanResourceSchema).optional(),
  tags: z.array(ckanTagSchema).optional(),
  groups: z.array(ckanGroupSchema).optional(),
  extras: z.array(ckanExtraSchema).optional(),
});

/**
 * A CKAN organisation (`organization_show`, `organization_list` with `all_fields`).
 *
 * @example
 * ```ts
 * import { ckanOrganizationSchema } from '@spbe-kit/interop';
 * ckanOrganizationSchema.parse({ id: 'x', name: 'dinas-kesehatan', package_count: 4 }).package_count; // 4
 * ```
 */
export const ckanOrganizationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().optional(),
  display_name: z.string().optional(),
  description: z.string().nullish(),
  image_url: z.string().nullish(),
  created: z.string().optional(),
  is_organization: z.boolean().optional(),
  state: z.string().optional(),
  type: z.string().optional(),
  package_count: z.number().int().optional(),
  packages: z.array(ckanPackageSchema).optional(),
});

/**
 * The result of `package_search`: the total `count` and one page of datasets.
 *
 * @example
 * ```ts
 * import { ckanPackageSearchResultSchema } from '@spbe-kit/interop';
 * ckanPackageSearchResultSchema.parse({ count: 0, results: [] }).count; // 0
 * ```
 */
export const ckanPackageSearchResultSchema = z.looseObject({
  count: z.number().int().nonnegative(),
  results: z.array(ckanPackageSchema),
  facets: z.record(z.string(), z.unknown()).optional(),
  search_facets: z.record(z.string(), z.unknown()).optional(),
  sort: z.string().optional(),
});

/**
 * A column of a DataStore table.
 *
 * @example
 * ```ts
 * import { ckanDatastoreFieldSchema } from '@spbe-kit/interop';
 * ckanDatastoreFieldSchema.parse({ id: 'tahun', type: 'int4' });
 * ```
 */
export const ckanDatastoreFieldSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  info: z.record(z.string(), z.unknown()).optional(),
});

/**
 * The result of `datastore_search`: columns, one page of rows, the total and paging links.
 *
 * @example
 * ```ts
 * import { ckanDatastoreSearchResultSchema } from '@spbe-kit/interop';
 * ckanDatastoreSearchResultSchema.parse({ fields: [], records: [], total: 0 }).total; // 0
 * ```
 */
export const ckanDatastoreSearchResultSchema = z.looseObject({
  resource_id: z.string().optional(),
  include_total: z.boolean().optional(),
  records_format: z.string().optional(),
  fields: z.array(ckanDatastoreFieldSchema),
  // Rows are checked to be objects but not copied key by key: their columns are the table's own.
  records: z.array(
    z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
      message: 'Expected an object',
    }),
  ),
  total: z.number().int().nonnegative().optional(),
  total_was_estimated: z.boolean().optional(),
  limit: z.number().int().optional(),
  offset: z.number().int().optional(),
  _links: z.looseObject({ start: z.string().optional(), next: z.string().optional() }).optional(),
});

/**
 * The result of `status_show`: CKAN version and site details.
 *
 * @example
 * ```ts
 * import { ckanStatusSchema } from '@spbe-kit/interop';
 * ckanStatusSchema.parse({ ckan_version: '2.10.4', site_url: 'https://data.kaltimprov.go.id' }).ckan_version; // '2.10.4'
 * ```
 */
export const ckanStatusSchema = z.looseObject({
  site_title: z.string().optional(),
  site_url: z.string(),
  site_description: z.string().optional(),
  ckan_version: z.string(),
  error_emails_to: z.string().nullish(),
  locale_default: z.string().optional(),
  extensions: z.array(z.string()).optional(),
});

/**
 * CKAN's failure envelope: `{ success: false, error: { __type, message } }`.
 *
 * @example
 * ```ts
 * import { ckanErrorEnvelopeSchema } from '@spbe-kit/interop';
 * ckanErrorEnvelopeSchema.parse({ success: false, error: { __type: 'Not Found Error', message: 'Not found' } });
 * ```
 */
export const ckanErrorEnvelopeSchema = z.looseObject({
  help: z.string().optional(),
  success: z.literal(false),
  error: z.looseObject({ __type: z.string(), message: z.string().optional() }),
});

/**
 * CKAN's success envelope around an action's `result`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { ckanEnvelope } from '@spbe-kit/interop';
 * ckanEnvelope(z.array(z.string())).parse({ success: true, result: ['a'] }).result; // ['a']
 * ```
 */
export function ckanEnvelope<S extends z.ZodType>(result: S) {
  return z.looseObject({ help: z.string().optional(), success: z.literal(true), result });
}

/**
 * A CKAN dataset (package).
 *
 * @example
 * ```ts
 * const dataset: CkanPackage = await ckan.packageShow({ id: 'jumlah-penduduk-kalimantan-timur' });
 * dataset.organization?.title;
 * ```
 */
export type CkanPackage = z.output<typeof ckanPackageSchema>;
/**
 * A resource of a dataset.
 *
 * @example
 * ```ts
 * const resource: CkanResource = await ckan.resourceShow({ id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01' });
 * ```
 */
export type CkanResource = z.output<typeof ckanResourceSchema>;
/**
 * An organisation (OPD).
 *
 * @example
 * ```ts
 * const opd: CkanOrganization = await ckan.organizationShow({ id: 'dinas-kesehatan' });
 * ```
 */
export type CkanOrganization = z.output<typeof ckanOrganizationSchema>;
/**
 * A group (topic).
 *
 * @example
 * ```ts
 * const groups: CkanGroup[] = await ckan.groupList({ all_fields: true });
 * ```
 */
export type CkanGroup = z.output<typeof ckanGroupSchema>;
/**
 * The result of `package_search`.
 *
 * @example
 * ```ts
 * const page: CkanPackageSearchResult = await ckan.packageSearch({ q: 'penduduk' });
 * page.count;
 * ```
 */
export type CkanPackageSearchResult = z.output<typeof ckanPackageSearchResultSchema>;
/**
 * The result of `datastore_search`.
 *
 * @example
 * ```ts
 * const rows: CkanDatastoreSearchResult = await ckan.datastoreSearch({ resource_id: 'abc' });
 * rows.fields.map((field) => field.id);
 * ```
 */
export type CkanDatastoreSearchResult = z.output<typeof ckanDatastoreSearchResultSchema>;
/**
 * A column of a DataStore table.
 *
 * @example
 * ```ts
 * const columns: CkanDatastoreField[] = (await ckan.datastoreSearch({ resource_id: 'abc', limit: 0 })).fields;
 * ```
 */
export type CkanDatastoreField = z.output<typeof ckanDatastoreFieldSchema>;
/**
 * The result of `status_show`.
 *
 * @example
 * ```ts
 * const status: CkanStatus = await ckan.statusShow();
 * status.ckan_version; // '2.10.4'
 * ```
 */
export type CkanStatus = z.output<typeof ckanStatusSchema>;
