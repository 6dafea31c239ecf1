import { describe, expectTypeOf, it } from 'vitest';
import type { BpsDomain, BpsDynamicTable, BpsPagination } from './bps/bps-schemas.js';
import type { PackageCreateParams } from './ckan/ckan-client.js';
import type {
  CkanDatastoreSearchResult,
  CkanOrganization,
  CkanPackage,
  CkanPackageSearchResult,
  CkanResource,
  CkanStatus,
} from './ckan/ckan-schemas.js';
import type {
  $defs as BpsDefs,
  components as Bps,
  operations as BpsOperations,
  webhooks as BpsWebhooks,
} from './generated/bps.js';
import type {
  $defs as CkanDefs,
  components as Ckan,
  operations as CkanOperations,
  webhooks as CkanWebhooks,
} from './generated/ckan.js';
import type {
  $defs as AgendaDefs,
  components as Agenda,
  operations as AgendaOperations,
  webhooks as AgendaWebhooks,
} from './generated/splp-example-agenda.js';
import type {
  $defs as SplpDefs,
  components as Splp,
  operations as SplpOperations,
  paths as SplpPaths,
  webhooks as SplpWebhooks,
} from './generated/splp.js';
import type { AgendaApiPaths } from './testing/agenda-api.js';
import type { SplpGatewayFault, SplpTokenResponse } from './splp/splp-schemas.js';

// Compile-time checks (run by `pnpm typecheck`): what the zod schemas return fits the types
// openapi-typescript generated from the same OpenAPI documents.
describe('zod schemas and generated types agree', () => {
  it('CKAN', () => {
    expectTypeOf<CkanPackage>().toExtend<Ckan['schemas']['Package']>();
    expectTypeOf<CkanResource>().toExtend<Ckan['schemas']['Resource']>();
    expectTypeOf<CkanOrganization>().toExtend<Ckan['schemas']['Organization']>();
    expectTypeOf<CkanPackageSearchResult>().toExtend<Ckan['schemas']['PackageSearchResult']>();
    expectTypeOf<CkanDatastoreSearchResult>().toExtend<Ckan['schemas']['DatastoreSearchResult']>();
    expectTypeOf<CkanStatus>().toExtend<Ckan['schemas']['StatusShow']>();
    expectTypeOf<CkanOperations['package_show']['parameters']['query']['id']>().toEqualTypeOf<string>();
    expectTypeOf<PackageCreateParams['name']>().toEqualTypeOf<Ckan['schemas']['PackageCreateRequest']['name']>();
    expectTypeOf<NonNullable<PackageCreateParams['tags']>[number]>().toExtend<Ckan['schemas']['TagInput']>();
    expectTypeOf<NonNullable<PackageCreateParams['extras']>[number]>().toExtend<Ckan['schemas']['Extra']>();
    expectTypeOf<NonNullable<PackageCreateParams['private']>>().toEqualTypeOf<
      NonNullable<Ckan['schemas']['PackageCreateRequest']['private']>
    >();
    expectTypeOf<CkanOperations['package_create']['requestBody']['content']['application/json']>().toEqualTypeOf<
      Ckan['schemas']['PackageCreateRequest']
    >();
  });

  it('BPS', () => {
    expectTypeOf<BpsDomain>().toExtend<Bps['schemas']['Domain']>();
    expectTypeOf<BpsPagination>().toExtend<Bps['schemas']['Pagination']>();
    expectTypeOf<BpsDynamicTable>().toExtend<Bps['schemas']['DynamicTableResponse']>();
    expectTypeOf<BpsOperations['list']['parameters']['query']['model']>().toEqualTypeOf<Bps['schemas']['ListModel']>();
  });

  it('SPLP', () => {
    expectTypeOf<SplpTokenResponse>().toExtend<Splp['schemas']['TokenResponse']>();
    expectTypeOf<SplpGatewayFault>().toExtend<Splp['schemas']['GatewayFault']>();
    expectTypeOf<SplpOperations['requestToken']>().toEqualTypeOf<SplpPaths['/oauth2/token']['post']>();
    expectTypeOf<AgendaApiPaths['/api/agenda/{id}']['get']>().toEqualTypeOf<AgendaOperations['getAgenda']>();
    expectTypeOf<Agenda['schemas']['AgendaItem']['kegiatan']>().toEqualTypeOf<string>();
  });

  it('none of the documents declares webhooks or $defs', () => {
    expectTypeOf<CkanWebhooks & BpsWebhooks & SplpWebhooks & AgendaWebhooks>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<CkanDefs & BpsDefs & SplpDefs & AgendaDefs>().toEqualTypeOf<Record<string, never>>();
  });
});
