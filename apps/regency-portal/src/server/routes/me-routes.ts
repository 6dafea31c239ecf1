import { z } from 'zod';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { maxPasswordLength, passwordProblem } from '../auth/password-policy.js';
import { ApiError } from '../http/api-error.js';
import { defineRoute } from '../http/route.js';
import { weakPassword } from './user-admin-routes.js';

const changeOwnPasswordRoute = defineRoute({
  id: 'me.change-password',
  method: 'put',
  path: '/api/me/password',
  summary: 'Change my own password (the current one is required; my other sessions end; audited)',
  tag: 'users',
  access: { kind: 'session' },
  body: z.object({
    currentPassword: z.string().min(1).max(maxPasswordLength),
    newPassword: z.string().min(1).max(maxPasswordLength),
  }),
  response: z.object({ ok: z.literal(true) }),
  async handler({ services, body, session }) {
    const user = session!.user;
    const [row] = await services.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [
      user.id,
    ]);
    if (!row || !(await verifyPassword(body.currentPassword, row.password_hash))) {
      await services.audit.record({
        actor: user,
        category: 'credential',
        action: 'user.password.change',
        outcome: 'failure',
        reason: 'wrong-current-password',
      });
      const message = { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' };
      throw new ApiError(400, 'user.wrong_current_password', message, [
        { code: 'user.wrong_current_password', path: ['currentPassword'], message },
      ]);
    }
    const problem = passwordProblem(body.newPassword, {
      username: user.username,
      currentPassword: body.currentPassword,
    });
    if (problem) throw weakPassword('newPassword', problem);
    const passwordHash = await hashPassword(body.newPassword);
    await services.audit.change(
      services.db,
      async (tx) => {
        await tx.query('UPDATE users SET password_hash = $1, password_changed_at = now() WHERE id = $2', [
          passwordHash,
          user.id,
        ]);
        // Whoever else holds a session of this account (a stolen one) is signed out; this one continues.
        await tx.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [user.id, session!.tokenHash]);
      },
      { actor: user, category: 'credential', action: 'user.password.change', outcome: 'success' },
    );
    return { ok: true as const };
  },
});

/** Routes of the signed-in user's own account. */
export const meRoutes = [changeOwnPasswordRoute];
