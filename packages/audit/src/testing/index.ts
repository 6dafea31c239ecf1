/**
 * `@spbe-kit/audit/testing`: an in-memory store and the store conformance suite, to test applications
 * and your own stores the way this package tests its own.
 *
 * @packageDocumentation
 */
export { createMemoryStore, type MemoryStore } from './memory-store.js';
export { runStoreConformanceSuite, type StoreConformanceOptions, type StoreTamperer } from './conformance.js';
export { sampleEvent } from './sample-events.js';
