import {
  startBpsMock,
  startCkanMock,
  startSplpMock,
  type BpsMock,
  type CkanMock,
  type SplpMock,
} from '@spbe-kit/interop/testing';

/** The interop mocks the demo runs, and the environment that points the portal at them. */
export interface RunningMocks {
  env: Record<string, string>;
  list: { name: string; url: string }[];
  servers: { ckan: CkanMock; bps: BpsMock; splp: SplpMock };
  close(): Promise<void>;
}

/**
 * Starts the CKAN, BPS and SPLP mocks of `@spbe-kit/interop/testing` on loopback ports (demo and tests only:
 * a deployment points CKAN_URL, BPS_URL and SPLP_URL at the real services).
 */
export async function startInteropMocks(): Promise<RunningMocks> {
  const [ckan, bps, splp] = await Promise.all([startCkanMock(), startBpsMock(), startSplpMock()]);
  return {
    env: {
      CKAN_URL: ckan.baseUrl,
      CKAN_API_TOKEN: ckan.apiToken,
      BPS_URL: bps.baseUrl,
      BPS_API_KEY: bps.key,
      SPLP_URL: splp.gatewayUrl,
      SPLP_TENANT: splp.tenantDomain,
      SPLP_CONSUMER_KEY: splp.consumerKey,
      SPLP_CONSUMER_SECRET: splp.consumerSecret,
    },
    list: [
      { name: 'CKAN (Satu Data)', url: ckan.baseUrl },
      { name: 'BPS WebAPI', url: bps.baseUrl },
      { name: 'SPLP', url: splp.gatewayUrl },
    ],
    servers: { ckan, bps, splp },
    close: async () => {
      await Promise.all([ckan.close(), bps.close(), splp.close()]);
    },
  };
}
