import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { appendSampleProcessing, sampleCitizenNik } from '../server/audit/sample-processing.js';
import { createTestPortal, type TestPortal } from '../server/testing/test-portal.js';
import {
  axeViolations,
  browserActionTimeout,
  browserTestTimeout,
  horizontalOverflow,
  launchChromium,
  skipBrowser,
  viewports,
} from './browser.js';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const uiDir = path.join(appRoot, 'dist/ui');
const screenshots = path.join(appRoot, '.screenshots');
const cliBin = path.resolve(appRoot, '../../packages/cli/dist/bin.js');
const password = 'demo-spbe-2025';
type Viewport = keyof typeof viewports;

/** The daily jobs around accounts, citizens' data requests and the audit trail, as each role does them. */
describe.skipIf(skipBrowser)('operations pages in a real browser (chromium)', { timeout: browserTestTimeout }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    if (!existsSync(path.join(uiDir, 'index.html'))) throw new Error('dist/ui is missing: run `pnpm build` first');
    await mkdir(screenshots, { recursive: true });
    portal = await createTestPortal(
      'pglite',
      { LOGIN_MAX_FAILURES: '50', AUDIT_CHECKPOINT_ENTRIES: '10' },
      { listen: true, app: (services) => createApp(services, { uiDir }) },
    );
    await appendSampleProcessing(portal.services.audit);
    baseUrl = portal.services.listeningUrl!;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  async function signIn(username: string, viewport: Viewport, secret = password) {
    const context: BrowserContext = await browser.newContext({ viewport: viewports[viewport], acceptDownloads: true });
    context.setDefaultTimeout(browserActionTimeout);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill(secret);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    return { context, page, errors };
  }

  /** Screenshot, no axe violation, no sideways scrolling. */
  async function checkPage(page: Page, name: string, viewport: Viewport) {
    await page.screenshot({ path: path.join(screenshots, `${name}-${viewport}.png`), fullPage: true });
    expect(await axeViolations(page), `${name} at ${viewport}`).toEqual([]);
    expect(await horizontalOverflow(page), `${name} at ${viewport}`).toBeLessThanOrEqual(0);
  }

  it('lets the admin create an account, change its role and disable it (desktop)', async () => {
    const { context, page, errors } = await signIn('admin.balikpapan', 'desktop');
    await page.getByRole('link', { name: 'Pengguna' }).click();
    const create = page.locator('section', { hasText: 'Buat akun baru' });
    await create.getByLabel('Nama pengguna').fill('staf.baru');
    await create.getByLabel('Nama tampilan').fill('Staf Baru');
    await create.getByLabel('Kata sandi awal').fill('pendek');
    await create.getByRole('button', { name: 'Buat akun' }).click();
    await create.getByText(/Kata sandi terlalu pendek/).waitFor();
    await create.getByLabel('Kata sandi awal').fill('kuda-laut-biru-2026');
    await create.getByRole('button', { name: 'Buat akun' }).click();
    await create.getByText('Akun staf.baru dibuat.').waitFor();
    await page.getByRole('button', { name: 'Kelola staf.baru' }).click();
    const manage = page.getByTestId('manage-user');
    await manage.getByLabel('Peran').selectOption('asesor');
    await manage.getByRole('button', { name: 'Simpan peran' }).click();
    await manage.getByText('Peran disimpan.').waitFor();
    await checkPage(page, 'users-admin', 'desktop');
    await manage.getByRole('button', { name: 'Nonaktifkan akun' }).click();
    await manage.getByText('Akun dinonaktifkan; sesinya diakhiri.').waitFor();
    await expect.poll(() => page.locator('tr', { hasText: 'staf.baru' }).textContent()).toContain('Nonaktif');
    await manage.getByRole('button', { name: 'Aktifkan kembali akun' }).click();
    await manage.getByText('Akun diaktifkan kembali.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the admin manage accounts on a phone', async () => {
    const { context, page } = await signIn('admin.balikpapan', 'phone');
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('button', { name: 'Kelola operator.balikpapan' }).click();
    await page.getByTestId('manage-user').waitFor();
    await checkPage(page, 'users-admin', 'phone');
    await context.close();
  });

  it('lets a user change their own password, with the rules stated (phone and desktop)', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const username = `staf.${viewport}`;
      await portal.login('admin.balikpapan').then((admin) =>
        admin.json('POST', '/api/agencies/64.71/users', {
          username,
          displayName: 'Staf',
          role: 'operator',
          password: 'kuda-laut-biru-2026',
        }),
      );
      const { context, page } = await signIn(username, viewport, 'kuda-laut-biru-2026');
      await page.getByRole('link', { name: 'Akun saya' }).click();
      await page.getByText(/paling sedikit 12 karakter/).waitFor();
      await page.getByLabel('Kata sandi saat ini').fill('kuda-laut-biru-2026');
      await page.getByLabel('Kata sandi baru', { exact: true }).fill('teluk-balikpapan-99');
      await page.getByLabel('Ulangi kata sandi baru').fill('teluk-balikpapan-99');
      await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
      await page.getByTestId('password-changed').waitFor();
      await checkPage(page, 'account', viewport);
      await context.close();
      await portal.login(username, 'teluk-balikpapan-99');
    }
  });

  it('lets the data protection officer answer a citizen’s request and export it (desktop and phone)', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await signIn('pdp.balikpapan', viewport);
      await page.getByRole('heading', { name: 'Permintaan data pribadi' }).waitFor();
      const number = `PDP/2026/${viewport === 'desktop' ? '101' : '102'}`;
      await page.getByLabel('Nomor permintaan').fill(number);
      await page.getByLabel('Cara identitas diperiksa').selectOption('ktp-el-seen');
      await page.getByRole('button', { name: 'Catat permintaan' }).click();
      await page.getByLabel('NIK warga (16 angka)').fill('6471 0141 0990 0001');
      await page.getByRole('button', { name: 'Telusuri' }).click();
      const answer = page.getByTestId('processing-answer');
      await answer.getByText('Layanan pindah datang penduduk').waitFor();
      expect(await answer.textContent()).toContain('Kota Balikpapan');
      expect(await page.getByLabel('NIK warga (16 angka)').inputValue()).toBe('');
      await checkPage(page, 'data-requests', viewport);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        answer.getByRole('link', { name: 'Unduh jawaban (CSV)' }).click(),
      ]);
      const csv = await readFile(await download.path(), 'utf8');
      expect(csv).toContain(number);
      expect(csv).toContain('Penyaluran bantuan sosial');
      expect(csv).not.toContain(sampleCitizenNik);
      await context.close();
    }
  });

  it('shows the employee’s own "my data" with readable purposes (phone and desktop)', async () => {
    for (const viewport of ['phone', 'desktop'] as const) {
      const { context, page } = await signIn('operator.balikpapan', viewport);
      await page.getByRole('link', { name: 'Data saya' }).click();
      await page.getByRole('heading', { name: 'Siapa yang memproses data saya' }).waitFor();
      await checkPage(page, 'my-data', viewport);
      await context.close();
    }
  });

  it('filters the audit trail, shows labels and changes, and downloads a proof the CLI verifies', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page } = await signIn('auditor.balikpapan', viewport);
      await page.getByRole('link', { name: 'Jejak audit' }).click();
      await expect.poll(() => page.getByTestId('integrity-status').textContent()).toContain('Log utuh');
      await page.getByLabel('Tindakan', { exact: true }).selectOption('user.');
      await page.getByLabel('Pelaku').selectOption({ label: 'admin.balikpapan' });
      await page.getByRole('button', { name: 'Terapkan' }).click();
      const events = page.getByTestId('audit-events');
      await events.getByText('Mengubah peran akun').first().waitFor();
      expect(await events.textContent()).toContain('Peran: Operator OPD → Asesor internal');
      expect(await events.textContent()).not.toContain('auth.login');
      await checkPage(page, 'audit', viewport);
      if (viewport === 'desktop') await verifyConsistencyDownload(page);
      await context.close();
    }
  });

  async function verifyConsistencyDownload(page: Page) {
    const files: Record<string, string> = {};
    for (const testId of ['older-link', 'newer-link', 'consistency-link']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      files[testId] = path.join(screenshots, `download-${download.suggestedFilename()}`);
      await writeFile(files[testId], await readFile(await download.path()));
    }
    const result = spawnSync(
      process.execPath,
      [
        cliBin,
        '--lang',
        'en',
        'audit',
        'verify-checkpoints',
        files['older-link']!,
        files['newer-link']!,
        '--proof',
        files['consistency-link']!,
        '--key',
        portal.services.audit.log.verifierKey,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('the newer log extends the older one');
  }

  it('shows a message and a retry on a proxy’s HTML error page and on a network failure, never endless loading', async () => {
    const { context, page } = await signIn('admin.balikpapan', 'phone');
    await page.route('**/api/agencies/64.71/users', (route) =>
      route.fulfill({
        status: 502,
        contentType: 'text/html',
        body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
      }),
    );
    await page.getByRole('link', { name: 'Pengguna' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'Server sedang bermasalah (kode 502)' });
    await failure.waitFor();
    await checkPage(page, 'error-proxy', 'phone');
    await page.unroute('**/api/agencies/64.71/users');
    await failure.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('button', { name: 'Kelola operator.balikpapan' }).waitFor();
    await page.route('**/api/me/personal-data-processing', (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Data saya' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tidak dapat terhubung ke server' }).waitFor();
    await checkPage(page, 'error-network', 'phone');
    await context.close();
  });

  it('sends a user whose session ended to the sign-in page with a note', async () => {
    const { context, page } = await signIn('asesor.balikpapan', 'desktop');
    // The dashboard has loaded (its page is fetched on first use): the next request is the first without a session.
    await page.getByRole('heading', { level: 1 }).waitFor();
    await portal.services.db.query(
      `DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = 'asesor.balikpapan')`,
    );
    await page.getByRole('link', { name: 'Data saya' }).click();
    await page.getByTestId('login-note').waitFor();
    expect(await page.getByTestId('login-note').textContent()).toContain('Sesi Anda berakhir');
    await page.getByLabel('Nama pengguna').waitFor();
    await checkPage(page, 'session-expired', 'desktop');
    await context.close();
  });
});
