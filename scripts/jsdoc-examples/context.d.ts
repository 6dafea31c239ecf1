// The names the JSDoc examples of spbe-kit assume, with their real types. An example is a short
// snippet in a context: "`log` is your audit log", "`ckan` is a CKAN client". The examples check
// (scripts/docs-check.mjs) type-checks every example against the built packages with these names in
// scope, so an example that misuses the API still fails the gate.
import type {
  AuditLog,
  AuditStore,
  CheckpointTrust,
  NoteSigner,
  TileSource,
  WitnessEndpoint,
  Witness,
} from '@spbe-kit/audit';
import type { PGliteLike, PgPoolLike, PostgresDriver } from '@spbe-kit/audit/postgres';
import type {
  BpsClient,
  CkanClient,
  DecodedDynamicTable,
  DynamicTableRow,
  SplpApi,
  SplpClient,
} from '@spbe-kit/interop';
import type { AuditEvent } from '@spbe-kit/models';
import type { Cosigner, WitnessOptions } from '@spbe-kit/audit';

declare global {
  /** An audit log (`createAuditLog`). */
  const log: AuditLog;
  /** Where the application records its calls to other services (an `@spbe-kit/audit` log, a table, ...). */
  const auditLog: { append(record: unknown): Promise<unknown> };
  /** An audit-log store. */
  const store: AuditStore;
  /** A PostgreSQL driver (`pgDriver` or `pgliteDriver`). */
  const driver: PostgresDriver;
  /** A `pg` pool. */
  const pool: PgPoolLike;
  /** An embedded PGlite database. */
  const db: PGliteLike;
  /** A checkpoint signer (`createNoteSigner`). */
  const signer: NoteSigner;
  /** A C2SP signer key (`PRIVATE+KEY+…`), kept secret. */
  const signerKey: string;
  /** A C2SP verifier key (`name+id+key`), published. */
  const verifierKey: string;
  const logKey: string;
  const logVerifierKey: string;
  const witnessKey: string;
  const witnessSignerKey: string;
  const witnessVerifierKey: string;
  const provinceKey: string;
  const provinceWitnessKey: string;
  /** A raw Ed25519 public key (32 bytes). */
  const publicKey: Uint8Array;
  /** A cosigner of a witness (`createCosigner`). */
  const cosigner: Cosigner;
  /** The options of a witness (`createWitness`). */
  const options: WitnessOptions;
  /** An audit event, as the application records it. */
  const event: AuditEvent;
  /** The origin line of a log's checkpoints (`audit.balikpapan.go.id/simpeg`). */
  const origin: string;
  /** A Merkle proof: one 32-byte hash per level. */
  const proof: Uint8Array[];
  /** The data of one leaf, and its hash. */
  const leafData: Uint8Array;
  const leafHash: Uint8Array;
  /** Tree roots (32 bytes each). */
  const root: Uint8Array;
  const root1: Uint8Array;
  const root2: Uint8Array;
  /** The directory of a file store. */
  const directory: string;
  /** Whatever a `catch` caught. */
  const error: unknown;
  /** A parsed JSON body whose shape is not known yet. */
  const json: unknown;
  const raw: unknown;
  /** A decoded BPS dynamic table, and one of its rows. */
  const table: DecodedDynamicTable;
  const row: DynamicTableRow;
  /** A signed note: a checkpoint with its signature lines. */
  const note: string;
  const signedCheckpoint: string;
  const cosignedNote: string;
  /** A proof bundle (`formatProofBundle`). */
  const text: string;
  /** The body of a witness's add-checkpoint request. */
  const requestBody: string;
  /** A root hash, base64. */
  const rootBase64: string;
  /** The bytes of one log entry (a leaf). */
  const entryBytes: Uint8Array;
  /** The tiles of a log. */
  const source: TileSource;
  /** Who the checkpoints must be signed by. */
  const trust: CheckpointTrust;
  /** A witness (`createWitness`). */
  const witness: Witness;
  /** The province's witness. */
  const province: WitnessEndpoint;
  /** A CKAN client (`createCkanClient`). */
  const ckan: CkanClient;
  /** A BPS WebAPI client (`createBpsClient`). */
  const bps: BpsClient;
  /** An SPLP gateway client (`createSplpClient`). */
  const splp: SplpClient;
  /** One API behind the SPLP gateway (`splp.api(...)`). */
  const agenda: SplpApi;
  /** A saved BPS response body (JSON text). */
  const savedResponse: string;
  /** A 32-byte key for keyed pseudonyms, from the operator's secret store. */
  const operatorKey: Uint8Array;
  const keyFromSecretStore: Uint8Array;
  /** Metrics of the application. */
  const metrics: { count(name: string): void };
}
