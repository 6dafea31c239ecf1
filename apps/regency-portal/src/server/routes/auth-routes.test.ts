import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestPortal } from '../testing/test-portal.js';

describe.each(databaseKinds)('sign-in and sessions on %s', (kind) => {
  let portal: TestPortal;
  beforeAll(async () => {
    if (!skipDatabase(kind)) portal = await createTestPortal(kind);
  });
  afterAll(async () => portal?.close());

  it.skipIf(skipDatabase(kind))(
    'signs in with the right password and sets a HttpOnly, SameSite=Strict cookie',
    async () => {
      const response = await portal.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'operator.balikpapan', password: 'demo-spbe-2025' }),
      });
      expect(response.status).toBe(200);
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^spbe_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      const body = (await response.json()) as {
        user: { role: string; agency: { regionCode: string } };
        csrfToken: string;
      };
      expect(body.user.role).toBe('operator');
      expect(body.user.agency.regionCode).toBe('64.71');
      expect(body.csrfToken.length).toBeGreaterThan(30);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'rejects a wrong password with 401 and the same message as an unknown user',
    async () => {
      const wrong = await portal.anonymous.json<{ error: { code: string } }>('POST', '/api/auth/login', {
        username: 'admin.samarinda',
        password: 'nope',
      });
      const unknown = await portal.anonymous.json<{ error: { code: string } }>('POST', '/api/auth/login', {
        username: 'nobody',
        password: 'nope',
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.error.code).toBe(unknown.body.error.code);
    },
  );

  it.skipIf(skipDatabase(kind))('rate-limits repeated failures for a username with 429 and Retry-After', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const failed = await portal.anonymous.request('POST', '/api/auth/login', {
        username: 'auditor.balikpapan',
        password: 'wrong',
      });
      expect(failed.status).toBe(401);
    }
    const limited = await portal.anonymous.request('POST', '/api/auth/login', {
      username: 'auditor.balikpapan',
      password: 'demo-spbe-2025',
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it.skipIf(skipDatabase(kind))('validates the login body', async () => {
    const missing = await portal.anonymous.json<{ error: { code: string; issues: { path: string[] }[] } }>(
      'POST',
      '/api/auth/login',
      { username: '' },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['username', 'password']),
    );
    const notJson = await portal.anonymous.request('POST', '/api/auth/login', 'username=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(415);
  });

  it.skipIf(skipDatabase(kind))('needs a session, and the CSRF token for changes', async () => {
    expect((await portal.anonymous.request('GET', '/api/auth/session')).status).toBe(401);
    const admin = await portal.login('admin.balikpapan');
    expect((await admin.request('GET', '/api/auth/session')).status).toBe(200);
    const withoutToken = await admin.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(withoutToken.status).toBe(403);
    expect((await admin.request('POST', '/api/auth/logout')).status).toBe(200);
    expect((await admin.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it.skipIf(skipDatabase(kind))('records sign-ins in the audit log without personal data in clear text', async () => {
    const size = await portal.services.audit.log.size();
    await portal.login('asesor.balikpapan');
    expect(await portal.services.audit.log.size()).toBe(size + 1);
    const entry = await portal.services.audit.log.get(size);
    expect(entry.event.action).toBe('auth.login');
    expect(entry.event.outcome).toBe('success');
    expect(JSON.stringify(entry.event)).not.toContain('asesor.balikpapan');
  });

  it.skipIf(skipDatabase(kind))('sends security headers with a strict CSP', async () => {
    const response = await portal.app.request('/api/health');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
