import { createCkanClient } from '@spbe-kit/interop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

interface Publication {
  itemId: string;
  code: string;
  state: { status: string };
  allowedNext: string[];
  ckan: { id: string; url: string } | null;
  sync: { event: string; error: { id: string; en: string } | null; at: string } | null;
  resources: { fileName: string; ckanUrl: string | null }[];
}

const fileOf = (content: string, name: string) => {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'text/csv' }));
  return form;
};

describe.each(databaseKinds)('a publication to CKAN that fails half-way on %s', (kind) => {
  let portal: TestPortal;
  let operator: TestAgent;
  let admin: TestAgent;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind, {}, { interopMocks: true });
    operator = await portal.login('operator.balikpapan');
    admin = await portal.login('admin.balikpapan');
  });
  afterAll(async () => portal?.close());

  const byCode = async (code: string) =>
    (await operator.json<{ datasets: Publication[] }>('GET', '/api/agencies/64.71/datasets')).body.datasets.find(
      (dataset) => dataset.code === code,
    )!;
  const calls = (action: string) =>
    portal.mocks!.servers.ckan.requests.filter((request) => request.url.pathname.endsWith(`/${action}`)).length;
  const publish = (itemId: string) =>
    admin.json<Publication & { error?: { code: string; messages: { id: string } } }>(
      'POST',
      `/api/agencies/64.71/datasets/${itemId}/walidata`,
      { event: 'publish' },
    );
  /** Two data files, then submit and check: the dataset is ready for the walidata to publish. */
  const prepare = async (code: string) => {
    const dataset = await byCode(code);
    for (const name of ['a.csv', 'b.csv']) {
      const url = `/api/agencies/64.71/datasets/${dataset.itemId}/resources`;
      expect((await operator.request('POST', url, fileOf(`kolom;nilai\n${name};1\n`, name))).status).toBe(201);
    }
    await operator.json('POST', `/api/agencies/64.71/datasets/${dataset.itemId}/producer`, { event: 'submit' });
    await admin.json('POST', `/api/agencies/64.71/datasets/${dataset.itemId}/walidata`, { event: 'check' });
    return dataset;
  };
  const ckanFiles = async (id: string) =>
    ((await createCkanClient({ baseUrl: portal.mocks!.servers.ckan.baseUrl }).packageShow({ id })).resources ?? [])
      .map((resource) => resource.name)
      .sort();

  it.skipIf(skipDatabase(kind))(
    'stays checked with the reason when CKAN fails, and a retry finishes without a second package or file',
    async () => {
      const dataset = await prepare('DS-002');
      const [createsBefore, uploadsBefore] = [calls('package_create'), calls('resource_create')];
      // CKAN takes the package, then answers the first data file with a proxy's error page.
      portal.mocks!.servers.ckan.faults.inject({ kind: 'html-error-page', status: 503 }, { path: /resource_create$/ });
      const failed = await publish(dataset.itemId);
      expect(failed.status).toBe(502);
      expect(failed.body.error?.code).toBe('datasets.ckan_publish_failed');
      expect(failed.body.error?.messages.id).toContain('Terbitkan');
      const stopped = await byCode('DS-002');
      expect(stopped.state.status).toBe('checked');
      expect(stopped.allowedNext).toContain('publish');
      expect(stopped.sync?.event).toBe('publish');
      expect(stopped.sync?.error?.en).toBeTruthy();
      expect(stopped.ckan).toBeNull();
      // the failure is in the audit trail
      const events = await admin.json<{ events: { action: string; outcome: string }[] }>(
        'GET',
        '/api/agencies/64.71/audit/events?limit=20',
      );
      expect(events.body.events).toContainEqual(
        expect.objectContaining({ action: 'dataset.publish', outcome: 'failure' }),
      );

      const retried = await publish(dataset.itemId);
      expect(retried.status).toBe(200);
      expect(retried.body.state.status).toBe('published');
      expect(retried.body.sync).toBeNull();
      expect(retried.body.resources.every((resource) => resource.ckanUrl !== null)).toBe(true);
      // one package (updated on the retry, not created again), each file once
      expect(calls('package_create') - createsBefore).toBe(1);
      expect(calls('package_update')).toBe(1);
      expect(calls('resource_create') - uploadsBefore).toBe(3);
      expect(await ckanFiles(retried.body.ckan!.id)).toEqual(['a.csv', 'b.csv']);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'keeps the mark when the database cannot commit after CKAN answered, and the retry converges',
    async () => {
      const dataset = await prepare('DS-001');
      // A package of the dataset's name already on CKAN, whose id the portal never learnt (a lost answer).
      const ckan = createCkanClient({
        baseUrl: portal.mocks!.servers.ckan.baseUrl,
        apiToken: portal.mocks!.servers.ckan.apiToken,
      });
      const orphan = await ckan.packageCreate({ name: '6471-ds-001', title: 'Sisa percobaan sebelumnya' });
      const [createsBefore, uploadsBefore] = [calls('package_create'), calls('resource_create')];
      const schema = portal.services.config.AUDIT_SCHEMA;
      await portal.services.db.exec(`ALTER TABLE ${schema}.entries RENAME TO entries_away`);
      let failed;
      try {
        failed = await publish(dataset.itemId);
      } finally {
        await portal.services.db.exec(`ALTER TABLE ${schema}.entries_away RENAME TO entries`);
      }
      expect(failed.status).toBe(502);
      const stopped = await byCode('DS-001');
      expect(stopped.state.status).toBe('checked');
      expect(stopped.sync?.event).toBe('publish');
      // CKAN got the files; the portal kept their ids as CKAN answered
      expect(await ckanFiles(orphan.id)).toEqual(['a.csv', 'b.csv']);

      const retried = await publish(dataset.itemId);
      expect(retried.status).toBe(200);
      expect(retried.body.state.status).toBe('published');
      expect(retried.body.sync).toBeNull();
      expect(retried.body.ckan?.id).toBe(orphan.id);
      expect(calls('package_create') - createsBefore).toBe(0);
      expect(calls('resource_create') - uploadsBefore).toBe(2);
      expect(await ckanFiles(orphan.id)).toEqual(['a.csv', 'b.csv']);
      expect(await portal.services.audit.log.verify()).toMatchObject({ ok: true });
    },
  );
});
