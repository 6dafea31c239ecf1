import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createTestPortal, type TestPortal } from '../server/testing/test-portal.js';
import {
  axeViolations,
  browserTestTimeout,
  horizontalOverflow,
  launchChromium,
  signIn,
  skipBrowser,
  viewports,
} from './browser.js';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const uiDir = path.join(appRoot, 'dist/ui');
const screenshots = path.join(appRoot, '.screenshots');
const password = 'demo-spbe-2025';
type Viewport = keyof typeof viewports;

const proxyPage = '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

/** The pages that load data show a failure with a retry; the main menu fits a phone without scrolling sideways. */
describe.skipIf(skipBrowser)(
  'failures with a retry, and the main menu, in a real browser',
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

    /** Screenshot, no axe violation, no sideways scrolling of the page nor inside the main menu. */
    async function checkPage(page: Page, name: string, viewport: Viewport) {
      await page.screenshot({ path: path.join(screenshots, `${name}-${viewport}.png`), fullPage: true });
      expect(await axeViolations(page), `${name} at ${viewport}`).toEqual([]);
      expect(await horizontalOverflow(page), `${name} at ${viewport}`).toBeLessThanOrEqual(0);
      const menu = page.getByRole('navigation', { name: 'Menu utama' });
      const menuOverflow = await menu.evaluate((nav) =>
        Math.max(...[nav, ...nav.querySelectorAll('*')].map((element) => element.scrollWidth - element.clientWidth)),
      );
      expect(menuOverflow, `${name} at ${viewport}: the menu scrolls sideways`).toBeLessThanOrEqual(0);
    }

    it('shows every menu link on a phone, wrapped, without sideways scrolling', async () => {
      const { context, page } = await signIn(
        browser,
        baseUrl,
        { username: 'admin.balikpapan', password },
        viewports.phone,
      );
      const links = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(9);
      for (const link of await links.all()) {
        const box = await link.boundingBox();
        expect(box, (await link.textContent()) ?? undefined).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewports.phone.width);
      }
      await checkPage(page, 'menu', 'phone');
      await context.close();
    });

    it('retries the Satu Data and inventory pages after a proxy error page and a network failure (phone)', async () => {
      const { context, page } = await signIn(
        browser,
        baseUrl,
        { username: 'admin.balikpapan', password },
        viewports.phone,
      );
      await page.route('**/api/agencies/64.71/datasets', (route) =>
        route.fulfill({ status: 502, contentType: 'text/html', body: proxyPage }),
      );
      await page.getByRole('link', { name: 'Satu Data' }).click();
      const failure = page.getByRole('alert').filter({ hasText: 'Server sedang bermasalah (kode 502)' });
      await failure.waitFor();
      await checkPage(page, 'datasets-failure', 'phone');
      await page.unroute('**/api/agencies/64.71/datasets');
      await failure.getByRole('button', { name: 'Coba lagi' }).click();
      await page.getByText('DS-001', { exact: false }).first().waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'Server sedang bermasalah' }).count()).toBe(0);

      await page.route('**/api/agencies/64.71/inventories/application', (route) => route.abort('internetdisconnected'));
      await page.getByRole('link', { name: 'Inventaris' }).click();
      const offline = page.getByRole('alert').filter({ hasText: 'Tidak dapat terhubung ke server' });
      await offline.waitFor();
      // never "no data" for a failure
      expect(await page.getByText('Belum ada data').count()).toBe(0);
      await checkPage(page, 'inventories-failure', 'phone');
      await page.unroute('**/api/agencies/64.71/inventories/application');
      await offline.getByRole('button', { name: 'Coba lagi' }).click();
      await page.locator('#inventory-items').locator('..').getByText('APP-001').first().waitFor();
      await context.close();
    });

    it('retries the assessments list and the province overview after a 503 (desktop)', async () => {
      const operator = await signIn(browser, baseUrl, { username: 'operator.balikpapan', password });
      await operator.page.route('**/api/agencies/64.71/assessments', (route) =>
        route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
      );
      await operator.page.getByRole('link', { name: 'Penilaian' }).click();
      const failure = operator.page.getByRole('alert').filter({ hasText: 'kode 503' });
      await failure.waitFor();
      await checkPage(operator.page, 'assessments-failure', 'desktop');
      await operator.page.unroute('**/api/agencies/64.71/assessments');
      await failure.getByRole('button', { name: 'Coba lagi' }).click();
      await operator.page.getByRole('link', { name: 'Buka pemdi-2026 2026' }).waitFor();
      await operator.context.close();

      const coordinator = await signIn(browser, baseUrl, { username: 'koordinator.kaltim', password });
      await coordinator.page.getByRole('heading', { level: 1 }).waitFor();
      await coordinator.page.route('**/api/agencies/64/province-overview**', (route) =>
        route.fulfill({ status: 502, contentType: 'text/html', body: proxyPage }),
      );
      await coordinator.page.reload();
      const provinceFailure = coordinator.page.getByRole('alert').filter({ hasText: 'kode 502' });
      await provinceFailure.waitFor();
      await checkPage(coordinator.page, 'province-failure', 'desktop');
      await coordinator.page.unroute('**/api/agencies/64/province-overview**');
      await provinceFailure.getByRole('button', { name: 'Coba lagi' }).click();
      await coordinator.page.locator('#province-table-title').waitFor();
      await coordinator.context.close();
    });
  },
);
