import { randomUUID } from 'node:crypto';
import { nipInputSchema } from '@spbe-kit/models';
import { z } from 'zod';
import { agencyParams } from '../assessments/assessment-schemas.js';
import type { PortalAudit } from '../audit/portal-audit.js';
import { hashPassword } from '../auth/password.js';
import { maxPasswordLength, passwordProblem } from '../auth/password-policy.js';
import { roles, type Role } from '../auth/roles.js';
import type { SessionUser } from '../auth/sessions.js';
import type { SqlExecutor } from '../db/driver.js';
import { ApiError, apiErrors } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';

const userParams = agencyParams.extend({ userId: z.uuid() });

interface AccountRow {
  id: string;
  username: string;
  role: Role;
  nip: string | null;
  disabled: boolean;
}

async function loadAccount(db: SqlExecutor, agencyId: string, userId: string): Promise<AccountRow> {
  const [row] = await db.query<AccountRow>(
    'SELECT id, username, role, nip, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1 AND agency_id = $2',
    [userId, agencyId],
  );
  if (!row) throw apiErrors.notFound({ id: 'Pengguna', en: 'User' });
  return row;
}

/** A weak new password: 400 naming the field, with the rule broken in both languages. */
export function weakPassword(field: string, problem: { id: string; en: string }): ApiError {
  return new ApiError(
    400,
    'user.weak_password',
    { id: 'Kata sandi baru belum memenuhi aturan.', en: 'The new password does not follow the rules.' },
    [{ code: 'user.weak_password', path: [field], message: problem }],
  );
}

/** The admin may not lock themselves out: own role and own account status are changed by another admin. */
function refuseOwnAccount(user: SessionUser | null, userId: string): void {
  if (user?.id === userId)
    throw apiErrors.conflict('user.own_account', {
      id: 'Peran dan status akun Anda sendiri diubah oleh admin lain.',
      en: 'Your own role and account status are changed by another admin.',
    });
}

/** The province coordinator role belongs to the province's own agency only. */
async function checkAssignable(db: SqlExecutor, agencyId: string, role: Role): Promise<void> {
  const [agency] = await db.query<{ kind: string }>('SELECT kind FROM agencies WHERE id = $1', [agencyId]);
  if (role === 'coordinator' && agency?.kind !== 'province') {
    const message = {
      id: 'Peran koordinator provinsi hanya untuk akun instansi provinsi.',
      en: 'The province coordinator role is only for accounts of the province’s agency.',
    };
    throw new ApiError(400, 'user.role_not_assignable', message, [
      { code: 'user.role_not_assignable', path: ['role'], message },
    ]);
  }
}

/** Personal data in a change record: the keyed pseudonym (the NIP's is the one "my data" looks up). */
const pseudonymised = (audit: PortalAudit, kind: 'nip' | 'name', value: string) =>
  `pseudonym:${audit.pseudonymOf(kind === 'nip' ? value : `name:${value}`)}`;

/** Ends every session of an account (disabled, or its password was reset). */
const endSessions = (tx: SqlExecutor, userId: string) => tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);

const createUserRoute = defineRoute({
  id: 'users.create',
  method: 'post',
  path: '/api/agencies/{agencyId}/users',
  summary: 'Admin: create an account in the agency (password rules apply; audited)',
  tag: 'users',
  access: { kind: 'permission', permission: 'users:manage', ownAgency: true },
  params: agencyParams,
  body: z.object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/),
    displayName: z.string().trim().min(1).max(120),
    role: z.enum(roles),
    password: z.string().min(1).max(maxPasswordLength),
    nip: nipInputSchema.optional(),
  }),
  status: 201,
  response: z.object({ id: z.string() }),
  async handler({ services, params, body, user }) {
    await checkAssignable(services.db, params.agencyId, body.role);
    const problem = passwordProblem(body.password, { username: body.username });
    if (problem) throw weakPassword('password', problem);
    const [taken] = await services.db.query('SELECT 1 FROM users WHERE username = $1', [body.username]);
    if (taken)
      throw apiErrors.conflict('user.username_taken', {
        id: `Nama pengguna ${body.username} sudah dipakai.`,
        en: `The username ${body.username} is already taken.`,
      });
    const id = randomUUID();
    const nip = body.nip === undefined ? null : String(body.nip);
    const passwordHash = await hashPassword(body.password);
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query(
          'INSERT INTO users (id, username, display_name, role, agency_id, password_hash, nip) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [id, body.username, body.displayName, body.role, params.agencyId, passwordHash, nip],
        );
      },
      {
        actor: user,
        category: 'privilege',
        action: 'user.create',
        outcome: 'success',
        resource: { type: 'user', id },
        ...(nip ? { subjectNips: [nip], purpose: 'employee.records' } : {}),
        change: {
          before: {},
          after: {
            username: body.username,
            displayName: pseudonymised(services.audit, 'name', body.displayName),
            role: body.role,
            nip: nip ? pseudonymised(services.audit, 'nip', nip) : null,
          },
        },
      },
    );
    return { id };
  },
});

const updateRoleRoute = defineRoute({
  id: 'users.update-role',
  method: 'put',
  path: '/api/agencies/{agencyId}/users/{userId}/role',
  summary: "Admin: assign an account's role (not one's own; audited with before/after)",
  tag: 'users',
  access: { kind: 'permission', permission: 'users:manage', ownAgency: true },
  params: userParams,
  body: z.object({ role: z.enum(roles) }),
  response: z.object({ id: z.string(), role: z.enum(roles) }),
  async handler({ services, params, body, user }) {
    refuseOwnAccount(user, params.userId);
    const row = await loadAccount(services.db, params.agencyId, params.userId);
    await checkAssignable(services.db, params.agencyId, body.role);
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query('UPDATE users SET role = $1 WHERE id = $2', [body.role, row.id]);
        // A new role takes effect at once: the account signs in again.
        await endSessions(tx, row.id);
      },
      {
        actor: user,
        category: 'privilege',
        action: 'user.role.update',
        outcome: 'success',
        resource: { type: 'user', id: row.id },
        change: { before: { role: row.role }, after: { role: body.role } },
      },
    );
    return { id: row.id, role: body.role };
  },
});

const updateStatusRoute = defineRoute({
  id: 'users.update-status',
  method: 'put',
  path: '/api/agencies/{agencyId}/users/{userId}/status',
  summary: 'Admin: disable an account (its sessions end at once) or enable it again (audited)',
  tag: 'users',
  access: { kind: 'permission', permission: 'users:manage', ownAgency: true },
  params: userParams,
  body: z.object({ disabled: z.boolean() }),
  response: z.object({ id: z.string(), disabled: z.boolean() }),
  async handler({ services, params, body, user }) {
    refuseOwnAccount(user, params.userId);
    const row = await loadAccount(services.db, params.agencyId, params.userId);
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query(`UPDATE users SET disabled_at = ${body.disabled ? 'now()' : 'NULL'} WHERE id = $1`, [row.id]);
        if (body.disabled) await endSessions(tx, row.id);
      },
      {
        actor: user,
        category: 'privilege',
        action: body.disabled ? 'user.disable' : 'user.enable',
        outcome: 'success',
        resource: { type: 'user', id: row.id },
        change: { before: { disabled: row.disabled }, after: { disabled: body.disabled } },
      },
    );
    return { id: row.id, disabled: body.disabled };
  },
});

const resetPasswordRoute = defineRoute({
  id: 'users.reset-password',
  method: 'put',
  path: '/api/agencies/{agencyId}/users/{userId}/password',
  summary: 'Admin: set a new password for an account (password rules apply; its sessions end; audited)',
  tag: 'users',
  access: { kind: 'permission', permission: 'users:manage', ownAgency: true },
  params: userParams,
  body: z.object({ password: z.string().min(1).max(maxPasswordLength) }),
  response: z.object({ id: z.string() }),
  async handler({ services, params, body, user }) {
    const row = await loadAccount(services.db, params.agencyId, params.userId);
    const problem = passwordProblem(body.password, { username: row.username });
    if (problem) throw weakPassword('password', problem);
    const passwordHash = await hashPassword(body.password);
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query('UPDATE users SET password_hash = $1, password_changed_at = now() WHERE id = $2', [
          passwordHash,
          row.id,
        ]);
        await endSessions(tx, row.id);
      },
      {
        actor: user,
        category: 'credential',
        action: 'user.password.reset',
        outcome: 'success',
        resource: { type: 'user', id: row.id },
      },
    );
    return { id: row.id };
  },
});

/** The admin's account management routes. */
export const userAdminRoutes = [createUserRoute, updateRoleRoute, updateStatusRoute, resetPasswordRoute];
