import { describe, it } from 'vitest';
import type { AuditStore } from '../store.js';
import { runStoreConformanceSuite } from './conformance.js';
import { createMemoryStore, type MemoryStore } from './memory-store.js';

const flip = (bytes: Uint8Array, at = 0): Uint8Array => {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 1;
  return copy;
};
const memory = (store: AuditStore) => store as MemoryStore;

runStoreConformanceSuite({
  name: 'memory',
  createStore: () => Promise.resolve(createMemoryStore()),
  describe,
  it,
  tamper: {
    changeEntry: (store, index) => {
      const entry = memory(store).entries[index]!;
      entry.leafData = flip(entry.leafData, 20);
      return Promise.resolve();
    },
    changeLeafHash: (store, index) => {
      const level = memory(store).levels[0]!;
      level[index] = flip(level[index]!);
      return Promise.resolve();
    },
    changeNode: (store, level, index) => {
      const nodes = memory(store).levels[level]!;
      nodes[index] = flip(nodes[index]!);
      return Promise.resolve();
    },
    deleteEntry: (store, index) => {
      memory(store).entries.splice(index, 1);
      return Promise.resolve();
    },
    swapEntries: (store, a, b) => {
      const entries = memory(store).entries;
      [entries[a], entries[b]] = [entries[b]!, entries[a]!];
      return Promise.resolve();
    },
    insertEntry: (store, index) => {
      const entries = memory(store).entries;
      entries.splice(index, 0, { ...entries[0]! });
      return Promise.resolve();
    },
  },
});
