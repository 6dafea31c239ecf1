export { createFileStore, type FileStore, type FileStoreOptions, type FileStoreRecovery } from './file-store.js';
export { nodeSha256 } from './node-sha256.js';
