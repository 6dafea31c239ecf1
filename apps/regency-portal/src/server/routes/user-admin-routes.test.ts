import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

const a = '/api/agencies/64.71';
const strong = 'kuda-laut-biru-2026';

interface ErrorBody {
  error: {
    code: string;
    messages: { id: string; en: string };
    issues: { path: string[]; message: { id: string; en: string } }[];
  };
}

describe.each(databaseKinds)('account management on %s', (kind) => {
  let portal: TestPortal;
  let admin: TestAgent;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind);
    admin = await portal.login('admin.balikpapan');
  });
  afterAll(async () => portal?.close());

  const createUser = (username: string, extra: Record<string, unknown> = {}) =>
    admin.json<{ id: string } & ErrorBody>('POST', `${a}/users`, {
      username,
      displayName: 'Petugas Baru',
      role: 'operator',
      password: strong,
      ...extra,
    });

  it.skipIf(skipDatabase(kind))('creates an account that can sign in, audited with the NIP pseudonymised', async () => {
    const created = await createUser('Petugas.Baru', { nip: '1986 0926 2015 0510 09' });
    expect(created.status).toBe(201);
    const agent = await portal.login('petugas.baru', strong);
    expect((await agent.json<{ user: { role: string } }>('GET', '/api/auth/session')).body.user.role).toBe('operator');
    const events = await admin.json<{
      events: { action: string; change: { after: Record<string, unknown> } | null; subjects: number }[];
    }>('GET', `${a}/audit/events?action=user.create`);
    const event = events.body.events[0]!;
    expect(event.subjects).toBe(1);
    expect(event.change?.after.role).toBe('operator');
    expect(String(event.change?.after.nip)).toMatch(/^pseudonym:[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(events.body)).not.toContain('198609262015051009');
    expect(JSON.stringify(events.body)).not.toContain('Petugas Baru');
  });

  it.skipIf(skipDatabase(kind))('refuses a weak password, naming the rule in both languages', async () => {
    for (const [password, rule] of [
      ['pendek', 'too short'],
      ['xx-petugas.lemah-xx', 'username'],
      ['aaaaaaaaaaaaaaaa', 'repeated'],
    ] as const) {
      const response = await createUser('petugas.lemah', { password });
      expect(response.status, password).toBe(400);
      expect(response.body.error.code).toBe('user.weak_password');
      expect(response.body.error.issues[0]!.message.en).toContain(rule);
      expect(response.body.error.issues[0]!.message.id.length).toBeGreaterThan(10);
      expect(response.body.error.issues[0]!.path).toEqual(['password']);
    }
    expect((await createUser('admin.balikpapan')).body.error.code).toBe('user.username_taken');
    expect((await createUser('koordinator.baru', { role: 'coordinator' })).body.error.code).toBe(
      'user.role_not_assignable',
    );
  });

  it.skipIf(skipDatabase(kind))('changes a role with before/after; the account signs in again', async () => {
    const { body } = await createUser('petugas.peran');
    const agent = await portal.login('petugas.peran', strong);
    const changed = await admin.json('PUT', `${a}/users/${body.id}/role`, { role: 'asesor' });
    expect(changed.status).toBe(200);
    expect((await agent.request('GET', '/api/auth/session')).status).toBe(401);
    const again = await portal.login('petugas.peran', strong);
    expect((await again.json<{ user: { role: string } }>('GET', '/api/auth/session')).body.user.role).toBe('asesor');
    const events = await admin.json<{ events: { change: unknown; actionLabel: { id: string } }[] }>(
      'GET',
      `${a}/audit/events?action=user.role.update`,
    );
    expect(events.body.events[0]).toMatchObject({
      change: { before: { role: 'operator' }, after: { role: 'asesor' } },
      actionLabel: { id: 'Mengubah peran akun' },
    });
  });

  it.skipIf(skipDatabase(kind))('disables an account at once and enables it again; never one’s own', async () => {
    const { body } = await createUser('petugas.nonaktif');
    const agent = await portal.login('petugas.nonaktif', strong);
    expect((await admin.json('PUT', `${a}/users/${body.id}/status`, { disabled: true })).status).toBe(200);
    expect((await agent.request('GET', '/api/auth/session')).status).toBe(401);
    await expect(portal.login('petugas.nonaktif', strong)).rejects.toThrow(/401/);
    const list = await admin.json<{ users: { username: string; disabled: boolean }[] }>('GET', `${a}/users`);
    expect(list.body.users.find((user) => user.username === 'petugas.nonaktif')?.disabled).toBe(true);
    await admin.json('PUT', `${a}/users/${body.id}/status`, { disabled: false });
    await portal.login('petugas.nonaktif', strong);
    const self = list.body.users.find((user) => user.username === 'admin.balikpapan') as unknown as { id: string };
    const own = await admin.json<ErrorBody>('PUT', `${a}/users/${self.id}/status`, { disabled: true });
    expect([own.status, own.body.error.code]).toEqual([409, 'user.own_account']);
  });

  it.skipIf(skipDatabase(kind))('resets a password: the old one stops working, sessions end', async () => {
    const { body } = await createUser('petugas.lupa');
    const agent = await portal.login('petugas.lupa', strong);
    const reset = await admin.json('PUT', `${a}/users/${body.id}/password`, { password: 'pasir-putih-manggar-7' });
    expect(reset.status).toBe(200);
    expect((await agent.request('GET', '/api/auth/session')).status).toBe(401);
    await expect(portal.login('petugas.lupa', strong)).rejects.toThrow(/401/);
    await portal.login('petugas.lupa', 'pasir-putih-manggar-7');
  });

  it.skipIf(skipDatabase(kind))('lets a user change their own password with the current one', async () => {
    await createUser('petugas.sendiri');
    const agent = await portal.login('petugas.sendiri', strong);
    const other = await portal.login('petugas.sendiri', strong);
    const wrong = await agent.json<ErrorBody>('PUT', '/api/me/password', {
      currentPassword: 'bukan-kata-sandi',
      newPassword: 'teluk-balikpapan-99',
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'user.wrong_current_password']);
    expect(wrong.body.error.issues[0]!.path).toEqual(['currentPassword']);
    const same = await agent.json<ErrorBody>('PUT', '/api/me/password', {
      currentPassword: strong,
      newPassword: strong,
    });
    expect(same.body.error.issues[0]!.path).toEqual(['newPassword']);
    const ok = await agent.json('PUT', '/api/me/password', {
      currentPassword: strong,
      newPassword: 'teluk-balikpapan-99',
    });
    expect(ok.status).toBe(200);
    // This session continues; the other one (perhaps stolen) ends.
    expect((await agent.request('GET', '/api/auth/session')).status).toBe(200);
    expect((await other.request('GET', '/api/auth/session')).status).toBe(401);
    await portal.login('petugas.sendiri', 'teluk-balikpapan-99');
    const events = await admin.json<{ events: { outcome: string; reasonLabel: { en: string } | null }[] }>(
      'GET',
      `${a}/audit/events?action=user.password.change`,
    );
    expect(events.body.events.map((event) => event.outcome)).toEqual(['success', 'failure']);
    expect(events.body.events[1]!.reasonLabel?.en).toBe('wrong current password');
  });
});
