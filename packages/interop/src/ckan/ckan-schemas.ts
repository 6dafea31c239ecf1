import { z } from 'zod';
import { absent, wireInt } from '../http/wire.js';

// Every object is loose: portals add fields (extras, scheming plugins) that must pass through.
// Fields are strict about the types our output promises and tolerant about the wire: a count sent
// as a string is a number, `null` for an optional field reads as absent (see http/wire.ts).

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
  title: absent(z.string()),
  type: absent(z.string()),
  description: z.string().nullish(),
  image_url: z.string().nullish(),
  is_organization: absent(z.boolean()),
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
  title: absent(z.string()),
  display_name: absent(z.string()),
  description: z.string().nullish(),
  package_count: absent(wireInt()),
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
  id: absent(z.string()),
  name: z.string(),
  display_name: absent(z.string()),
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
  package_id: absent(z.string()),
  name: z.string().nullish(),
  description: z.string().nullish(),
  format: z.string().nullish(),
  url: z.string().nullish(),
  datastore_active: absent(z.boolean()),
  created: absent(z.string()),
  last_modified: z.string().nullish(),
  mimetype: z.string().nullish(),
  size: absent(wireInt()),
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
  title: absent(z.string()),
  notes: z.string().nullish(),
  author: z.string().nullish(),
  author_email: z.string().nullish(),
  maintainer: z.string().nullish(),
  maintainer_email: z.string().nullish(),
  license_id: z.string().nullish(),
  license_title: z.string().nullish(),
  metadata_created: absent(z.string()),
  metadata_modified: absent(z.string()),
  private: absent(z.boolean()),
  state: absent(z.string()),
  type: absent(z.string()),
  owner_org: z.string().nullish(),
  organization: ckanOrganizationRefSchema.nullish(),
  num_resources: absent(wireInt()),
  num_tags: absent(wireInt()),
  resources: absent(z.array(ckanResourceSchema)),
  tags: absent(z.array(ckanTagSchema)),
  groups: absent(z.array(ckanGroupSchema)),
  extras: absent(z.array(ckanExtraSchema)),
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
  title: absent(z.string()),
  display_name: absent(z.string()),
  description: z.string().nullish(),
  image_url: z.string().nullish(),
  created: absent(z.string()),
  is_organization: absent(z.boolean()),
  state: absent(z.string()),
  type: absent(z.string()),
  package_count: absent(wireInt()),
  packages: absent(z.array(ckanPackageSchema)),
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
  count: wireInt().pipe(z.number().nonnegative()),
  results: z.array(ckanPackageSchema),
  facets: absent(z.record(z.string(), z.unknown())),
  search_facets: absent(z.record(z.string(), z.unknown())),
  sort: absent(z.string()),
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
  info: absent(z.record(z.string(), z.unknown())),
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
  resource_id: absent(z.string()),
  include_total: absent(z.boolean()),
  records_format: absent(z.string()),
  fields: z.array(ckanDatastoreFieldSchema),
  // Rows are checked to be objects in one pass and never copied: their columns are the table's own.
  records: z.array(
    z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
      message: 'Expected an object',
    }),
  ),
  total: absent(wireInt().pipe(z.number().nonnegative())),
  total_was_estimated: absent(z.boolean()),
  limit: absent(wireInt()),
  offset: absent(wireInt()),
  _links: absent(z.looseObject({ start: absent(z.string()), next: absent(z.string()) })),
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
  site_title: absent(z.string()),
  site_url: z.string(),
  site_description: absent(z.string()),
  ckan_version: z.string(),
  error_emails_to: z.string().nullish(),
  locale_default: absent(z.string()),
  /**
   * The enabled plugins: a list of names in CKAN itself; some plugins replace `status_show` and
   * send a map instead (ckanext-berlinauth: `{ "stats": { "version": "unknown" } }`), which passes
   * through as it is.
   */
  extensions: absent(z.union([z.array(z.string()), z.record(z.string(), z.unknown())])),
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
  help: absent(z.string()),
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
  return z.looseObject({ help: absent(z.string()), success: z.literal(true), result });
}

/**
 * A CKAN dataset (package).
 *
 * @example
 * ```ts
 * import type { CkanPackage } from '@spbe-kit/interop';
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
 * import type { CkanResource } from '@spbe-kit/interop';
 * const resource: CkanResource = await ckan.resourceShow({ id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01' });
 * ```
 */
export type CkanResource = z.output<typeof ckanResourceSchema>;
/**
 * An organisation (OPD).
 *
 * @example
 * ```ts
 * import type { CkanOrganization } from '@spbe-kit/interop';
 * const opd: CkanOrganization = await ckan.organizationShow({ id: 'dinas-kesehatan' });
 * ```
 */
export type CkanOrganization = z.output<typeof ckanOrganizationSchema>;
/**
 * A group (topic).
 *
 * @example
 * ```ts
 * import type { CkanGroup } from '@spbe-kit/interop';
 * const groups: CkanGroup[] = await ckan.groupList({ all_fields: true });
 * ```
 */
export type CkanGroup = z.output<typeof ckanGroupSchema>;
/**
 * The result of `package_search`.
 *
 * @example
 * ```ts
 * import type { CkanPackageSearchResult } from '@spbe-kit/interop';
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
 * import type { CkanDatastoreSearchResult } from '@spbe-kit/interop';
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
 * import type { CkanDatastoreField } from '@spbe-kit/interop';
 * const columns: CkanDatastoreField[] = (await ckan.datastoreSearch({ resource_id: 'abc', limit: 0 })).fields;
 * ```
 */
export type CkanDatastoreField = z.output<typeof ckanDatastoreFieldSchema>;
/**
 * The result of `status_show`.
 *
 * @example
 * ```ts
 * import type { CkanStatus } from '@spbe-kit/interop';
 * const status: CkanStatus = await ckan.statusShow();
 * status.ckan_version; // '2.10.4'
 * ```
 */
export type CkanStatus = z.output<typeof ckanStatusSchema>;
