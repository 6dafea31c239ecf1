import { assessmentFromWorkbook, assessmentToWorkbook } from '@spbe-kit/cli';
import { assessmentSchemaFor, getMethodology } from '@spbe-kit/indicators';
import type { Assessment } from '@spbe-kit/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

const base = '/api/agencies/64.71/assessments';
const workbookType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Detail {
  status: string;
  entries: {
    indicator: number;
    selfValue: string | null;
    assessorValue: string | null;
    note: string;
    evidenceLinks: { url: string }[];
  }[];
  selfResult: { complete: boolean; filled: number };
}
interface Failure {
  error: {
    code: string;
    messages: { id: string; en: string };
    issues: { code: string; path: string[]; message: { id: string; en: string } }[];
  };
}

function upload(bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  form.set(
    'file',
    new File([new Uint8Array(bytes)], name, { type: name.endsWith('.json') ? 'application/json' : workbookType }),
  );
  return form;
}

/** The draft filled in as a team would: every indicator valued, a web link and a note on the first. */
function filled(record: Assessment, value: (number: number) => number): Assessment {
  return {
    ...record,
    indicators: getMethodology(record.methodology).indicators.map((indicator) => ({
      number: indicator.number,
      selfAssessedValue: value(indicator.number),
      evidence:
        indicator.number === 1
          ? [{ title: 'Perbup Pemerintahan Digital', reference: 'https://jdih.balikpapan.go.id/perbup-2026.pdf' }]
          : [],
      verification: { uploaded: indicator.number === 1, interviewed: false, approved: false },
      ...(indicator.number === 1 ? { note: 'Ditetapkan Maret 2026' } : {}),
    })),
  };
}

describe.each(databaseKinds)('the assessment workbook and record import on %s', (kind) => {
  let portal: TestPortal;
  let operator: TestAgent;
  let draftId: string;
  let lockedId: string;
  let draftRecord: Assessment;
  const detail = async () => (await operator.json<Detail>('GET', `${base}/${draftId}`)).body;
  const send = async (agent: TestAgent, bytes: Uint8Array, name = 'penilaian.xlsx') => {
    const response = await agent.request('POST', `${base}/${draftId}/import`, upload(bytes, name));
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const importEvents = async () =>
    (await portal.services.audit.log.query({ resource: { id: draftId }, limit: 100 })).entries
      .map((entry) => entry.event)
      .filter((event) => event.action === 'assessment.import');

  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind);
    operator = await portal.login('operator.balikpapan');
    const list = await operator.json<{ assessments: { id: string; year: number }[] }>('GET', base);
    draftId = list.body.assessments.find((item) => item.year === 2026)!.id;
    lockedId = list.body.assessments.find((item) => item.year === 2025)!.id;
    draftRecord = (await operator.json<Assessment>('GET', `${base}/${draftId}/export`)).body;
  });
  afterAll(async () => portal?.close());

  it.skipIf(skipDatabase(kind))(
    'downloads the workbook spbe template writes, holding the same record as the JSON export (sectors included)',
    async () => {
      const response = await operator.request('GET', `${base}/${lockedId}/workbook`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(workbookType);
      expect(response.headers.get('content-disposition')).toContain('penilaian-64.71-2025-spbe-2020.xlsx');
      const reading = await assessmentFromWorkbook(new Uint8Array(await response.arrayBuffer()));
      expect(reading.valid).toBe(true);
      if (!reading.valid) return;
      const json = (await operator.json<Assessment>('GET', `${base}/${lockedId}/export`)).body;
      // What the CLI checks: the methodology's own numbering, sector indicators naming their sector.
      expect(assessmentSchemaFor('spbe-2020').safeParse(json).success).toBe(true);
      const values = (record: Assessment) =>
        record.indicators.map((entry) => [entry.number, entry.selfAssessedValue, entry.assessorValue, entry.sector]);
      expect(values(reading.assessment)).toEqual(values(json));
      expect(reading.assessment.year).toBe(2025);
      expect(json.indicators.find((entry) => entry.number === 45)?.sector).toBe('Kesehatan');
    },
  );

  it.skipIf(skipDatabase(kind))(
    'refuses a bad workbook cell by cell in both languages, storing nothing, and logs the attempt',
    async () => {
      const before = await detail();
      const bad = filled({ ...draftRecord, year: 2025 }, (number) => (number === 4 ? 7 : 3));
      const answer = await send(operator, await assessmentToWorkbook(bad));
      expect(answer.status).toBe(422);
      const failure = answer.body as Failure;
      expect(failure.error.code).toBe('assessment.import_invalid');
      expect(failure.error.messages.en).toContain('Nothing was stored');
      const value = failure.error.issues.find((issue) => issue.path[0] === 'Penilaian!J11');
      expect(value?.message.id).toContain('Lembar Penilaian, baris 11, kolom J (indikator 4)');
      expect(value?.message.en).toContain('Sheet Penilaian, row 11, column J (indicator 4)');
      // A valid value but the wrong year: the portal's own check, at the year's cell.
      const year = await send(operator, await assessmentToWorkbook(filled({ ...draftRecord, year: 2025 }, () => 3)));
      expect((year.body as Failure).error.issues).toEqual([
        expect.objectContaining({ code: 'assessment.import_other_year', path: ['Penilaian!B5'] }),
      ]);
      expect(await detail()).toEqual(before);
      const events = await importEvents();
      expect(events.map((event) => event.outcome)).toEqual(['failure', 'failure']);
      expect(events[0]!.reason).toMatch(/^file\.sha256(-[0-9a-f]{8}){5}$/);
    },
  );

  it.skipIf(skipDatabase(kind))(
    'imports the filled workbook: self values, links and notes stored, the index computed, audited with the file hash and the changes',
    async () => {
      const answer = await send(operator, await assessmentToWorkbook(filled(draftRecord, (n) => (n % 2 ? 3 : 2.5))));
      expect(answer.status).toBe(200);
      const body = answer.body as { format: string; changed: number; assessment: Detail };
      expect(body.format).toBe('xlsx');
      expect(body.changed).toBe(getMethodology('pemdi-2026').indicators.length);
      expect(body.assessment.selfResult.complete).toBe(true);
      const first = body.assessment.entries.find((entry) => entry.indicator === 1)!;
      expect(first).toMatchObject({ selfValue: '3', note: 'Ditetapkan Maret 2026' });
      expect(first.evidenceLinks.map((link) => link.url)).toEqual(['https://jdih.balikpapan.go.id/perbup-2026.pdf']);
      const success = (await importEvents()).find((event) => event.outcome === 'success');
      expect(success?.reason).toMatch(/^file\.sha256(-[0-9a-f]{8}){5}$/);
      // The download gives back what was imported.
      const again = await operator.request('GET', `${base}/${draftId}/workbook`);
      const reading = await assessmentFromWorkbook(new Uint8Array(await again.arrayBuffer()));
      expect(reading.valid && reading.assessment.indicators.map((entry) => entry.selfAssessedValue)).toEqual(
        getMethodology('pemdi-2026').indicators.map((indicator) => (indicator.number % 2 ? 3 : 2.5)),
      );
    },
  );

  it.skipIf(skipDatabase(kind))(
    'takes the JSON record too; an assessor value or an evidence file not uploaded is named by its field',
    async () => {
      const json = (record: Assessment) => new TextEncoder().encode(JSON.stringify(record));
      const record = filled(draftRecord, () => 4);
      const ok = await send(operator, json(record), 'penilaian.json');
      expect(ok.status).toBe(200);
      expect((ok.body as { format: string }).format).toBe('json');
      const withAssessor = {
        ...record,
        indicators: record.indicators.map((entry, i) => (i === 2 ? { ...entry, assessorValue: 4 } : entry)),
      };
      const withFile = {
        ...record,
        indicators: record.indicators.map((entry, i) =>
          i === 5 ? { ...entry, evidence: [{ title: 'SK Tim', fileName: 'sk-tim.pdf' }] } : entry,
        ),
      };
      const refused = await send(operator, json(withAssessor), 'penilaian.json');
      expect((refused.body as Failure).error.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['assessment.import_assessor_value', ['indicators.2.assessorValue']],
      ]);
      const missingFile = await send(operator, json(withFile), 'penilaian.json');
      expect((missingFile.body as Failure).error.issues.map((issue) => issue.code)).toEqual([
        'assessment.import_evidence_not_uploaded',
      ]);
      const garbage = await send(operator, new TextEncoder().encode('{"methodology":'), 'penilaian.json');
      expect((garbage.body as Failure).error.issues[0]!.code).toBe('assessment.import_unreadable');
    },
  );

  it.skipIf(skipDatabase(kind))('keeps auditors and asesors read-only, and a locked assessment closed', async () => {
    const bytes = await assessmentToWorkbook(filled(draftRecord, () => 2));
    for (const username of ['auditor.balikpapan', 'asesor.balikpapan']) {
      const agent = await portal.login(username);
      expect((await send(agent, bytes)).status).toBe(403);
      expect((await agent.request('GET', `${base}/${draftId}/workbook`)).status).toBe(200);
    }
    const locked = await operator.request('POST', `${base}/${lockedId}/import`, upload(bytes, 'penilaian.xlsx'));
    expect(locked.status).toBe(409);
  });
});
