export { startCkanMock, type CkanMock, type CkanMockOptions } from './ckan-mock.js';
export {
  startMockServer,
  json,
  type MockServer,
  type MockRequest,
  type MockResponse,
  type MockServerSettings,
} from './mock-server.js';
export type { MockFault, FaultOptions, FaultController } from './faults.js';
export { kaltimRegencies, type KaltimRegency } from './kaltim-regencies.js';
export { startBpsMock, type BpsMock, type BpsMockOptions } from './bps-mock.js';
export { startSplpMock, type SplpMock, type SplpMockOptions, type SplpMockApplication } from './splp-mock.js';
export type { AgendaApiPaths } from './agenda-api.js';
