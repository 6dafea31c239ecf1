import { createHash } from 'node:crypto';
import { createCkanClient } from '@spbe-kit/interop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';
import { fileHashReason } from '../audit/file-hash-reason.js';

interface Publication {
  itemId: string;
  code: string;
  title: string;
  state: { status: string; reason?: string };
  ckan: { id: string; url: string } | null;
  resources: { id: string; fileName: string; sizeBytes: number; sha256: string; ckanUrl: string | null }[];
  reviewNotes: { event: string; reason: string; sha256: string; at: string }[];
}

const csv = 'kecamatan;jumlah_sekolah\nBalikpapan Kota;42\nBalikpapan Utara;37\n';
const fileOf = (content: string, name: string, type: string) => {
  const form = new FormData();
  form.set('file', new File([content], name, { type }));
  return form;
};

describe.each(databaseKinds)('Satu Data files and walidata reasons on %s', (kind) => {
  let portal: TestPortal;
  let operator: TestAgent;
  let admin: TestAgent;
  let dataset: Publication;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind, {}, { interopMocks: true });
    operator = await portal.login('operator.balikpapan');
    admin = await portal.login('admin.balikpapan');
    dataset = (await list()).find((candidate) => candidate.code === 'DS-002')!;
  });
  afterAll(async () => portal?.close());

  const list = async () =>
    (await operator.json<{ datasets: Publication[] }>('GET', '/api/agencies/64.71/datasets')).body.datasets;
  const current = async () => (await list()).find((candidate) => candidate.code === 'DS-002')!;
  const step = (who: TestAgent, side: 'producer' | 'walidata', body: Record<string, string>) =>
    who.json<Publication>('POST', `/api/agencies/64.71/datasets/${dataset.itemId}/${side}`, body);

  it.skipIf(skipDatabase(kind))('takes a data file from the produsen, checked by type and content', async () => {
    const url = `/api/agencies/64.71/datasets/${dataset.itemId}/resources`;
    const uploaded = await operator.request('POST', url, fileOf(csv, 'sekolah-2025.csv', 'text/csv'));
    expect(uploaded.status).toBe(201);
    const body = (await uploaded.json()) as Publication['resources'][number];
    expect(body.sha256).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(body.ckanUrl).toBeNull();
    const html = await operator.request('POST', url, fileOf('<script>x</script>', 'x.html', 'text/html'));
    expect(html.status).toBe(415);
    const fakeXlsx = await operator.request(
      'POST',
      url,
      fileOf('not a zip', 'x.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    );
    expect(fakeXlsx.status).toBe(415);
    // the auditor may read the inventory but not upload
    const auditor = await portal.login('auditor.balikpapan');
    expect((await auditor.request('POST', url, fileOf(csv, 'a.csv', 'text/csv'))).status).toBe(403);
    const download = await auditor.request('GET', `${url}/${body.id}`);
    expect(await download.text()).toBe(csv);
    expect((await current()).resources.map((resource) => resource.fileName)).toEqual(['sekolah-2025.csv']);
  });

  it.skipIf(skipDatabase(kind))(
    'keeps each rejection reason, shows it, and binds it in the audit trail by its hash',
    async () => {
      await step(operator, 'producer', { event: 'submit' });
      const reason = 'Satuan belum sesuai standar data; lengkapi definisi operasional.';
      const rejected = await step(admin, 'walidata', { event: 'reject', reason });
      expect(rejected.body.state).toEqual({ status: 'rejected', reason });
      const sha256 = createHash('sha256').update(reason).digest('hex');
      expect(rejected.body.reviewNotes.map(({ at: _at, ...note }) => note)).toEqual([
        { event: 'reject', reason, sha256 },
      ]);
      expect(Date.parse(rejected.body.reviewNotes[0]!.at)).not.toBeNaN();
      const events = await admin.json<{ events: { action: string; reason: string | null }[] }>(
        'GET',
        '/api/agencies/64.71/audit/events?limit=50',
      );
      const entry = events.body.events.find((event) => event.action === 'dataset.reject');
      expect(entry?.reason).toBe(fileHashReason(sha256, 'note'));
      // the reason survives the revision: the history stays with the dataset
      await step(operator, 'producer', { event: 'revise' });
      expect((await current()).reviewNotes.map((note) => note.reason)).toEqual([reason]);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'publishes the package with its file (resource_create), reachable at a working CKAN link',
    async () => {
      await step(operator, 'producer', { event: 'submit' });
      await step(admin, 'walidata', { event: 'check' });
      const published = await step(admin, 'walidata', { event: 'publish' });
      expect(published.status).toBe(200);
      const ckanMock = portal.mocks!.servers.ckan;
      const page = await fetch(published.body.ckan!.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(published.body.title);
      const [resource] = published.body.resources;
      expect(resource?.ckanUrl).toMatch(new RegExp(`^${ckanMock.baseUrl}/dataset/`));
      expect(await (await fetch(resource!.ckanUrl!)).text()).toBe(csv);
      const shown = await createCkanClient({ baseUrl: ckanMock.baseUrl }).packageShow({ id: published.body.ckan!.id });
      expect(shown.resources?.map((entry) => entry.name)).toEqual(['sekolah-2025.csv']);
      // a published dataset takes no new file until it goes back through review
      const url = `/api/agencies/64.71/datasets/${dataset.itemId}/resources`;
      expect((await operator.request('POST', url, fileOf(csv, 'b.csv', 'text/csv'))).status).toBe(409);
      // publishing again (after an edit) does not upload the same file twice
      const uploads = () => ckanMock.requests.filter((request) => request.url.pathname.endsWith('/resource_create'));
      expect(uploads()).toHaveLength(1);
    },
  );
});
