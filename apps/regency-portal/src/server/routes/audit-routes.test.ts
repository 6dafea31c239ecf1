import { verifyProofBundle } from '@spbe-kit/audit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

describe.each(databaseKinds)('audit trail and personal data on %s', (kind) => {
  let portal: TestPortal;
  let admin: TestAgent;
  let auditor: TestAgent;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind);
    admin = await portal.login('admin.balikpapan');
    auditor = await portal.login('auditor.balikpapan');
  });
  afterAll(async () => portal?.close());

  it.skipIf(skipDatabase(kind))(
    'lists users with the NIP masked and logs every full-NIP read with a pseudonymised subject',
    async () => {
      const users = await admin.json<{ users: { id: string; username: string; nipMasked: string }[] }>(
        'GET',
        '/api/agencies/64.71/users',
      );
      expect(users.status).toBe(200);
      const operator = users.body.users.find((user) => user.username === 'operator.balikpapan')!;
      expect(operator.nipMasked).toMatch(/^•{15}\d{3}$/);
      const before = await portal.services.audit.log.size();
      const revealed = await admin.json<{ nip: string }>(
        'GET',
        `/api/agencies/64.71/users/${operator.id}/personal-data`,
      );
      expect(revealed.body.nip).toMatch(/^\d{18}$/);
      const entry = await portal.services.audit.log.get(before);
      expect(entry.event.category).toBe('personal-data');
      expect(entry.event.subjects?.[0]?.pseudonym).toBe(portal.services.audit.pseudonymOf(revealed.body.nip));
      expect(JSON.stringify(entry.event)).not.toContain(revealed.body.nip);
      // the auditor sees the masked list but may not read the full NIP
      expect((await auditor.request('GET', `/api/agencies/64.71/users/${operator.id}/personal-data`)).status).toBe(403);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'shows failed and throttled sign-ins in a stream the admin and auditor see, filtered by action, outcome, date',
    async () => {
      const fail = (username: string) =>
        portal.anonymous.request('POST', '/api/auth/login', { username, password: 'salah' });
      for (let attempt = 0; attempt < 4; attempt++) await fail('operator.balikpapan');
      await fail('tidak.ada');
      await fail('admin.samarinda');
      type Events = { events: { action: string; outcome: string; reason: string | null; timestamp: string }[] };
      for (const reader of [admin, auditor]) {
        const stream = await reader.json<Events>('GET', '/api/agencies/64.71/audit/events?stream=sign-in&limit=20');
        expect(stream.status).toBe(200);
        expect(stream.body.events.every((event) => event.action === 'auth.login')).toBe(true);
        const outcomes = stream.body.events.map((event) => `${event.outcome}:${event.reason ?? ''}`);
        expect(outcomes).toContain('denied:rate-limited.account-address');
        // three failures on the Balikpapan account, one on a name that is no account; not Samarinda's
        expect(outcomes.filter((outcome) => outcome === 'failure:')).toHaveLength(4);
      }
      const denied = await admin.json<Events>('GET', '/api/agencies/64.71/audit/events?action=auth.&outcome=denied');
      expect(denied.body.events.map((event) => event.reason)).toEqual(['rate-limited.account-address']);
      const today = new Date().toISOString().slice(0, 10);
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      expect((await admin.json<Events>('GET', `/api/agencies/64.71/audit/events?to=${yesterday}`)).body.events).toEqual(
        [],
      );
      expect(
        (await admin.json<Events>('GET', `/api/agencies/64.71/audit/events?from=${today}&limit=5`)).body.events,
      ).toHaveLength(5);
      expect((await admin.request('GET', '/api/agencies/64.71/audit/events?from=kemarin')).status).toBe(400);
      expect((await admin.request('GET', '/api/agencies/64.71/audit/events?outcome=ok')).status).toBe(400);
      await portal.services.db.query('DELETE FROM login_failures');
    },
  );

  it.skipIf(skipDatabase(kind))('validates NIP corrections with the models’ NIP schema', async () => {
    const users = await admin.json<{ users: { id: string; username: string }[] }>('GET', '/api/agencies/64.71/users');
    const asesorId = users.body.users.find((user) => user.username === 'asesor.balikpapan')!.id;
    const invalid = await admin.json<{ error: { issues: { path: string[] }[] } }>(
      'PUT',
      `/api/agencies/64.71/users/${asesorId}/nip`,
      { nip: '19861326 201505 1 001' },
    );
    expect(invalid.status).toBe(400);
    const ok = await admin.json<{ nipMasked: string }>('PUT', `/api/agencies/64.71/users/${asesorId}/nip`, {
      nip: '19900101 201801 2 003',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.nipMasked).toBe('•••••••••••••••003');
  });

  it.skipIf(skipDatabase(kind))('shows a person who processed their data (UU PDP Pasal 32)', async () => {
    const operator = await portal.login('operator.balikpapan');
    const mine = await operator.json<{
      hasNip: boolean;
      events: { action: string; actorRole: string; purpose: string }[];
    }>('GET', '/api/me/personal-data-processing');
    expect(mine.status).toBe(200);
    expect(mine.body.hasNip).toBe(true);
    expect(mine.body.events.map((event) => event.action)).toContain('user.nip.read');
    expect(mine.body.events[0]!.actorRole).toBe('admin');
    expect(mine.body.events[0]!.purpose).toBe('employee.verification');
  });

  it.skipIf(skipDatabase(kind))('verifies the log live and exports a proof bundle that verifies offline', async () => {
    const integrity = await auditor.json<{
      ok: boolean;
      size: number;
      verifierKey: string;
      origin: string;
      checkpoint: { size: number; note: string };
    }>('GET', '/api/agencies/64.71/audit/integrity');
    expect(integrity.status).toBe(200);
    expect(integrity.body.ok).toBe(true);
    expect(integrity.body.checkpoint.note.startsWith(`${integrity.body.origin}\n`)).toBe(true);
    const events = await auditor.json<{ events: { index: number; action: string }[] }>(
      'GET',
      '/api/agencies/64.71/audit/events?limit=20',
    );
    expect(events.body.events.length).toBeGreaterThan(0);
    const index = events.body.events[0]!.index;
    const download = await auditor.request('GET', `/api/agencies/64.71/audit/events/${index}/bundle`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const verified = await verifyProofBundle(await download.text(), {
      origin: integrity.body.origin,
      verifierKeys: [integrity.body.verifierKey],
    });
    expect(verified.index).toBe(index);
    // another agency's admin cannot fetch this agency's bundles
    const samarinda = await portal.login('admin.samarinda');
    expect((await samarinda.request('GET', `/api/agencies/64.71/audit/events/${index}/bundle`)).status).toBe(403);
    expect((await samarinda.request('GET', `/api/agencies/64.72/audit/events/${index}/bundle`)).status).toBe(404);
  });
});
