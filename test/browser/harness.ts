import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { connect } from '#server/db/connect';
import { demoPassword } from '#server/features/demo/logins';
import { prepareDatabase } from '#server/startup';

export { demoPassword };

const webRoot = resolve('dist/web');

/**
 * The real server, in-process, on a free port with its own SQLite file in a temporary folder:
 * a copy of the demo database the run built once, as `npm start` builds it on a fresh clone.
 */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error('dist/web is missing: run `npm run build:web` (npm run test:browser does)');
  const dataDir = mkdtempSync(join(tmpdir(), 'sim-browser-'));
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent', SIM_DEMO: '1' });
  const file = join(dataDir, 'sim-tpbis.db');
  copyFileSync(inject('demoDatabase'), file);
  cpSync(inject('demoUploads'), config.uploadDir, { recursive: true });
  const connection = connect({ dataDir, file });
  // Only migrates: the copy already holds the regions and the demo.
  await prepareDatabase(connection, { admin: null, demo: true, uploadDir: config.uploadDir });
  const app = await buildApp({ config, connection, logger: false, webRoot });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await connection.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium (never a downloaded browser); the flags keep it quiet and offline apart from our server. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** A fresh browser profile (no cookies, no saved language) pointed at the server. */
export async function openPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }): Promise<Session> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'id-ID' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page };
}

/** Logs in through the form, as a person would. */
export async function logIn(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/**
 * Waits until the service worker controls the page: reload once it is ready, and the page that
 * comes back (`heading`) is served through it, so the app will open with no connection.
 */
export async function underServiceWorker(page: Page, heading: Parameters<Page['getByRole']>[1]): Promise<void> {
  await page.getByRole('heading', heading).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.getByRole('heading', heading).waitFor();
}

/** Where screenshots go when a test takes them for a human to look at. */
export const screenshotDir = resolve(process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'sim-tpbis-screenshots'));

/**
 * Starts a server on its own copy of the demo and a browser before a file's tests, and stops
 * both after them. Read `url` and `browser` inside tests, once they have started.
 */
export function serverAndBrowser(): { readonly url: string; readonly browser: Browser } {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
