import {
  createBpsClient,
  createCkanClient,
  createSplpClient,
  type BpsClient,
  type CkanClient,
  type SplpClient,
} from '@spbe-kit/interop';
import type { PortalConfig } from '../config.js';

/** The government APIs the portal calls, through `@spbe-kit/interop` (null when not configured). */
export interface InteropClients {
  ckan: CkanClient | null;
  ckanUrl: string | null;
  bps: BpsClient | null;
  splp: SplpClient | null;
}

/**
 * Creates the clients from the configuration; every call carries the portal's client identity.
 * @example
 * const interop = createInteropClients(config);
 */
export function createInteropClients(config: PortalConfig): InteropClients {
  const common = {
    attemptTimeoutMs: 5000,
    totalTimeoutMs: 15_000,
    identity: { regionCode: config.CLIENT_REGION_CODE, application: config.CLIENT_APPLICATION },
  };
  return {
    ckan: config.CKAN_URL
      ? createCkanClient({
          baseUrl: config.CKAN_URL,
          ...(config.CKAN_API_TOKEN ? { apiToken: config.CKAN_API_TOKEN } : {}),
          ...common,
        })
      : null,
    ckanUrl: config.CKAN_URL ?? null,
    bps:
      config.BPS_URL && config.BPS_API_KEY
        ? createBpsClient({ baseUrl: config.BPS_URL, key: config.BPS_API_KEY, ...common })
        : null,
    splp:
      config.SPLP_URL && config.SPLP_CONSUMER_KEY && config.SPLP_CONSUMER_SECRET
        ? createSplpClient({
            gatewayUrl: config.SPLP_URL,
            tenantDomain: config.SPLP_TENANT,
            auth: {
              type: 'oauth2-client-credentials',
              consumerKey: config.SPLP_CONSUMER_KEY,
              consumerSecret: config.SPLP_CONSUMER_SECRET,
            },
            ...common,
          })
        : null,
  };
}
