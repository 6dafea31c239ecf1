export { createMemoryStore, type MemoryStore } from './memory-store.js';
export { runStoreConformanceSuite, type StoreConformanceOptions, type StoreTamperer } from './conformance.js';
export { sampleEvent } from './sample-events.js';
