import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { servicesRequired } from '../server/testing/database-targets.js';

/** Debian's chromium (CI installs it); override with SPBE_CHROMIUM_PATH. */
const chromiumPath = process.env.SPBE_CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether the browser tests run: skipped without chromium unless services are required (then they fail). */
export const skipBrowser = !existsSync(chromiumPath) && !servicesRequired;

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
