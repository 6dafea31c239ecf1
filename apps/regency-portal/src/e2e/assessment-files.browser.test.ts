import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentFromWorkbook, assessmentToWorkbook } from '@spbe-kit/cli';
import { getMethodology } from '@spbe-kit/indicators';
import type { Assessment } from '@spbe-kit/models';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createTestPortal, type TestPortal } from '../server/testing/test-portal.js';
import {
  axeViolations,
  browserTestTimeout,
  horizontalOverflow,
  launchChromium,
  pageErrors,
  signIn as signInAs,
  skipBrowser,
  viewports,
} from './browser.js';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const uiDir = path.join(appRoot, 'dist/ui');
const screenshots = path.join(appRoot, '.screenshots');
const password = 'demo-spbe-2025';
const workbookType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The downloaded record with every Pemdi indicator valued by `value` (what a team does in Excel). */
function filledIn(record: Assessment, value: (number: number) => number): Assessment {
  return {
    ...record,
    indicators: getMethodology('pemdi-2026').indicators.map((indicator) => ({
      number: indicator.number,
      selfAssessedValue: value(indicator.number),
      evidence: [],
      verification: { uploaded: false, interviewed: false, approved: false },
    })),
  };
}

describe.skipIf(skipBrowser)(
  'the assessment as a workbook, and the trend per methodology, in a real browser',
  { timeout: browserTestTimeout },
  () => {
    let portal: TestPortal;
    let browser: Browser;
    let baseUrl: string;

    beforeAll(async () => {
      if (!existsSync(path.join(uiDir, 'index.html'))) throw new Error('dist/ui is missing: run `pnpm build` first');
      await mkdir(screenshots, { recursive: true });
      portal = await createTestPortal(
        'pglite',
        { LOGIN_MAX_FAILURES: '50' },
        { listen: true, app: (services) => createApp(services, { uiDir }) },
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
    const check = async (page: Page, name: string) => {
      await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
      expect(await axeViolations(page), name).toEqual([]);
      expect(await horizontalOverflow(page), `${name}: horizontal overflow`).toBe(0);
    };

    it('downloads the workbook, refuses a bad one cell by cell, then imports the filled one', async () => {
      const { context, page } = await signIn('operator.balikpapan');
      await page.getByRole('link', { name: 'Penilaian' }).click();
      await page.getByRole('link', { name: 'Buka pemdi-2026 2026' }).click();
      await page.locator('#indicator-20').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Unduh buku kerja Excel (.xlsx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('penilaian-64.71-2026-pemdi-2026.xlsx');
      const reading = await assessmentFromWorkbook(new Uint8Array(await readFile(await download.path())));
      expect(reading.valid).toBe(true);
      if (!reading.valid) return;
      expect(reading.assessment).toMatchObject({ methodology: 'pemdi-2026', year: 2026 });

      const upload = async (record: Assessment) => {
        const buffer = Buffer.from(await assessmentToWorkbook(record));
        await page.getByLabel('Buku kerja terisi (.xlsx) atau rekaman JSON').setInputFiles({
          name: 'penilaian-2026.xlsx',
          mimeType: workbookType,
          buffer,
        });
        await page.getByRole('button', { name: 'Impor' }).click();
      };
      // 6 is above the scale: refused at its cell, in the user's language, nothing stored.
      await upload(filledIn(reading.assessment, (number) => (number === 3 ? 6 : 3)));
      const alert = page.locator('section.card', { has: page.locator('#assessment-files') }).getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Lembar Penilaian, baris 10, kolom J (indikator 3)');
      expect(await page.getByTestId('self-index').textContent()).not.toBe('2,72');
      await check(page, 'assessment-import-error');

      await upload(filledIn(reading.assessment, (number) => (number <= 10 ? 3 : 2.5)));
      await page.getByTestId('import-done').waitFor();
      await expect.poll(() => page.getByTestId('self-index').textContent()).toBe('2,72');
      // The indicator forms show the imported values.
      expect(await page.locator('#indicator-11').getByLabel('Mandiri').inputValue()).toBe('2.5');
      await check(page, 'assessment-import-done');
      const events = await portal.services.audit.log.query({ limit: 200 });
      expect(
        events.entries
          .filter((entry) => entry.event.action === 'assessment.import')
          .map((entry) => entry.event.outcome),
      ).toEqual(['failure', 'success']);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });

    // After the import above, the 2026 Pemdi draft has a complete self-assessment: a year of its own series.
    it('keeps the auditor read-only, and shows one trend per methodology at phone width', async () => {
      const { context, page } = await signIn('auditor.balikpapan', viewports.phone);
      await page.getByRole('link', { name: 'Penilaian' }).click();
      await page.getByRole('link', { name: 'Buka pemdi-2026 2026' }).click();
      await page.getByRole('link', { name: 'Unduh buku kerja Excel (.xlsx)' }).waitFor();
      expect(await page.getByRole('button', { name: 'Impor' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Dasbor' }).click();
      const spbe = page.getByTestId('trend-spbe-2020');
      const pemdi = page.getByTestId('trend-pemdi-2026');
      await spbe.waitFor();
      await pemdi.waitFor();
      // Two figures, two tables: the years of one methodology never continue the other's line.
      expect(await spbe.locator('tbody tr').count()).toBe(3);
      expect(await pemdi.locator('tbody tr').count()).toBe(1);
      const trend = page.locator('section.card', { has: page.locator('#trend-card') });
      expect(await trend.locator('figure').count()).toBe(2);
      await trend.scrollIntoViewIfNeeded();
      await check(page, 'dashboard-trend-phone');
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  },
);
