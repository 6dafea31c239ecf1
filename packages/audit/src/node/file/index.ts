/**
 * `@spbe-kit/audit/file` (Node.js): the file store (append-only segments, group commit, crash
 * recovery) and a native SHA-256.
 *
 * @packageDocumentation
 */
export { createFileStore, type FileStore, type FileStoreOptions, type FileStoreRecovery } from './file-store.js';
export { nodeSha256 } from './node-sha256.js';
