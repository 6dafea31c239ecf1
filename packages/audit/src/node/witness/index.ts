/**
 * `@spbe-kit/audit/witness` (Node.js): a C2SP tlog-witness as a fetch handler, with its state in files
 * or in PostgreSQL. The witness itself (`createWitness`), cosignatures and witness policies are in the
 * browser-safe main entry.
 *
 * @packageDocumentation
 */
export { createWitnessHandler, type WitnessHandlerOptions } from './witness-handler.js';
export { createFileWitnessState, type FileWitnessState } from './file-witness-state.js';
export { createPostgresWitnessState, type PostgresWitnessState } from './postgres-witness-state.js';
export { toNodeListener } from './node-listener.js';
