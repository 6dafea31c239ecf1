import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import type { PortalServices } from '../services.js';

const access = { kind: 'permission', permission: 'audit:read', ownAgency: true } as const;
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Every signed checkpoint, after signing a fresh one when the log has grown. */
async function signedCheckpoints(services: PortalServices): Promise<{ size: number; note: string }[]> {
  await services.audit.freshCheckpoint();
  return services.audit.checkpoints();
}

const listCheckpointsRoute = defineRoute({
  id: 'audit.checkpoints',
  method: 'get',
  path: '/api/agencies/{agencyId}/audit/checkpoints',
  summary: "The log's signed checkpoints (C2SP signed notes), oldest first; a fresh one is signed when the log grew",
  tag: 'audit',
  access,
  params: agencyParams,
  response: z.object({ checkpoints: z.array(z.object({ size: z.number().int(), note: z.string() })) }),
  async handler({ services }) {
    return { checkpoints: await signedCheckpoints(services) };
  },
});

const checkpointNoteRoute = defineRoute({
  id: 'audit.checkpoint',
  method: 'get',
  path: '/api/agencies/{agencyId}/audit/checkpoints/{size}',
  summary: 'Download one signed checkpoint (the file `spbe audit verify-checkpoints` reads)',
  tag: 'audit',
  access,
  params: agencyParams.extend({ size: z.coerce.number().int().min(1) }),
  binary: { contentType: 'text/plain' },
  async handler({ services, params }) {
    const found = (await services.audit.checkpoints()).find((checkpoint) => checkpoint.size === params.size);
    if (!found)
      throw apiErrors.notFound({ id: `Checkpoint ukuran ${params.size}`, en: `Checkpoint of size ${params.size}` });
    return new Response(found.note, {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="checkpoint-${params.size}.txt"`,
      },
    });
  },
});

const consistencyRoute = defineRoute({
  id: 'audit.consistency',
  method: 'get',
  path: '/api/agencies/{agencyId}/audit/consistency',
  summary:
    'Download the consistency proof between two signed checkpoints (the JSON of `spbe audit prove --consistency`), verifiable offline with `spbe audit verify-checkpoints`',
  tag: 'audit',
  access,
  params: agencyParams,
  query: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
  binary: { contentType: 'application/json' },
  async handler({ services, query }) {
    if (query.from > query.to) {
      const message = {
        id: 'Ukuran checkpoint lama (from) harus ≤ ukuran yang baru (to).',
        en: 'The older checkpoint size (from) must be ≤ the newer one (to).',
      };
      throw new ApiError(400, 'audit.consistency_order', message, [
        { code: 'audit.consistency_order', path: ['from'], message },
      ]);
    }
    const sizes = new Set((await services.audit.checkpoints()).map((checkpoint) => checkpoint.size));
    for (const size of [query.from, query.to])
      if (!sizes.has(size))
        throw apiErrors.notFound({ id: `Checkpoint ukuran ${size}`, en: `Checkpoint of size ${size}` });
    const proof = await services.audit.log.proveConsistency(query.from, query.to);
    const value = {
      type: 'consistency',
      size1: proof.size1,
      size2: proof.size2,
      root1: base64(proof.root1),
      root2: base64(proof.root2),
      proof: proof.proof.map(base64),
    };
    return new Response(`${JSON.stringify(value, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="consistency-${query.from}-${query.to}.json"`,
      },
    });
  },
});

/** Checkpoints and the consistency proofs between them. */
export const checkpointRoutes = [listCheckpointsRoute, checkpointNoteRoute, consistencyRoute];
