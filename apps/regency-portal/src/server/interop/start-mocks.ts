import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

/** Where the demo keeps its CKAN mock (datasets and files published to it, and its port) across restarts. */
export interface MockStateOptions {
  /** The portal's data directory; without it the mocks keep nothing (tests). */
  dataDir?: string;
  /** Start the CKAN mock fresh (the demo's `--reset`). */
  reset?: boolean;
}

/**
 * The CKAN mock of the demo: with a data directory it keeps its datasets and uploaded files in
 * `ckan-mock.json` and comes back on the same port, so the links the portal stored keep working after a restart.
 * When that port is taken by another program it starts on a free one (the old links then break).
 */
async function startDemoCkan({ dataDir, reset = false }: MockStateOptions): Promise<CkanMock> {
  if (!dataDir) return startCkanMock();
  const stateFile = path.join(dataDir, 'ckan-mock.json');
  const portFile = path.join(dataDir, 'ckan-mock.port');
  await mkdir(dataDir, { recursive: true });
  if (reset) await Promise.all([rm(stateFile, { force: true }), rm(portFile, { force: true })]);
  const saved = Number.parseInt(await readFile(portFile, 'utf8').catch(() => ''), 10);
  const port = Number.isInteger(saved) && saved > 0 && saved < 65536 ? saved : undefined;
  const ckan = await startCkanMock({ stateFile, port }).catch((error: unknown) => {
    if (port === undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.warn(`CKAN mock: port ${port} is in use, starting on a free port (links to earlier packages break)`);
    return startCkanMock({ stateFile });
  });
  await writeFile(portFile, new URL(ckan.baseUrl).port);
  return ckan;
}

/**
 * Starts the CKAN, BPS and SPLP mocks of `@spbe-kit/interop/testing` on loopback ports (demo and tests only:
 * a deployment points CKAN_URL, BPS_URL and SPLP_URL at the real services).
 */
export async function startInteropMocks(options: MockStateOptions = {}): Promise<RunningMocks> {
  const [ckan, bps, splp] = await Promise.all([startDemoCkan(options), startBpsMock(), startSplpMock()]);
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
