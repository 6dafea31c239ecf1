import { existsSync } from 'node:fs';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { servicesRequired } from '../server/testing/database-targets.js';

/** Debian's chromium (CI installs it); override with SPBE_CHROMIUM_PATH. */
const chromiumPath = process.env.SPBE_CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether the browser tests run: skipped without chromium unless services are required (then they fail). */
export const skipBrowser = !existsSync(chromiumPath) && !servicesRequired;

/**
 * Time a browser test may take: a test signs in several roles (each a password hash) and runs axe on
 * several pages, which on a loaded two-core CI machine takes minutes rather than seconds.
 */
export const browserTestTimeout = 300_000;

/** Time one browser action may wait (Playwright's own default of 30 s is too short under that load). */
export const browserActionTimeout = 90_000;

/** Launches headless chromium with the flags that work in containers and CI. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns the violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; nodes: number }[]> {
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const axeGlobal = (window as unknown as { axe: typeof axe }).axe;
    return axeGlobal.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    nodes: violation.nodes.length,
  }));
}

/** How many CSS pixels the page scrolls sideways (0 when nothing overflows the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The two widths every page is checked at: a desktop and a phone. */
export const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

const consoleErrors = new WeakMap<Page, string[]>();

/**
 * Opens a new context at `viewport`, signs in through the login form and waits for the portal. Console
 * errors (other than 4xx answers the page handles) and uncaught page errors are collected for
 * {@link pageErrors}.
 */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  credentials: { readonly username: string; readonly password: string },
  viewport: { readonly width: number; readonly height: number } = viewports.desktop,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  context.setDefaultTimeout(browserActionTimeout);
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl);
  await page.getByLabel('Nama pengguna').fill(credentials.username);
  await page.getByLabel('Kata sandi').fill(credentials.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor();
  return { context, page };
}

/** The console and page errors collected on a page opened by {@link signIn}. */
export function pageErrors(page: Page): readonly string[] {
  return consoleErrors.get(page) ?? [];
}
