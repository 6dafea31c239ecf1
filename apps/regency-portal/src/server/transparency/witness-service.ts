import { createCosigner, createWitness } from '@spbe-kit/audit';
import type { PostgresDriver } from '@spbe-kit/audit/postgres';
import { createPostgresWitnessState, createWitnessHandler } from '@spbe-kit/audit/witness';
import type { SqlDriver, SqlExecutor } from '../db/driver.js';

const asDriver = (executor: SqlExecutor): Pick<PostgresDriver, 'query'> => ({
  query: async (sql, params) => ({ rows: await executor.query<Record<string, unknown>>(sql, params) }),
});

/**
 * The province's witness (C2SP tlog-witness) for its regencies' audit logs, with its state in the portal's
 * own database (schema `portal_witness`), as a fetch handler mounted at `/witness/`.
 */
export async function createProvinceWitness(
  db: SqlDriver,
  options: { signerKey: string; logs: readonly { origin: string; key: string }[] },
): Promise<{ handler: (request: Request) => Promise<Response>; verifierKey: string }> {
  const driver: PostgresDriver = {
    ...asDriver(db),
    transaction: (work) => db.transaction((tx) => work(asDriver(tx))),
    close: () => Promise.resolve(),
  };
  const cosigner = await createCosigner(options.signerKey);
  const witness = await createWitness({
    cosigners: [cosigner],
    logs: options.logs.map((log) => ({ origin: log.origin, verifierKeys: [log.key] })),
    state: await createPostgresWitnessState({ driver, schema: 'portal_witness' }),
  });
  const handler = createWitnessHandler(witness, {
    prefix: '/witness',
    onRefusal: (error) => console.error(`witness refused a checkpoint: ${error.format('en')}`),
  });
  return { handler, verifierKey: cosigner.verifierKey };
}
