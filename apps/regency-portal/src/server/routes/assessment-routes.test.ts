import { assessmentSchema } from '@spbe-kit/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHashReason } from '../audit/file-hash-reason.js';
import { databaseKinds, skipDatabase } from '../testing/database-targets.js';
import { createTestPortal, type TestAgent, type TestPortal } from '../testing/test-portal.js';

interface Detail {
  id: string;
  status: string;
  methodology: string;
  entries: {
    indicator: number;
    selfValue: string | null;
    assessorValue: string | null;
    evidenceFiles: { id: string }[];
  }[];
  selfResult: { complete: boolean; index: number | null; predicate: string | null; filled: number; aspects: unknown[] };
  assessorResult: { complete: boolean; index: number | null; predicate: string | null };
  comparison: { indicator: number; difference: number | null }[];
  holdingBack: { indicator: number; gap: number }[];
}

const base = '/api/agencies/64.71/assessments';

describe.each(databaseKinds)('the assessment workflow on %s', (kind) => {
  let portal: TestPortal;
  let operator: TestAgent;
  let asesor: TestAgent;
  let draftId: string;
  beforeAll(async () => {
    if (skipDatabase(kind)) return;
    portal = await createTestPortal(kind);
    operator = await portal.login('operator.balikpapan');
    asesor = await portal.login('asesor.balikpapan');
    const list = await operator.json<{
      assessments: { id: string; year: number; status: string; methodology: string }[];
    }>('GET', base);
    draftId = list.body.assessments.find((item) => item.year === 2026)!.id;
  });
  afterAll(async () => portal?.close());

  it.skipIf(skipDatabase(kind))('lists the sample assessments 2023–2025 and the 2026 Pemdi draft', async () => {
    const list = await operator.json<{
      assessments: { year: number; status: string; isSample: boolean; assessor: { index: number | null } }[];
    }>('GET', base);
    expect(list.status).toBe(200);
    expect(list.body.assessments.map((item) => item.year)).toEqual([2026, 2025, 2024, 2023]);
    expect(list.body.assessments.every((item) => item.isSample)).toBe(true);
    for (const item of list.body.assessments.slice(1)) {
      expect(item.status).toBe('locked');
      expect(item.assessor.index).toBeGreaterThanOrEqual(1);
    }
  });

  it.skipIf(skipDatabase(kind))(
    'rejects values the methodology does not allow, with the calculator’s bilingual issue',
    async () => {
      const outOfRange = await operator.json<{ error: { code: string; messages: { id: string; en: string } } }>(
        'PUT',
        `${base}/${draftId}/indicators/1/self-assessment`,
        { selfValue: '5.5' },
      );
      expect(outOfRange.status).toBe(400);
      const badShape = await operator.json<{ error: { code: string } }>(
        'PUT',
        `${base}/${draftId}/indicators/1/self-assessment`,
        { selfValue: 'tiga' },
      );
      expect(badShape.status).toBe(400);
      const unknownIndicator = await operator.json('PUT', `${base}/${draftId}/indicators/21/self-assessment`, {
        selfValue: '2',
      });
      expect(unknownIndicator.status).toBe(404);
      const badLink = await operator.json('PUT', `${base}/${draftId}/indicators/1/self-assessment`, {
        selfValue: '2',
        evidenceLinks: [{ title: 'x', url: 'javascript:alert(1)' }],
      });
      expect(badLink.status).toBe(400);
    },
  );

  it.skipIf(skipDatabase(kind))('cannot submit an incomplete self-assessment', async () => {
    const early = await operator.json<{ error: { code: string } }>('POST', `${base}/${draftId}/submit`, {});
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('assessment.incomplete');
  });

  it.skipIf(skipDatabase(kind))('checks evidence uploads: type by content, size limit', async () => {
    const pdf = new FormData();
    pdf.set('file', new File(['%PDF-1.7\n%sample evidence\n'], 'sk-tim-koordinasi.pdf', { type: 'application/pdf' }));
    const ok = await operator.request('POST', `${base}/${draftId}/indicators/1/evidence`, pdf);
    expect(ok.status).toBe(201);
    const disguised = new FormData();
    disguised.set('file', new File(['MZ\x90\x00 not a pdf'], 'virus.pdf', { type: 'application/pdf' }));
    expect((await operator.request('POST', `${base}/${draftId}/indicators/1/evidence`, disguised)).status).toBe(415);
    const html = new FormData();
    html.set('file', new File(['<script>alert(1)</script>'], 'x.html', { type: 'text/html' }));
    expect((await operator.request('POST', `${base}/${draftId}/indicators/1/evidence`, html)).status).toBe(415);
    const big = new FormData();
    big.set('file', new File([new Uint8Array(70 * 1024).fill(65)], 'big.txt', { type: 'text/plain' }));
    expect((await operator.request('POST', `${base}/${draftId}/indicators/1/evidence`, big)).status).toBe(413);
    const detail = await operator.json<Detail>('GET', `${base}/${draftId}`);
    const fileId = detail.body.entries[0]!.evidenceFiles[0]!.id;
    const download = await asesor.request('GET', `${base}/${draftId}/evidence/${fileId}`);
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('%PDF-1.7');
  });

  it.skipIf(skipDatabase(kind))(
    'removes a wrong evidence file while a draft; the audit entry keeps its hash',
    async () => {
      const wrong = new FormData();
      const content = '%PDF-1.7\n%berkas yang salah\n';
      wrong.set('file', new File([content], 'salah-unggah.pdf', { type: 'application/pdf' }));
      const uploaded = await operator.json<{ id: string; sha256: string }>(
        'POST',
        `${base}/${draftId}/indicators/2/evidence`,
        wrong,
      );
      expect(uploaded.status).toBe(201);
      const url = `${base}/${draftId}/evidence/${uploaded.body.id}`;
      // only the operator (fill permission) removes evidence
      expect((await asesor.request('DELETE', url)).status).toBe(403);
      const removed = await operator.json<{ deleted: boolean; sha256: string }>('DELETE', url);
      expect(removed.body).toEqual({ deleted: true, sha256: uploaded.body.sha256 });
      expect((await asesor.request('GET', url)).status).toBe(404);
      expect((await operator.request('DELETE', url)).status).toBe(404);
      const detail = await operator.json<Detail>('GET', `${base}/${draftId}`);
      expect(detail.body.entries[1]!.evidenceFiles.map((file) => file.id)).not.toContain(uploaded.body.id);
      const size = await portal.services.audit.log.size();
      const deletions = [];
      for (let index = size - 1; index >= Math.max(0, size - 20); index--) {
        const entry = await portal.services.audit.log.get(index);
        if (entry.event.action === 'assessment.evidence.delete') deletions.push(entry.event);
      }
      expect(deletions).toHaveLength(1);
      expect(deletions[0]).toMatchObject({
        outcome: 'success',
        resource: { type: 'evidence-file', id: uploaded.body.id },
        reason: fileHashReason(uploaded.body.sha256),
      });
    },
  );

  it.skipIf(skipDatabase(kind))(
    'runs draft → submitted → verified, computing self and assessor index live',
    async () => {
      let detail: Detail | undefined;
      for (let indicator = 1; indicator <= 20; indicator++) {
        const response = await operator.json<Detail>(
          'PUT',
          `${base}/${draftId}/indicators/${indicator}/self-assessment`,
          {
            selfValue: indicator <= 10 ? '3' : '2.5',
            evidenceLinks: [{ title: 'Bukti', url: 'https://jdih.balikpapan.go.id/contoh' }],
            note: 'Contoh',
          },
        );
        expect(response.status).toBe(200);
        detail = response.body;
      }
      // Σ weights of indicators 1–10 (5+5+5+5+5+3+3+4+4+4 = 43) × 3 + the other 57 × 2.5 = 271.5 → 2.715
      expect(detail!.selfResult.complete).toBe(true);
      expect(detail!.selfResult.index).toBeCloseTo(2.715, 10);
      expect(detail!.selfResult.predicate).toBe('Baik');
      expect(detail!.holdingBack[0]!.indicator).toBe(20);

      expect(
        (await asesor.json('PUT', `${base}/${draftId}/indicators/1/assessor-review`, { assessorValue: '2' })).status,
      ).toBe(409);
      const submitted = await operator.json<Detail>('POST', `${base}/${draftId}/submit`, {});
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('submitted');
      expect(
        (await operator.json('PUT', `${base}/${draftId}/indicators/1/self-assessment`, { selfValue: '4' })).status,
      ).toBe(409);

      for (let indicator = 1; indicator <= 20; indicator++) {
        const response = await asesor.json<Detail>(
          'PUT',
          `${base}/${draftId}/indicators/${indicator}/assessor-review`,
          {
            assessorValue: indicator === 20 ? '1.5' : indicator <= 10 ? '3' : '2.5',
            recommendation: indicator === 20 ? 'Bangun survei kepuasan pengguna.' : '',
          },
        );
        expect(response.status).toBe(200);
        detail = response.body;
      }
      // Indicator 20 (weight 15) drops by one: 271.5 − 15 = 256.5 → 2.565
      expect(detail!.assessorResult.index).toBeCloseTo(2.565, 10);
      expect(detail!.comparison.find((row) => row.indicator === 20)!.difference).toBe(-1);
      const verified = await asesor.json<Detail>('POST', `${base}/${draftId}/verify`, {});
      expect(verified.body.status).toBe('verified');
      expect(
        (await asesor.json('PUT', `${base}/${draftId}/indicators/1/assessor-review`, { assessorValue: '5' })).status,
      ).toBe(409);

      const dashboard = await operator.json<{
        current: { year: number };
        basis: string;
        result: { index: number; predicate: string };
        history: { methodology: string; points: { year: number; delta: number | null; basis: string }[] }[];
      }>('GET', '/api/agencies/64.71/dashboard');
      expect(dashboard.status).toBe(200);
      expect(dashboard.body.current.year).toBe(2026);
      expect(dashboard.body.basis).toBe('assessor');
      expect(dashboard.body.result.index).toBeCloseTo(2.565, 10);
      // Two methodologies, two series: the 2026 Pemdi year never continues the SPBE 2020 line.
      expect(
        dashboard.body.history.map((series) => [series.methodology, series.points.map((point) => point.year)]),
      ).toEqual([
        ['spbe-2020', [2023, 2024, 2025]],
        ['pemdi-2026', [2026]],
      ]);
      const pemdi = dashboard.body.history[1]!.points[0]!;
      expect(pemdi).toMatchObject({ delta: null, basis: 'assessor' });
      expect(dashboard.body.history[0]!.points[1]!.delta).not.toBeNull();
    },
  );

  it.skipIf(skipDatabase(kind))('exports an assessment as the models’ interchange record', async () => {
    const exported = await operator.request('GET', `${base}/${draftId}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('assessment-64.71-2026-pemdi-2026.json');
    const record = assessmentSchema.parse(await exported.json());
    expect(record.methodology).toBe('pemdi-2026');
    expect(record.agency).toMatchObject({ kind: 'kota', regionCode: '64.71' });
    expect(record.indicators).toHaveLength(20);
    expect(record.indicators.find((indicator) => indicator.number === 20)).toMatchObject({
      selfAssessedValue: 2.5,
      assessorValue: 1.5,
    });
    const uploaded = record.indicators[0]!.evidence.find((item) => item.sha256 !== undefined);
    expect(uploaded).toMatchObject({
      fileName: expect.any(String) as string,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
    expect(uploaded?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.skipIf(skipDatabase(kind))('lets the admin open a new assessment once per year and methodology', async () => {
    const admin = await portal.login('admin.balikpapan');
    const created = await admin.json<{ id: string; status: string }>('POST', base, {
      year: 2027,
      methodology: 'pemdi-2026',
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('draft');
    expect((await admin.json('POST', base, { year: 2027, methodology: 'pemdi-2026' })).status).toBe(409);
    expect((await admin.json('POST', base, { year: 2027, methodology: 'pemdi-2030' })).status).toBe(400);
  });
});
