// Regenerates src/generated/portal-api.ts from the OpenAPI document (`--check` only verifies it is current).
import { spawnSync } from 'node:child_process';

const check = process.argv.includes('--check');
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', 'src/server/http/generated-client.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_GENERATED: check ? '0' : '1' },
});
process.exit(result.status ?? 1);
