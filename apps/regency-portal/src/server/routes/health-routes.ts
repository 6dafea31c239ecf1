import { z } from 'zod';
import { defineRoute } from '../http/route.js';

export const healthRoute = defineRoute({
  id: 'health',
  method: 'get',
  path: '/api/health',
  summary: 'Liveness and database check',
  tag: 'system',
  access: { kind: 'public' },
  response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
  async handler({ services }) {
    await services.db.query('SELECT 1');
    return { status: 'ok' as const, database: services.db.kind };
  },
});
