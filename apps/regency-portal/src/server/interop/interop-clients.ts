import { createBpsClient, createCkanClient, type BpsClient, type CkanClient } from '@spbe-kit/interop';
import type { PortalConfig } from '../config.js';

/** The government APIs the portal calls, through `@spbe-kit/interop` (null when not configured). */
export interface InteropClients {
  ckan: CkanClient | null;
  ckanUrl: string | null;
  bps: BpsClient | null;
}

/**
 * Creates the clients from the configuration; every call carries the portal's client identity.
 * @example
 * const interop = createInteropClients(config);
 */
export function createInteropClients(config: PortalConfig): InteropClients {
  const common = { attemptTimeoutMs: 5000, totalTimeoutMs: 15_000 };
  return {
    ckan: config.CKAN_URL ? createCkanClient({ baseUrl: config.CKAN_URL, ...(config.CKAN_API_TOKEN ? { apiToken: config.CKAN_API_TOKEN } : {}), ...common }) : null,
    ckanUrl: config.CKAN_URL ?? null,
    bps: config.BPS_URL && config.BPS_API_KEY ? createBpsClient({ baseUrl: config.BPS_URL, key: config.BPS_API_KEY, ...common }) : null,
  };
}
