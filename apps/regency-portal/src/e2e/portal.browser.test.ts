import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyProofBundle } from '@spbe-kit/audit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createTestPortal, type TestPortal } from '../server/testing/test-portal.js';
import {
  axeViolations,
  browserTestTimeout,
  launchChromium,
  pageErrors,
  signIn as signInAs,
  skipBrowser,
} from './browser.js';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const uiDir = path.join(appRoot, 'dist/ui');
const screenshots = path.join(appRoot, '.screenshots');
const password = 'demo-spbe-2025';

describe.skipIf(skipBrowser)('the portal in a real browser (chromium)', { timeout: browserTestTimeout }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(path.join(uiDir, 'index.html'))) throw new Error('dist/ui is missing: run `pnpm build` first');
    await mkdir(screenshots, { recursive: true });
    portal = await createTestPortal(
      'pglite',
      { LOGIN_MAX_FAILURES: '50' },
      { interopMocks: true, listen: true, app: (services) => createApp(services, { uiDir }) },
    );
    baseUrl = portal.services.listeningUrl!;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  const signIn = (username: string, viewport?: { width: number; height: number }) =>
    signInAs(browser, baseUrl, { username, password }, viewport);
  const noErrors = (page: Page) => expect(pageErrors(page)).toEqual([]);

  it('lets the operator fill and submit the 2026 Pemdi assessment', async () => {
    const { context, page } = await signIn('operator.balikpapan');
    await page.getByRole('link', { name: 'Penilaian' }).click();
    await page.getByRole('link', { name: 'Buka pemdi-2026 2026' }).click();
    await page.locator('#indicator-20').waitFor();
    for (let indicator = 1; indicator <= 20; indicator++) {
      const row = page.locator(`#indicator-${indicator}`);
      await row.getByLabel('Mandiri').fill(indicator <= 10 ? '3' : '2.5');
      await row.getByRole('button', { name: 'Simpan' }).click();
      await row.getByRole('status').waitFor();
    }
    await expect.poll(() => page.getByTestId('self-index').textContent()).toBe('2,72');
    await page.screenshot({ path: path.join(screenshots, 'assessment-operator.png'), fullPage: false });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Kirim ke asesor' }).click();
    await page.getByRole('button', { name: 'Ya, kirim ke asesor' }).click();
    await page.getByText('Diajukan').first().waitFor();
    noErrors(page);
    await context.close();
  });

  it('lets the asesor verify it, and the dashboard’s index and radar chart update', async () => {
    const { context, page } = await signIn('asesor.balikpapan');
    await page.getByRole('link', { name: 'Penilaian' }).click();
    await page.getByRole('link', { name: 'Buka pemdi-2026 2026' }).click();
    await page.locator('#indicator-20').waitFor();
    for (let indicator = 1; indicator <= 20; indicator++) {
      const row = page.locator(`#indicator-${indicator}`);
      await row.getByLabel('Asesor').fill(indicator === 20 ? '1.5' : indicator <= 10 ? '3' : '2.5');
      await row.getByRole('button', { name: 'Simpan' }).click();
      await row.getByRole('status').waitFor();
    }
    await page.getByRole('button', { name: 'Verifikasi dan kunci' }).click();
    await page.getByRole('button', { name: 'Ya, verifikasi dan kunci' }).click();
    await page.getByText('Terverifikasi (terkunci)').first().waitFor();
    await page.getByRole('link', { name: 'Dasbor' }).click();
    await expect.poll(() => page.getByTestId('current-index').textContent()).toContain('2,57');
    await expect
      .poll(() => page.getByTestId('radar-chart').locator('svg .recharts-polar-angle-axis-tick').count())
      .toBe(7);
    await page.getByTestId('plan-summary').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'dashboard.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    noErrors(page);
    await context.close();
  });

  it('imports a CSV with a bad row and shows the row error', async () => {
    const { context, page } = await signIn('operator.balikpapan');
    await page.getByRole('link', { name: 'Inventaris' }).click();
    await page
      .getByLabel('CSV', { exact: true })
      .fill(
        [
          'id;name;type;raaCode;owner.name;hosting;licence.kind;lifecycle;splpIntegration',
          'APP-050;e-Arsip;umum;RAA.01.02;Sekretariat Daerah;pdn;government-owned;operational;integrated',
          'APP-051;Salah Kode;umum;RAB.01;Dinas;pdn;government-owned;operational;integrated',
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Impor CSV' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('Diimpor: 1 / 2');
    const rowError = report.locator('tr.row-error');
    expect(await rowError.locator('td').first().textContent()).toBe('3');
    expect(await rowError.textContent()).toContain('raaCode');
    await page.screenshot({ path: path.join(screenshots, 'inventory-import.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    noErrors(page);
    await context.close();
  });

  it('takes a dataset through produsen → walidata towards the CKAN mock', async () => {
    const operator = await signIn('operator.balikpapan');
    await operator.page.getByRole('link', { name: 'Satu Data' }).click();
    await operator.page.getByRole('button', { name: 'Ajukan ke walidata' }).first().click();
    await operator.page.getByText('Diajukan').first().waitFor();
    await operator.context.close();
    const { context, page } = await signIn('admin.balikpapan');
    await page.getByRole('link', { name: 'Satu Data' }).click();
    const card = page.locator('section', { hasText: 'DS-001' });
    await card.getByRole('button', { name: 'Nyatakan sesuai prinsip Satu Data' }).click();
    await card.getByText('Diperiksa walidata').waitFor();
    await card.getByRole('button', { name: 'Terbitkan ke portal Satu Data (CKAN)' }).click();
    // Published through package_create: the card shows "Terbit" and links to the dataset's page on the CKAN mock.
    await card.getByText('Terbit', { exact: true }).waitFor();
    const ckanMock = portal.mocks!.servers.ckan;
    const link = card.locator(`a[href="${ckanMock.baseUrl}/dataset/6471-ds-001"]`);
    expect(await link.count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    const shown = (await (await fetch(`${ckanMock.baseUrl}/api/3/action/package_show?id=6471-ds-001`)).json()) as {
      success: boolean;
      result: { title: string };
    };
    expect(shown.success).toBe(true);
    const listed = (await (await fetch(`${ckanMock.baseUrl}/api/3/action/package_list`)).json()) as {
      result: string[];
    };
    expect(listed.result).toContain('6471-ds-001');
    await page.screenshot({ path: path.join(screenshots, 'datasets.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the audit trail, verifies it live and downloads a proof bundle that verifies offline', async () => {
    const { context, page } = await signIn('auditor.balikpapan');
    await page.getByRole('link', { name: 'Jejak audit' }).click();
    await expect.poll(() => page.getByTestId('integrity-status').textContent()).toContain('Log utuh');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('bundle-link').first().click(),
    ]);
    const bundle = await readFile(await download.path(), 'utf8');
    const integrity = await portal.services.audit.log.latestCheckpoint();
    expect(integrity).toBeDefined();
    const verified = await verifyProofBundle(bundle, {
      origin: portal.services.audit.log.origin,
      verifierKeys: [portal.services.audit.log.verifierKey],
    });
    expect(verified.event.actor.agency).toBe('64.71');
    await page.screenshot({ path: path.join(screenshots, 'audit.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    noErrors(page);
    await context.close();
  });

  it('switches to English and back', async () => {
    const { context, page } = await signIn('admin.balikpapan');
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await page.getByRole('link', { name: 'Assessments' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: /Show NIP operator\.balikpapan/ }).click();
    await page.getByText(/^\d{18}$/).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'users-en.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Switch language to Bahasa Indonesia' }).click();
    await page.getByRole('link', { name: 'Penilaian' }).waitFor();
    noErrors(page);
    await context.close();
  });

  it('shows the operator who processed their data (UU PDP Pasal 32), on a phone-sized screen', async () => {
    const { context, page } = await signIn('operator.balikpapan', { width: 390, height: 844 });
    await page.getByRole('link', { name: 'Data saya' }).click();
    await page.getByText('Membuka NIP lengkap').first().waitFor();
    await page.screenshot({ path: path.join(screenshots, 'my-data-phone.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    noErrors(page);
    await context.close();
  });

  it('shows the province coordinator every regency and city of Kalimantan Timur', async () => {
    const { context, page } = await signIn('koordinator.kaltim');
    const table = page.getByTestId('province-table');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(10);
    expect(await table.textContent()).toContain('Kota Samarinda');
    await page.screenshot({ path: path.join(screenshots, 'province.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    noErrors(page);
    await context.close();
  });
});
