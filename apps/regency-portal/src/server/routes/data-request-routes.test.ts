import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendSampleProcessing } from '../audit/sample-processing.js';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

const a = '/api/agencies/64.71';
/** A structurally valid NIK used only here, so finding it anywhere means this test leaked it. */
const nik = '6471015208850003';
const typed = '6471 0152 0885 0003';

interface Answer {
  request: { requestNumber: string; answeredAt: string | null };
  processing: {
    agencyName: string | null;
    purpose: string | null;
    purposeLabel: { id: string; en: string } | null;
    actionLabel: { id: string };
    timestamp: string;
  }[];
}

describe.each(databaseKinds)('"who processed my data" requests (UU PDP) on %s', (kind) => {
  let portal: TestPortal;
  let officer: TestAgent;
  let requestId: string;
  const output: string[] = [];

  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind);
    officer = await portal.login('pdp.balikpapan');
    await appendSampleProcessing(portal.services.audit, nik);
  });
  afterAll(async () => portal?.close());
  // Everything the server prints while handling the NIK, to check it never holds the NIK.
  beforeEach(() => {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
        output.push(String(chunk));
        return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      });
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        output.push(
          args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : JSON.stringify(arg))).join(' '),
        );
      });
  });
  afterEach(() => vi.restoreAllMocks());

  it.skipIf(skipDatabase(kind))(
    'records the request, then answers by NIK with agencies, times and purposes',
    async () => {
      const created = await officer.json<{ id: string }>('POST', `${a}/data-requests`, {
        requestNumber: 'PDP/2026/017',
        identityCheck: 'ktp-el-reader',
        receivedOn: '2026-12-02',
      });
      expect(created.status).toBe(201);
      requestId = created.body.id;
      const answer = await officer.json<Answer>('POST', `${a}/data-requests/${requestId}/lookup`, { nik: typed });
      expect(answer.status).toBe(200);
      expect(answer.body.request.answeredAt).not.toBeNull();
      expect(answer.body.processing.map((row) => [row.agencyName, row.purpose, row.purposeLabel?.id])).toEqual([
        ['Kota Balikpapan', 'layanan.pindah-datang', 'Layanan pindah datang penduduk'],
        ['Kota Balikpapan', 'layanan.bansos', 'Penyaluran bantuan sosial'],
        ['Kota Balikpapan', 'layanan.kesehatan', 'Layanan kesehatan'],
      ]);
      // The next lookup also lists this one: answering the request processed the citizen's data too.
      const again = await officer.json<Answer>('POST', `${a}/data-requests/${requestId}/lookup`, { nik });
      expect(again.body.processing.at(-1)?.actionLabel.id).toBe('Menelusuri pemrosesan data warga');
    },
  );

  it.skipIf(skipDatabase(kind))('audits every lookup and export with the request number', async () => {
    const csv = await officer.request('GET', `${a}/data-requests/${requestId}/answer?format=csv`);
    expect(csv.headers.get('content-disposition')).toContain('jawaban-PDP_2026_017.csv');
    const text = await csv.text();
    expect(text).toContain('PDP/2026/017');
    expect(text).toContain('Layanan pindah datang penduduk');
    const json = await officer.json<{ requestNumber: string; processing: unknown[] }>(
      'GET',
      `${a}/data-requests/${requestId}/answer?format=json`,
    );
    expect(json.body.requestNumber).toBe('PDP/2026/017');
    // 3 sample processings, 2 lookups and the CSV export before this one.
    expect(json.body.processing.length).toBe(6);
    const admin = await portal.login('admin.balikpapan');
    const events = await admin.json<{ events: { action: string; resource: string; subjects: number }[] }>(
      'GET',
      `${a}/audit/events?action=data-request.`,
    );
    expect(events.body.events.map((event) => [event.action, event.resource, event.subjects])).toEqual([
      ['data-request.export', 'data-request:PDP/2026/017', 1],
      ['data-request.export', 'data-request:PDP/2026/017', 1],
      ['data-request.lookup', 'data-request:PDP/2026/017', 1],
      ['data-request.lookup', 'data-request:PDP/2026/017', 1],
      ['data-request.create', 'data-request:PDP/2026/017', 0],
    ]);
  });

  it.skipIf(skipDatabase(kind))('allows no anonymous, unrecorded or other-person lookup', async () => {
    expect((await portal.anonymous.request('POST', `${a}/data-requests/${requestId}/lookup`, { nik })).status).toBe(
      401,
    );
    const admin = await portal.login('admin.balikpapan');
    expect((await admin.request('POST', `${a}/data-requests/${requestId}/lookup`, { nik })).status).toBe(403);
    const unknown = await officer.request('POST', `${a}/data-requests/00000000-0000-4000-8000-000000000000/lookup`, {
      nik,
    });
    expect(unknown.status).toBe(404);
    const other = await officer.json<{ error: { code: string } }>('POST', `${a}/data-requests/${requestId}/lookup`, {
      nik: '6471014109900001',
    });
    expect([other.status, other.body.error.code]).toEqual([409, 'data_request.other_subject']);
    const invalid = await officer.request('POST', `${a}/data-requests/${requestId}/lookup`, {
      nik: '6471015208850000',
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).not.toContain('6471015208850000');
  });

  it.skipIf(skipDatabase(kind))('never stores or prints the NIK: every table and the output are searched', async () => {
    const schemas = [portal.services.config.AUDIT_SCHEMA];
    const tables = await portal.services.db.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND (table_schema = current_schema() OR table_schema = ANY($1))`,
      [schemas],
    );
    expect(tables.map((table) => table.table_name)).toContain('data_subject_requests');
    const forms = [nik, Buffer.from(nik).toString('hex'), Buffer.from(nik).toString('base64').slice(0, 20)];
    let rowsSearched = 0;
    for (const table of tables) {
      const rows = await portal.services.db.query<{ row: string }>(
        `SELECT t::text AS row FROM "${table.table_schema}"."${table.table_name}" t`,
      );
      rowsSearched += rows.length;
      for (const { row } of rows) for (const form of forms) expect(row, table.table_name).not.toContain(form);
    }
    expect(rowsSearched).toBeGreaterThan(100);
    const printed = output.join('\n');
    for (const form of [nik, typed]) expect(printed).not.toContain(form);
  });
});
