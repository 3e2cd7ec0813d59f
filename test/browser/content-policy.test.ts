import type { BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, serverAndBrowser } from './harness';

const env = serverAndBrowser();

/** Every refusal the browser reports, from the page's own event and from its console, across reloads. */
async function watchRefusals(context: BrowserContext, page: Page): Promise<string[]> {
  const refusals: string[] = [];
  await context.exposeFunction('reportPolicyViolation', (text: string) => refusals.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${event.violatedDirective} refused ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Refused to')) refusals.push(message.text());
  });
  return refusals;
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

describe('the app under its Content-Security-Policy', () => {
  it('runs the login, report form with a photo preview, rapor chart, dashboard charts and service worker with no refusal', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    const refusals = await watchRefusals(context, page);

    const response = await page.goto('/login');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');

    await logIn(page, 'puput');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    // The service worker registers from the bundle, not from an inline script.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/\/sw\.js$/);

    await menu(page).getByRole('link', { name: 'Lapor' }).click();
    await page.getByRole('heading', { name: 'Laporkan kegiatan', level: 1 }).waitFor();
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 60, g: 140, b: 90 } } })
      .jpeg()
      .toBuffer();
    await page.getByLabel('Ambil foto').setInputFiles({ name: 'kegiatan.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    // The preview is a blob: URL; a refused image would have no size.
    const preview = page.getByRole('img', { name: 'Foto 1' });
    await preview.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img[alt="Foto 1"]');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);

    await menu(page).getByRole('link', { name: 'Rapor' }).click();
    await page.getByRole('heading', { name: 'Rapor Perpusdes Puput', level: 1 }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await context.close();

    const admin = await openPage(env.browser, env.url);
    const adminRefusals = await watchRefusals(admin.context, admin.page);
    await logIn(admin.page, 'babel');
    await admin.page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await admin.page.goto('/dasbor?region=19&from=2024-01-01&to=2024-09-25');
    await admin.page.getByRole('heading', { name: 'Dasbor Kepulauan Bangka Belitung', level: 1 }).waitFor();
    await admin.page.locator('.recharts-surface').first().waitFor();
    await admin.context.close();

    expect([...refusals, ...adminRefusals]).toEqual([]);
  });
});

describe('pages loaded when first shown', () => {
  it('say they are loading, then focus the page’s heading, and offer a retry when their code cannot be fetched offline', async () => {
    // Without the service worker, so the test holds and drops the page's code itself.
    const context = await env.browser.newContext({ baseURL: env.url, locale: 'id-ID', serviceWorkers: 'block' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await logIn(page, 'puput');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();

    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/AccountPage-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await menu(page).getByRole('link', { name: 'Akun' }).click();
    await page.locator('#main').getByRole('status').getByText('Memuat…').waitFor();
    release();
    const heading = page.getByRole('heading', { name: 'Akun', level: 1 });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Akun');

    await context.setOffline(true);
    await menu(page).getByRole('link', { name: 'Tentang' }).click();
    const notice = page.getByRole('alert');
    await notice.getByText('Tidak ada koneksi ke server. Periksa internet Anda lalu coba lagi.').waitFor();
    // The rest of the app stays: the menu still leads elsewhere.
    await menu(page).getByRole('link', { name: 'Beranda' }).waitFor();

    await context.setOffline(false);
    await notice.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('heading', { name: 'Tentang SIM TPBIS', level: 1 }).waitFor();
    await context.close();
  });
});
