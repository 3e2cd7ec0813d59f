import { describe, expect, it } from 'vitest';
import { logIn, openPage, serverAndBrowser, underServiceWorker } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };
const banner = 'Anda sedang luring — laporan disimpan dan dikirim saat tersambung';

describe('the installed app without a connection', () => {
  it('serves the service worker uncached, as JavaScript', async () => {
    const response = await fetch(`${env.url}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    // The page is revalidated, the hashed bundles it names are kept for good.
    const page = await fetch(`${env.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = /src="(\/assets\/[^"]+)"/.exec(await page.text())?.[1];
    expect(asset).toBeDefined();
    const bundle = await fetch(`${env.url}${asset}`);
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('opens offline for the last user, keeps a report and sends it once the connection returns', async () => {
    const title = `Bedah buku luring ${Date.now().toString(36)}`;
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'puput');
    await underServiceWorker(page, { name: /^Selamat datang/ });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.getByText(banner).count()).toBe(0);

    await context.setOffline(true);
    await page.reload();
    await page.getByText(banner).waitFor();
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('link', { name: 'Laporkan kegiatan' }).first().click();
    await page.getByRole('heading', { name: 'Laporkan kegiatan', level: 1 }).waitFor();
    await page.getByText(banner).waitFor();

    await page.getByRole('radio', { name: /Pelibatan masyarakat/ }).check();
    await page.getByLabel('Judul').fill(title);
    await page.getByLabel('Peserta laki-laki').fill('4');
    await page.getByLabel('Peserta perempuan').fill('9');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    await page.getByText(`Tidak ada koneksi. “${title}” disimpan di perangkat ini`).waitFor();
    const outbox = page.getByRole('region', { name: 'Menunggu dikirim (1)' });
    await outbox.getByText(title).waitFor();
    await outbox.getByText('Menunggu dikirim', { exact: true }).waitFor();

    await context.setOffline(false);
    await page.getByText(`“${title}” terkirim untuk diverifikasi.`).waitFor();
    await page.getByText(banner).waitFor({ state: 'detached' });
    await context.close();
  });

  it('still shows the start screen offline when nobody signed in on this device', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await page.goto('/login');
    await underServiceWorker(page, { name: 'Masuk' });
    await context.setOffline(true);
    await page.reload();
    await page.getByText('SIM TPBIS belum bisa dimuat.').waitFor();
    expect(await page.getByText(banner).count()).toBe(0);
    await context.close();
  });
});
