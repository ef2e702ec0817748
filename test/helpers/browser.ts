/**
 * Debian's Chromium driven by playwright-core, for the e2e layer. When /usr/bin/chromium is missing
 * the setup installs the `chromium` Debian package (and says so), since playwright's own browser
 * download is not how this project gets a browser.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { waitFor } from './harness';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-output', 'e2e');

export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  process.stderr.write(
    `e2e: ${CHROMIUM} is missing; installing the chromium Debian package (apt-get update && apt-get install -y chromium)\n`,
  );
  execSync('apt-get update && apt-get install -y chromium', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`installing chromium did not provide ${CHROMIUM}`);
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  ensureChromium();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patchcord-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    page,
    errors,
    async shot(name: string) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until the locator's text (all matches joined) matches; playwright-core has no expect(). */
export async function untilText(locator: Locator, want: string | RegExp, opts: { exact?: boolean } = {}): Promise<void> {
  let last = '';
  await waitFor(
    async () => {
      last = (await locator.allTextContents()).join(' | ');
      if (typeof want !== 'string') return want.test(last);
      return opts.exact ? last === want : last.includes(want);
    },
    15_000,
    `text ${String(want)}`,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; last seen: "${last}"`);
  });
}
