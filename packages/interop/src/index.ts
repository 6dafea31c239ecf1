export {
  createCkanClient,
  type CkanClientOptions,
  type PackageSearchParams,
  type DatastoreSearchParams,
  type ListParams,
  type PackageCreateParams,
  type PackageUpdateParams,
  type WriteCallOptions,
  type CkanClient,
} from './ckan/ckan-client.js';
export {
  ckanEnvelope,
  ckanOrganizationRefSchema,
  ckanGroupSchema,
  ckanTagSchema,
  ckanExtraSchema,
  ckanResourceSchema,
  ckanPackageSchema,
  ckanOrganizationSchema,
  ckanPackageSearchResultSchema,
  ckanDatastoreFieldSchema,
  ckanDatastoreSearchResultSchema,
  ckanStatusSchema,
  ckanErrorEnvelopeSchema,
  type CkanPackage,
  type CkanResource,
  type CkanOrganization,
  type CkanGroup,
  type CkanPackageSearchResult,
  type CkanDatastoreSearchResult,
  type CkanDatastoreField,
  type CkanStatus,
} from './ckan/ckan-schemas.js';
export { InteropError, type CallDescription, type InteropErrorOptions } from './errors/interop-error.js';
export type { InteropErrorCode } from './errors/error-codes.js';
export { GatewayError, type GatewayErrorOptions } from './errors/gateway-error.js';
export { ProviderError, type ProviderErrorOptions } from './errors/provider-error.js';
export { MissingCredentialsError, type MissingCredentialsErrorOptions } from './errors/missing-credentials-error.js';
export { RequestValidationError, type RequestValidationErrorOptions } from './errors/request-validation-error.js';
export { NetworkError, type NetworkErrorOptions } from './errors/network-error.js';
export { TimeoutError, type TimeoutErrorOptions } from './errors/timeout-error.js';
export { ResponseValidationError, type ResponseValidationErrorOptions } from './errors/response-validation-error.js';
export {
  newRequestId,
  redactUrl,
  type ClientIdentity,
  type CallOptions,
  interopHeaders,
} from './http/call-identity.js';
export { type CallRecord, type AttemptEvent, type RetryEvent, type InteropHooks } from './http/hooks.js';
export { type FetchFunction, type InteropClientOptions } from './http/client-options.js';
export {
  resolveRetryPolicy,
  backoffDelayMs,
  parseRetryAfter,
  type RetryPolicy,
  type ResolvedRetryPolicy,
  defaultRetryPolicy,
} from './http/retry-policy.js';
export { createRateLimiter, type RateLimiterOptions, type RateLimiter } from './http/rate-limiter.js';
export {
  createBpsClient,
  type BpsClientOptions,
  type BpsListParams,
  type BpsListPage,
  type BpsDynamicTableParams,
  type BpsClient,
} from './bps/bps-client.js';
export {
  bpsPaginationSchema,
  bpsDomainSchema,
  bpsListItemSchemas,
  type BpsListModel,
  type BpsListItem,
  bpsLabelledValueSchema,
  bpsDynamicTableSchema,
  type BpsDynamicTable,
  type BpsDomain,
  type BpsPagination,
  bpsAttribution,
} from './bps/bps-schemas.js';
export {
  toBpsDomainId,
  bpsDomainLevel,
  kemendagriCodeOfDomain,
  bpsDomainIdSchema,
  type BpsDomainId,
  type BpsDomainLevel,
} from './bps/bps-domain.js';
export {
  tryDecodeDynamicTable,
  decodeDynamicTable,
  type DynamicTableLabel,
  type DynamicTableRow,
  type DecodedDynamicTable,
  type DynamicTableDecoding,
} from './bps/dynamic-table.js';
export {
  createSplpClient,
  type SplpClientOptions,
  type SplpApiOptions,
  type SplpRequestOptions,
  type SplpApi,
  type SplpClient,
} from './splp/splp-client.js';
export { type SplpOAuth2Auth, type SplpApiKeyAuth, type SplpNoAuth, type SplpAuth } from './splp/splp-auth.js';
export {
  splpTokenResponseSchema,
  splpGatewayFaultSchema,
  splpOAuthErrorSchema,
  type SplpTokenResponse,
  type SplpGatewayFault,
} from './splp/splp-schemas.js';
export { gatewayFaultCode } from './splp/gateway-faults.js';
