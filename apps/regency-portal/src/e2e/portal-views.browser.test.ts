import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createTestPortal, type TestPortal } from '../server/testing/test-portal.js';
import { browserTestTimeout, launchChromium, pageErrors, signIn as signInAs, skipBrowser } from './browser.js';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const uiDir = path.join(appRoot, 'dist/ui');
const screenshots = path.join(appRoot, '.screenshots');
const password = 'demo-spbe-2025';
const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

/** axe-core's WCAG 2.1 A/AA violations of the page. */
async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const axeGlobal = (window as unknown as { axe: typeof axe }).axe;
    return axeGlobal.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Screenshot under .screenshots/, no axe violation, no horizontal scrolling of the page. */
async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  expect(await axeViolations(page), name).toEqual([]);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The elements that stick out, to say what overflows.
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    const by = document.documentElement.scrollWidth - width;
    return { by, wide: by > 0 ? wide : [] };
  });
  expect(overflow, `${name}: horizontal overflow`).toEqual({ by: 0, wide: [] });
}

describe.skipIf(skipBrowser)(
  'inventories, Satu Data, province and assessments in a real browser',
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

    it('adds, edits and deletes one application in the form, with errors under the field', async () => {
      const { context, page } = await signIn('operator.balikpapan');
      await page.getByRole('link', { name: 'Inventaris' }).click();
      const items = page.locator('#inventory-items').locator('..');
      // enum values by their Indonesian labels
      await expect.poll(() => items.locator('tbody').textContent()).toContain('Aplikasi Umum');
      await page.getByRole('button', { name: 'Tambah item' }).click();
      const form = page.getByRole('form', { name: /Tambah/ });
      await form.getByLabel('Kode', { exact: false }).first().fill('APP-077');
      await form.getByLabel(/Nama aplikasi/).fill('Sistem Arsip Dinamis');
      await form.getByLabel(/Kode RAA/).fill('RAB.01');
      await form.getByLabel(/Unit pemilik/).fill('Sekretariat Daerah');
      await form.getByLabel('Hosting').selectOption({ label: 'Pusat Data Nasional (PDN)' });
      await form.getByLabel('Lisensi').selectOption({ label: 'Milik pemerintah' });
      await form.getByLabel('Status').selectOption({ label: 'Beroperasi' });
      await form.getByLabel('Integrasi SPLP').selectOption({ index: 1 });
      await form.getByRole('button', { name: 'Simpan' }).click();
      const raaError = page.locator('#field-raaCode-error');
      await raaError.waitFor();
      expect(await page.getByLabel(/Kode RAA/).getAttribute('aria-invalid')).toBe('true');
      await checkPage(page, 'inventory-form-error');
      await form.getByLabel(/Kode RAA/).fill('RAA.01.02');
      await form.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('APP-077 tersimpan.').waitFor();
      await expect.poll(() => items.locator('tbody').textContent()).toContain('Sistem Arsip Dinamis');
      // edit: the code stays, the name changes
      await page.getByRole('button', { name: 'Ubah APP-077' }).click();
      const edit = page.getByRole('form', { name: 'Ubah APP-077' });
      expect(await edit.getByLabel(/Nama aplikasi/).inputValue()).toBe('Sistem Arsip Dinamis');
      await edit.getByLabel(/Nama aplikasi/).fill('Sistem Arsip Dinamis (SRIKANDI lokal)');
      await edit.getByRole('button', { name: 'Simpan' }).click();
      await expect.poll(() => items.locator('tbody').textContent()).toContain('SRIKANDI lokal');
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Hapus APP-077' }).click();
      await expect.poll(() => items.locator('tbody').textContent()).not.toContain('APP-077');
      const actions = (
        await portal.services.db.query<{ n: number }>('SELECT 1 AS n FROM inventory_items WHERE code = $1', ['APP-077'])
      ).length;
      expect(actions).toBe(0);
      noErrors(page);
      await context.close();
    });

    it('fits the inventory form and an infrastructure item on a phone', async () => {
      const { context, page } = await signIn('operator.balikpapan', phone);
      await page.getByRole('link', { name: 'Inventaris' }).click();
      await page.getByRole('button', { name: 'Arsitektur' }).click();
      await page.getByRole('button', { name: 'Tambah item' }).click();
      await page.getByLabel(/Domain/).selectOption({ label: 'Infrastruktur SPBE' });
      await page.getByLabel(/Jenis infrastruktur/).selectOption({ label: 'Fasilitas Komputasi' });
      await page.getByLabel('Kode', { exact: false }).first().fill('INF-077');
      await page.getByLabel(/^Nama/).fill('Ruang server Diskominfo');
      await page.getByLabel(/Kode referensi arsitektur/).fill('RAI.01');
      await page.getByLabel(/Tier pusat data/).fill('dua');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.locator('#field-tier-error').waitFor();
      await checkPage(page, 'inventory-form-phone');
      await page.getByLabel(/Tier pusat data/).fill('2');
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('INF-077 tersimpan.').waitFor();
      expect(await page.locator('#inventory-items').locator('..').textContent()).toContain('Infrastruktur SPBE');
      noErrors(page);
      await context.close();
    });

    it('takes a dataset with its data file to CKAN; the rejection reason is shown; the link works', async () => {
      const operator = await signIn('operator.balikpapan', phone);
      await operator.page.getByRole('link', { name: 'Satu Data' }).click();
      const card = (page: Page) => page.locator('section', { hasText: 'DS-002' });
      await card(operator.page)
        .getByLabel(/Tambah berkas data/)
        .setInputFiles({
          name: 'sekolah-2025.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('kecamatan;jumlah\nKota;42\n'),
        });
      await card(operator.page).getByRole('link', { name: 'sekolah-2025.csv', exact: true }).waitFor();
      // DS-002 is already with the walidata (submitted) in the sample data
      expect(await card(operator.page).textContent()).toContain('Diajukan');
      await operator.context.close();

      const admin = await signIn('admin.balikpapan');
      await admin.page.getByRole('link', { name: 'Satu Data' }).click();
      const reason = 'Definisi operasional belum lengkap; sebutkan jenjang sekolah.';
      await card(admin.page)
        .getByLabel(/Alasan/)
        .fill(reason);
      await card(admin.page).getByRole('button', { name: 'Tolak' }).click();
      await card(admin.page).getByText(reason).first().waitFor();
      await admin.context.close();

      const back = await signIn('operator.balikpapan', phone);
      await back.page.getByRole('link', { name: 'Satu Data' }).click();
      expect(await back.page.getByTestId('reason-DS-002').textContent()).toContain(reason);
      await checkPage(back.page, 'datasets-rejected-phone');
      await card(back.page).getByRole('button', { name: 'Perbaiki' }).click();
      await card(back.page).getByRole('button', { name: 'Ajukan ke walidata' }).click();
      await card(back.page).getByText('Diajukan').waitFor();
      await back.context.close();

      const walidata = await signIn('admin.balikpapan');
      await walidata.page.getByRole('link', { name: 'Satu Data' }).click();
      await card(walidata.page).getByRole('button', { name: 'Nyatakan sesuai prinsip Satu Data' }).click();
      await card(walidata.page).getByRole('button', { name: 'Terbitkan ke portal Satu Data (CKAN)' }).click();
      const link = card(walidata.page).getByRole('link', { name: 'Lihat di portal Satu Data (CKAN)' });
      await link.waitFor();
      const page = await fetch((await link.getAttribute('href'))!);
      expect(page.status).toBe(200);
      const file = card(walidata.page).getByRole('link', { name: /sekolah-2025\.csv di portal Satu Data/ });
      expect(await (await fetch((await file.getAttribute('href'))!)).text()).toBe('kecamatan;jumlah\nKota;42\n');
      await checkPage(walidata.page, 'datasets-published');
      noErrors(walidata.page);
      await walidata.context.close();
    });

    for (const [label, viewport] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      it(`lets the province coordinator choose the column, sort, drill down and export (${label})`, async () => {
        const { context, page } = await signIn('koordinator.kaltim', viewport);
        const table = page.getByTestId('province-table');
        await table.waitFor();
        expect(await page.getByLabel('Tahun').inputValue()).toBe('2025');
        await checkPage(page, `province-${label}`);
        await page.getByLabel('Tahun').selectOption('2024');
        await page.getByRole('heading', { name: /^2024 · Indeks SPBE/ }).waitFor();
        // sorting by name, ascending: the column header on a desktop, the sort menu on a phone (stacked rows)
        if (label === 'desktop') await page.getByRole('button', { name: 'Nama' }).click();
        else await page.getByLabel('Urutkan menurut').selectOption('name:asc');
        const names = await table.locator('tbody tr td:first-child button').allTextContents();
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
        expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Nama');
        // one methodology at a time: nobody has a verified Pemdi 2026 result in 2024
        await page.getByLabel('Metodologi').selectOption('pemdi-2026');
        await expect.poll(() => page.getByTestId('not-submitted').textContent()).toContain('10 dari 10');
        await page.getByLabel('Metodologi').selectOption('spbe-2020');
        await page.getByRole('button', { name: 'Kota Samarinda' }).click();
        const detail = page.locator('#regency-detail').locator('..');
        await detail.getByText('Riwayat hasil terverifikasi').waitFor();
        expect(await detail.locator('tbody tr').count()).toBe(3);
        // decimal commas in Indonesian
        expect(await detail.locator('tbody').textContent()).toMatch(/\d,\d\d/);
        await checkPage(page, `province-detail-${label}`);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Unduh CSV' }).click(),
        ]);
        const csv = await readFile(await download.path(), 'utf8');
        expect(csv).toContain(';2024;Indeks SPBE (PermenPANRB 59/2020);');
        noErrors(page);
        await context.close();
      });
    }

    it('asks before submitting, and removes a wrong evidence file (phone)', async () => {
      const { context, page } = await signIn('operator.balikpapan', phone);
      await page.getByRole('link', { name: 'Penilaian' }).click();
      await checkPage(page, 'assessments-phone');
      await page.getByRole('link', { name: 'Buka pemdi-2026 2026' }).click();
      const row = page.locator('#indicator-1');
      await row.waitFor();
      await row
        .getByLabel('Unggah berkas')
        .setInputFiles({ name: 'salah.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%salah\n') });
      await row.getByRole('link', { name: 'salah.pdf' }).waitFor();
      await row.getByRole('button', { name: 'Hapus salah.pdf' }).click();
      await row.getByRole('alertdialog').waitFor();
      await row.getByRole('button', { name: 'Ya, hapus' }).click();
      await expect.poll(() => row.getByRole('link', { name: 'salah.pdf' }).count()).toBe(0);
      const events = await portal.services.db.query<{ n: number }>(
        'SELECT 1 AS n FROM evidence_files WHERE file_name = $1',
        ['salah.pdf'],
      );
      expect(events).toHaveLength(0);
      await page.getByRole('button', { name: 'Kirim ke asesor' }).click();
      const dialog = page.getByRole('alertdialog');
      expect(await dialog.textContent()).toContain('tidak dapat diubah lagi');
      await checkPage(page, 'assessment-submit-confirm-phone');
      await dialog.getByRole('button', { name: 'Batal' }).click();
      await page.getByRole('button', { name: 'Kirim ke asesor' }).waitFor();
      noErrors(page);
      await context.close();
    });
  },
);
