import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import type { AnyRoute } from '../http/route.js';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';
import { allRoutes } from './index.js';

/** Ids the sample requests need, found in the seeded portal. */
interface Fixture {
  draftId: string;
  lockedId: string;
  fileId: string;
  userId: string;
  eventIndex: number;
  inventoryId: string;
  datasetId: string;
  /** An account no agent uses: role changes and password resets on it end no test session. */
  spareUserId: string;
  requestId: string;
  checkpointSize: number;
}

interface SampleRequest {
  path: string;
  body?: unknown;
  form?: () => FormData;
  /** A request the route must reject with 400 (bad path, query or body). */
  invalid?: { path: string; body?: unknown };
}

const a = '/api/agencies/64.71';

/** Who may call what — written out by hand so a change to the permission table must also change this test. */
const expected: Record<
  string,
  { roles: readonly Role[] | 'public' | 'session'; sample: (f: Fixture) => SampleRequest }
> = {
  health: { roles: 'public', sample: () => ({ path: '/api/health' }) },
  'auth.login': {
    roles: 'public',
    sample: () => ({
      path: '/api/auth/login',
      body: { username: 'x', password: 'y' },
      invalid: { path: '/api/auth/login', body: { username: 1 } },
    }),
  },
  'auth.logout': { roles: 'session', sample: () => ({ path: '/api/auth/logout' }) },
  'auth.session': { roles: 'session', sample: () => ({ path: '/api/auth/session' }) },
  'assessments.list': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: () => ({ path: `${a}/assessments` }),
  },
  'assessments.create': {
    roles: ['admin'],
    sample: () => ({
      path: `${a}/assessments`,
      body: { year: 2030, methodology: 'pemdi-2026' },
      invalid: { path: `${a}/assessments`, body: { year: 'next' } },
    }),
  },
  'assessments.get': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: (f) => ({ path: `${a}/assessments/${f.draftId}`, invalid: { path: `${a}/assessments/not-a-uuid` } }),
  },
  'assessments.self-assessment': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      path: `${a}/assessments/${f.draftId}/indicators/2/self-assessment`,
      body: { selfValue: '2' },
      invalid: { path: `${a}/assessments/${f.draftId}/indicators/2/self-assessment`, body: { selfValue: 'two' } },
    }),
  },
  'assessments.assessor-review': {
    roles: ['asesor'],
    sample: (f) => ({
      path: `${a}/assessments/${f.lockedId}/indicators/2/assessor-review`,
      body: { assessorValue: '2' },
      invalid: { path: `${a}/assessments/${f.lockedId}/indicators/2/assessor-review`, body: { assessorValue: [] } },
    }),
  },
  'assessments.submit': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      path: `${a}/assessments/${f.lockedId}/submit`,
      body: {},
      invalid: { path: `${a}/assessments/${f.lockedId}/submit`, body: { note: 5 } },
    }),
  },
  'assessments.verify': {
    roles: ['asesor'],
    sample: (f) => ({
      path: `${a}/assessments/${f.lockedId}/verify`,
      body: {},
      invalid: { path: `${a}/assessments/${f.lockedId}/verify`, body: { note: 5 } },
    }),
  },
  'assessments.return': {
    roles: ['asesor'],
    sample: (f) => ({
      path: `${a}/assessments/${f.lockedId}/return`,
      body: {},
      invalid: { path: `${a}/assessments/${f.lockedId}/return`, body: { note: 5 } },
    }),
  },
  'assessments.evidence-upload': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      path: `${a}/assessments/${f.draftId}/indicators/3/evidence`,
      form: () => {
        const form = new FormData();
        form.set('file', new File(['%PDF-1.4 sample'], 'bukti.pdf', { type: 'application/pdf' }));
        return form;
      },
      invalid: { path: `${a}/assessments/${f.draftId}/indicators/zero/evidence` },
    }),
  },
  'assessments.evidence-download': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: (f) => ({
      path: `${a}/assessments/${f.draftId}/evidence/${f.fileId}`,
      invalid: { path: `${a}/assessments/${f.draftId}/evidence/1` },
    }),
  },
  'assessments.evidence-delete': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      // an unknown file: the allowed roles get 404, the fixture's file stays for the download route
      path: `${a}/assessments/${f.draftId}/evidence/00000000-0000-4000-8000-000000000000`,
      invalid: { path: `${a}/assessments/${f.draftId}/evidence/1` },
    }),
  },
  'assessments.export': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: (f) => ({ path: `${a}/assessments/${f.lockedId}/export`, invalid: { path: `${a}/assessments/x/export` } }),
  },
  'assessments.workbook': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: (f) => ({
      path: `${a}/assessments/${f.lockedId}/workbook`,
      invalid: { path: `${a}/assessments/x/workbook` },
    }),
  },
  'assessments.import': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      path: `${a}/assessments/${f.draftId}/import`,
      form: () => {
        const form = new FormData();
        form.set('file', new File(['{}'], 'penilaian.json', { type: 'application/json' }));
        return form;
      },
      invalid: { path: `${a}/assessments/x/import` },
    }),
  },
  'dashboard.get': { roles: ['admin', 'operator', 'asesor', 'auditor'], sample: () => ({ path: `${a}/dashboard` }) },
  'users.list': { roles: ['admin', 'auditor'], sample: () => ({ path: `${a}/users` }) },
  'users.personal-data': {
    roles: ['admin'],
    sample: (f) => ({
      path: `${a}/users/${f.userId}/personal-data`,
      invalid: { path: `${a}/users/${f.userId}/personal-data?purpose=curiosity` },
    }),
  },
  'users.update-nip': {
    roles: ['admin'],
    sample: (f) => ({
      path: `${a}/users/${f.userId}/nip`,
      body: { nip: '198609262015051001' },
      invalid: { path: `${a}/users/${f.userId}/nip`, body: { nip: '123' } },
    }),
  },
  'users.create': {
    roles: ['admin'],
    sample: () => ({
      path: `${a}/users`,
      body: { username: 'baru.balikpapan', displayName: 'Baru', role: 'operator', password: 'kuda-laut-biru-2026' },
      invalid: { path: `${a}/users`, body: { username: 'A B', displayName: 'x', role: 'operator', password: 'x' } },
    }),
  },
  'users.update-role': {
    roles: ['admin'],
    sample: (f) => ({
      path: `${a}/users/${f.spareUserId}/role`,
      body: { role: 'asesor' },
      invalid: { path: `${a}/users/${f.spareUserId}/role`, body: { role: 'king' } },
    }),
  },
  'users.update-status': {
    roles: ['admin'],
    sample: (f) => ({
      path: `${a}/users/${f.spareUserId}/status`,
      body: { disabled: false },
      invalid: { path: `${a}/users/${f.spareUserId}/status`, body: { disabled: 'yes' } },
    }),
  },
  'users.reset-password': {
    roles: ['admin'],
    sample: (f) => ({
      path: `${a}/users/${f.spareUserId}/password`,
      body: { password: 'kuda-laut-biru-2026' },
      invalid: { path: `${a}/users/${f.spareUserId}/password`, body: { password: '' } },
    }),
  },
  'me.change-password': {
    roles: 'session',
    sample: () => ({
      path: '/api/me/password',
      body: { currentPassword: 'not-my-password', newPassword: 'kuda-laut-biru-2026' },
      invalid: { path: '/api/me/password', body: { currentPassword: '' } },
    }),
  },
  'data-requests.list': { roles: ['privacy-officer'], sample: () => ({ path: `${a}/data-requests` }) },
  'data-requests.create': {
    roles: ['privacy-officer'],
    sample: () => ({
      path: `${a}/data-requests`,
      body: { requestNumber: 'PDP/2026/900', identityCheck: 'ktp-el-reader', receivedOn: '2026-12-01' },
      invalid: { path: `${a}/data-requests`, body: { requestNumber: '', identityCheck: 'trust-me' } },
    }),
  },
  'data-requests.lookup': {
    roles: ['privacy-officer'],
    sample: (f) => ({
      path: `${a}/data-requests/${f.requestId}/lookup`,
      body: { nik: '6471014109900001' },
      invalid: { path: `${a}/data-requests/${f.requestId}/lookup`, body: { nik: '6471014109900000' } },
    }),
  },
  'data-requests.export': {
    roles: ['privacy-officer'],
    sample: (f) => ({
      path: `${a}/data-requests/${f.requestId}/answer?format=json`,
      invalid: { path: `${a}/data-requests/${f.requestId}/answer?format=xls` },
    }),
  },
  'audit.checkpoints': { roles: ['admin', 'auditor'], sample: () => ({ path: `${a}/audit/checkpoints` }) },
  'audit.checkpoint': {
    roles: ['admin', 'auditor'],
    sample: (f) => ({
      path: `${a}/audit/checkpoints/${f.checkpointSize}`,
      invalid: { path: `${a}/audit/checkpoints/0` },
    }),
  },
  'audit.consistency': {
    roles: ['admin', 'auditor'],
    sample: (f) => ({
      path: `${a}/audit/consistency?from=${f.checkpointSize}&to=${f.checkpointSize}`,
      invalid: { path: `${a}/audit/consistency?from=0&to=1` },
    }),
  },
  'audit.events': {
    roles: ['admin', 'auditor'],
    sample: () => ({ path: `${a}/audit/events?limit=5`, invalid: { path: `${a}/audit/events?limit=0` } }),
  },
  'audit.integrity': { roles: ['admin', 'auditor'], sample: () => ({ path: `${a}/audit/integrity` }) },
  'audit.bundle': {
    roles: ['admin', 'auditor'],
    sample: (f) => ({
      path: `${a}/audit/events/${f.eventIndex}/bundle`,
      invalid: { path: `${a}/audit/events/-1/bundle` },
    }),
  },
  'me.personal-data-processing': { roles: 'session', sample: () => ({ path: '/api/me/personal-data-processing' }) },
  'inventories.list': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: () => ({ path: `${a}/inventories/application`, invalid: { path: `${a}/inventories/spreadsheet` } }),
  },
  'inventories.create-application': {
    roles: ['admin', 'operator'],
    sample: () => ({
      path: `${a}/inventories/application`,
      body: sampleApplication,
      invalid: { path: `${a}/inventories/application`, body: { ...sampleApplication, hosting: 'moon' } },
    }),
  },
  'inventories.create-service': {
    roles: ['admin', 'operator'],
    sample: () => ({
      path: `${a}/inventories/service`,
      body: sampleService,
      invalid: { path: `${a}/inventories/service`, body: { ...sampleService, channels: [] } },
    }),
  },
  'inventories.create-dataset': {
    roles: ['admin', 'operator'],
    sample: () => ({
      path: `${a}/inventories/dataset`,
      body: sampleDataset,
      invalid: { path: `${a}/inventories/dataset`, body: { ...sampleDataset, licence: '' } },
    }),
  },
  'inventories.create-architecture': {
    roles: ['admin', 'operator'],
    sample: () => ({
      path: `${a}/inventories/architecture`,
      body: sampleArchitecture,
      invalid: { path: `${a}/inventories/architecture`, body: { ...sampleArchitecture, referenceCode: 'RAL.01' } },
    }),
  },
  'inventories.delete': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      path: `${a}/inventories/application/${f.inventoryId}`,
      invalid: { path: `${a}/inventories/application/123` },
    }),
  },
  'inventories.import': {
    roles: ['admin', 'operator'],
    sample: () => ({
      path: `${a}/inventories/service/import`,
      body: { csv: 'id;name\nX;Y' },
      invalid: { path: `${a}/inventories/service/import`, body: { csv: '' } },
    }),
  },
  'inventories.export': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: () => ({
      path: `${a}/inventories/application/export?format=xlsx`,
      invalid: { path: `${a}/inventories/application/export?format=pdf` },
    }),
  },
  'inventories.template': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: () => ({
      path: `${a}/inventories/dataset/template`,
      invalid: { path: `${a}/inventories/dataset/template?format=ods` },
    }),
  },
  'datasets.list': { roles: ['admin', 'operator', 'asesor', 'auditor'], sample: () => ({ path: `${a}/datasets` }) },
  'datasets.producer': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      path: `${a}/datasets/${f.datasetId}/producer`,
      body: { event: 'submit' },
      invalid: { path: `${a}/datasets/${f.datasetId}/producer`, body: { event: 'publish' } },
    }),
  },
  'datasets.walidata': {
    roles: ['admin'],
    sample: (f) => ({
      path: `${a}/datasets/${f.datasetId}/walidata`,
      body: { event: 'check' },
      invalid: { path: `${a}/datasets/${f.datasetId}/walidata`, body: { event: 'reject' } },
    }),
  },
  'datasets.resource-upload': {
    roles: ['admin', 'operator'],
    sample: (f) => ({
      path: `${a}/datasets/${f.datasetId}/resources`,
      form: () => {
        const form = new FormData();
        form.set('file', new File(['a;b\n1;2\n'], 'data.csv', { type: 'text/csv' }));
        return form;
      },
      invalid: { path: `${a}/datasets/not-a-uuid/resources` },
    }),
  },
  'datasets.resource-download': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: (f) => ({
      path: `${a}/datasets/${f.datasetId}/resources/00000000-0000-4000-8000-000000000000`,
      invalid: { path: `${a}/datasets/${f.datasetId}/resources/x` },
    }),
  },
  'public.index-summary': {
    roles: 'public',
    sample: () => ({
      path: '/api/public/v1/regions/64.71/index-summary',
      invalid: { path: '/api/public/v1/regions/Balikpapan/index-summary' },
    }),
  },
  'public.province-members': {
    roles: 'public',
    sample: () => ({
      path: '/api/public/v1/provinces/64/members',
      invalid: { path: '/api/public/v1/provinces/x/members' },
    }),
  },
  'province.overview': {
    roles: ['coordinator'],
    sample: () => ({
      path: '/api/agencies/64/province-overview?year=2025&methodology=spbe-2020',
      invalid: { path: '/api/agencies/64/province-overview?methodology=spbe-2019' },
    }),
  },
  'province.export': {
    roles: ['coordinator'],
    sample: () => ({
      path: '/api/agencies/64/province-overview/export?format=xlsx',
      invalid: { path: '/api/agencies/64/province-overview/export?format=ods' },
    }),
  },
  'plan.costs': {
    roles: ['admin'],
    sample: () => ({
      path: `${a}/plan-costs`,
      body: { methodology: 'spbe-2020', costs: [{ indicator: 1, cost: 5 }] },
      invalid: { path: `${a}/plan-costs`, body: { methodology: 'spbe-2020', costs: [{ indicator: 1, cost: -5 }] } },
    }),
  },
  'splp.province-agenda': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: () => ({ path: `${a}/province-agenda` }),
  },
  'statistics.population': {
    roles: ['admin', 'operator', 'asesor', 'auditor'],
    sample: () => ({ path: `${a}/statistics/population` }),
  },
};

const sampleApplication = {
  id: 'APP-900',
  name: 'Contoh',
  type: 'umum',
  raaCode: 'RAA.01.01',
  owner: { name: 'Diskominfo' },
  hosting: 'pdn',
  licence: { kind: 'government-owned' },
  lifecycle: 'planned',
  splpIntegration: 'planned',
};
const sampleService = {
  id: 'SVC-900',
  name: 'Contoh',
  type: 'publik',
  ralCode: 'RAL.01',
  sector: 'kesehatan',
  channels: ['web'],
  owner: { name: 'Dinkes' },
};
const sampleDataset = {
  id: 'DS-900',
  title: 'Contoh',
  standard: { concept: 'K', definition: 'D', measure: 'Jumlah', unit: 'unit' },
  producer: { name: 'Dinas' },
  walidata: { name: 'Diskominfo' },
  referenceCodes: [],
  updateSchedule: { frequency: 'annual' },
  licence: 'CC-BY-4.0',
  publication: { status: 'draft' },
};
const sampleArchitecture = {
  domain: 'business-process',
  id: 'PB-900',
  description: 'Contoh',
  referenceCode: 'RAB.09.03',
};

const roleUsers: Record<Role, string> = {
  admin: 'admin.balikpapan',
  operator: 'operator.balikpapan',
  asesor: 'asesor.balikpapan',
  auditor: 'auditor.balikpapan',
  coordinator: 'koordinator.kaltim',
  'privacy-officer': 'pdp.balikpapan',
};

function send(
  agent: TestAgent,
  route: AnyRoute,
  request: { path: string; body?: unknown; form?: () => FormData },
  headers: Record<string, string> = {},
) {
  const method = route.method.toUpperCase();
  const body = request.form ? request.form() : (request.body ?? (method === 'GET' ? undefined : {}));
  return agent.request(method, request.path, body, headers);
}

it('has an expected access rule and sample request for every route', () => {
  expect(allRoutes.map((route) => route.id).sort()).toEqual(Object.keys(expected).sort());
});

describe.each(databaseKinds)('every route × role on %s', (kind) => {
  let portal: TestPortal;
  let agents: Record<Role, TestAgent>;
  let otherAgencyAdmin: TestAgent;
  let fixture: Fixture;

  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind, { LOGIN_MAX_FAILURES: '100' }, { listen: true });
    agents = Object.fromEntries(
      await Promise.all(
        Object.entries(roleUsers).map(async ([role, username]) => [role, await portal.login(username)]),
      ),
    ) as Record<Role, TestAgent>;
    otherAgencyAdmin = await portal.login('admin.samarinda');
    const list = await agents.admin.json<{ assessments: { id: string; year: number }[] }>('GET', `${a}/assessments`);
    const draftId = list.body.assessments.find((item) => item.year === 2026)!.id;
    const lockedId = list.body.assessments.find((item) => item.year === 2025)!.id;
    const form = new FormData();
    form.set('file', new File(['%PDF-1.4 x'], 'x.pdf', { type: 'application/pdf' }));
    const upload = await agents.operator.json<{ id: string }>(
      'POST',
      `${a}/assessments/${draftId}/indicators/1/evidence`,
      form,
    );
    const users = await agents.admin.json<{ users: { id: string; username: string }[] }>('GET', `${a}/users`);
    const spare = await agents.admin.json<{ id: string }>('POST', `${a}/users`, {
      username: 'cadangan.balikpapan',
      displayName: 'Akun cadangan',
      role: 'operator',
      password: 'kuda-laut-biru-2026',
    });
    const request = await agents['privacy-officer'].json<{ id: string }>('POST', `${a}/data-requests`, {
      requestNumber: 'PDP/2026/001',
      identityCheck: 'ktp-el-reader',
      receivedOn: '2026-12-01',
    });
    fixture = {
      draftId,
      lockedId,
      fileId: upload.body.id,
      userId: users.body.users.find((user) => user.username === 'operator.balikpapan')!.id,
      eventIndex: (await portal.services.audit.log.size()) - 1,
      inventoryId: (await agents.admin.json<{ items: { id: string }[] }>('GET', `${a}/inventories/application`)).body
        .items[0]!.id,
      datasetId: (await agents.admin.json<{ datasets: { itemId: string }[] }>('GET', `${a}/datasets`)).body.datasets[0]!
        .itemId,
      spareUserId: spare.body.id,
      requestId: request.body.id,
      checkpointSize: (await portal.services.audit.freshCheckpoint())!.size,
    };
  });
  afterAll(async () => portal?.close());

  // Logging out would end the agents' sessions: it is checked last, on its own.
  const routes = allRoutes.filter((route) => route.id !== 'auth.logout');

  it.skipIf(skipDatabase(kind))('refuses every non-public route without a session (401)', async () => {
    for (const route of routes) {
      const rule = expected[route.id]!;
      if (rule.roles === 'public') continue;
      const response = await send(portal.anonymous, route, rule.sample(fixture));
      expect(response.status, route.id).toBe(401);
    }
  });

  it.skipIf(skipDatabase(kind))(
    'lets each role do exactly what it may (403 otherwise)',
    async () => {
      const roleOrder: Role[] = ['coordinator', 'privacy-officer', 'auditor', 'asesor', 'operator', 'admin'];
      for (const route of routes) {
        const rule = expected[route.id]!;
        // the disallowed roles first, so an allowed call cannot change what they would see
        const ordered = [...roleOrder].sort((x, y) => Number(allowed(rule.roles, x)) - Number(allowed(rule.roles, y)));
        for (const role of ordered) {
          const response = await send(agents[role], route, rule.sample(fixture));
          if (rule.roles === 'public') expect(response.status, `${route.id} as ${role}`).not.toBe(403);
          else if (allowed(rule.roles, role))
            expect([401, 403], `${route.id} as ${role} (${response.status})`).not.toContain(response.status);
          else expect(response.status, `${route.id} as ${role}`).toBe(403);
        }
      }
      // Every route × every role: several hundred real requests, some of them writes on an embedded database.
    },
    240_000,
  );

  it.skipIf(skipDatabase(kind))('never lets an agency reach another agency’s data (403)', async () => {
    for (const route of routes) {
      if (route.access.kind !== 'permission') continue;
      const before = await portal.services.audit.log.size();
      const response = await send(otherAgencyAdmin, route, expected[route.id]!.sample(fixture));
      expect(response.status, route.id).toBe(403);
      // every denial is in the audit trail
      const entry = await portal.services.audit.log.get(before);
      expect([entry.event.outcome, entry.event.actor.agency], route.id).toEqual(['denied', '64.72']);
      expect(['role', 'other-agency'], route.id).toContain(entry.event.reason);
    }
  });

  it.skipIf(skipDatabase(kind))('refuses every state-changing request without the CSRF token (403)', async () => {
    for (const route of routes) {
      if (route.method === 'get' || route.access.kind === 'public') continue;
      const rule = expected[route.id]!;
      const role = rule.roles === 'session' ? 'operator' : (rule.roles as Role[])[0]!;
      const response = await send(agents[role], route, rule.sample(fixture), { 'x-csrf-token': 'forged' });
      expect(response.status, route.id).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('auth.csrf');
    }
  });

  it.skipIf(skipDatabase(kind))('answers 400 with localized issues for every invalid path, query or body', async () => {
    for (const route of allRoutes) {
      const rule = expected[route.id]!;
      const invalid = rule.sample(fixture).invalid;
      if (!invalid) continue;
      const role = rule.roles === 'public' || rule.roles === 'session' ? 'admin' : (rule.roles as Role[])[0]!;
      const response = await send(agents[role], route, { path: invalid.path, body: invalid.body });
      expect(response.status, route.id).toBe(400);
      const body = (await response.json()) as { error: { messages: { id: string; en: string }; issues: unknown[] } };
      expect(body.error.messages.id.length, route.id).toBeGreaterThan(0);
      expect(body.error.issues.length, route.id).toBeGreaterThan(0);
    }
  });

  it.skipIf(skipDatabase(kind))('signs out', async () => {
    const logout = allRoutes.find((route) => route.id === 'auth.logout')!;
    expect((await send(agents.auditor, logout, { path: '/api/auth/logout' })).status).toBe(200);
    expect((await agents.auditor.request('GET', '/api/auth/session')).status).toBe(401);
  });
});

function allowed(roles: readonly Role[] | 'public' | 'session', role: Role): boolean {
  return roles === 'public' || roles === 'session' || roles.includes(role);
}
