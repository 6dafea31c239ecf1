import { IdentifierError, maskNip, nipInputSchema } from '@spbe-kit/models';
import { z } from 'zod';
import { roleLabels, roles } from '../auth/roles.js';
import type { SqlExecutor } from '../db/driver.js';
import { apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import { agencyParams } from '../assessments/assessment-schemas.js';
import { meRoutes } from './me-routes.js';
import { userAdminRoutes } from './user-admin-routes.js';

/** A NIP shown in lists: only the serial, never the birth date or appointment month (personal data, UU PDP). */
function maskedNip(nip: string | null): string | null {
  if (!nip) return null;
  try {
    return maskNip(nip, { maskCharacter: '•' });
  } catch (error) {
    // A stored value that is not 18 digits is shown fully masked rather than failing the list.
    if (IdentifierError.isInstance(error)) return '•'.repeat(18);
    throw error;
  }
}

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  roleLabel: z.object({ id: z.string(), en: z.string() }),
  nipMasked: z.string().nullable(),
  disabled: z.boolean(),
});

const userParams = agencyParams.extend({ userId: z.uuid() });

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: (typeof roles)[number];
  nip: string | null;
  disabled?: boolean;
}

const listUsersRoute = defineRoute({
  id: 'users.list',
  method: 'get',
  path: '/api/agencies/{agencyId}/users',
  summary: "The agency's accounts, NIP masked",
  tag: 'users',
  access: { kind: 'permission', permission: 'users:read', ownAgency: true },
  params: agencyParams,
  response: z.object({ users: z.array(userSchema) }),
  async handler({ services, params }) {
    const rows = await services.db.query<UserRow>(
      'SELECT id, username, display_name, role, nip, disabled_at IS NOT NULL AS disabled FROM users WHERE agency_id = $1 ORDER BY username',
      [params.agencyId],
    );
    return {
      users: rows.map((row) => ({
        id: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        roleLabel: roleLabels[row.role],
        nipMasked: maskedNip(row.nip),
        disabled: row.disabled === true,
      })),
    };
  },
});

async function loadUser(services: { db: SqlExecutor }, agencyId: string, userId: string): Promise<UserRow> {
  const [row] = await services.db.query<UserRow>(
    'SELECT id, username, display_name, role, nip FROM users WHERE id = $1 AND agency_id = $2',
    [userId, agencyId],
  );
  if (!row) throw apiErrors.notFound({ id: 'Pengguna', en: 'User' });
  return row;
}

const revealNipRoute = defineRoute({
  id: 'users.personal-data',
  method: 'get',
  path: '/api/agencies/{agencyId}/users/{userId}/personal-data',
  summary: "Admin: show a person's full NIP (recorded as personal-data processing, UU PDP Pasal 31)",
  tag: 'users',
  access: { kind: 'permission', permission: 'users:read-personal', ownAgency: true },
  params: userParams,
  query: z.object({
    purpose: z.enum(['employee.verification', 'assessment.assignment']).default('employee.verification'),
  }),
  response: z.object({ id: z.string(), nip: z.string().nullable() }),
  async handler({ services, params, query, user }) {
    const row = await loadUser(services, params.agencyId, params.userId);
    await services.audit.record({
      actor: user,
      category: 'personal-data',
      action: 'user.nip.read',
      outcome: 'success',
      resource: { type: 'user', id: row.id },
      ...(row.nip ? { subjectNips: [row.nip] } : {}),
      purpose: query.purpose,
    });
    return { id: row.id, nip: row.nip };
  },
});

const updateNipRoute = defineRoute({
  id: 'users.update-nip',
  method: 'put',
  path: '/api/agencies/{agencyId}/users/{userId}/nip',
  summary: "Admin: correct a person's NIP (validated; recorded as personal-data processing)",
  tag: 'users',
  access: { kind: 'permission', permission: 'users:read-personal', ownAgency: true },
  params: userParams,
  body: z.object({ nip: nipInputSchema }),
  response: z.object({ id: z.string(), nipMasked: z.string().nullable() }),
  async handler({ services, params, body, user }) {
    const row = await loadUser(services, params.agencyId, params.userId);
    const nip = String(body.nip);
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query('UPDATE users SET nip = $1 WHERE id = $2', [nip, row.id]);
      },
      {
        actor: user,
        category: 'personal-data',
        action: 'user.nip.update',
        outcome: 'success',
        resource: { type: 'user', id: row.id },
        subjectNips: [...new Set([row.nip, nip].filter((value): value is string => Boolean(value)))],
        purpose: 'employee.records',
      },
    );
    return { id: row.id, nipMasked: maskedNip(nip) };
  },
});

/** Every user route. */
export const userRoutes = [listUsersRoute, revealNipRoute, updateNipRoute, ...userAdminRoutes, ...meRoutes];
