import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, serverAndBrowser, underServiceWorker } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };
const banner = 'Anda sedang luring — laporan disimpan dan dikirim saat tersambung';
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}`;

const photo = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 60, g: 140, b: 90 } } })
    .jpeg({ quality: 80 })
    .toBuffer();

async function startReport(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Laporkan kegiatan' }).first().click();
  await page.getByRole('heading', { name: 'Laporkan kegiatan', level: 1 }).waitFor();
  await page.getByRole('radio', { name: /Pelibatan masyarakat/ }).check();
  await page.getByLabel('Judul').fill(title);
  await page.getByLabel('Peserta laki-laki').fill('4');
  await page.getByLabel('Peserta perempuan').fill('9');
}

/** The report as a reviewer finds it: in the queue, with its photos. */
async function inQueue(page: Page, title: string) {
  await page.goto('/verifikasi');
  await page.getByRole('heading', { name: 'Antrean verifikasi', level: 1 }).waitFor();
  await page.getByRole('searchbox', { name: 'Cari judul' }).fill(title);
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByText('1 laporan menunggu', { exact: true }).waitFor();
  return page.getByRole('list', { name: 'Laporan yang menunggu verifikasi' }).getByRole('listitem').filter({ hasText: title });
}

describe('a phone with a weak signal', () => {
  it('keeps a photo taken offline and sends it with the report; the home page catches up when the connection returns', async () => {
    const title = uniqueTitle('Bedah buku dengan foto');
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'puput');
    await underServiceWorker(page, { name: /^Selamat datang/ });

    await context.setOffline(true);
    await page.reload();
    await page.getByText(banner).waitFor();
    // Offline, the home page cannot load what came back from reviewers.
    await page.getByText(/^Tidak ada koneksi ke server/).waitFor();
    await startReport(page, title);
    await page.getByLabel('Ambil foto').setInputFiles({ name: 'bedah-buku.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await page.getByRole('img', { name: 'Foto 1' }).waitFor();
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByText(`Tidak ada koneksi. “${title}” disimpan di perangkat ini`).waitFor();
    await page.getByText('Fotonya ikut dikirim sesudah laporannya.').waitFor();
    await page.getByRole('region', { name: 'Menunggu dikirim (1)' }).getByText(title).waitFor();

    await page.goto('/');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await context.setOffline(false);
    await page.getByText(`“${title}” terkirim untuk diverifikasi.`).waitFor();
    await page.getByText(banner).waitFor({ state: 'detached' });
    // Nothing stale: no "no connection", no "waiting (0)".
    await page.getByText(/^Tidak ada koneksi ke server/).waitFor({ state: 'detached' });
    expect(await page.getByText('Menunggu dikirim (0)').count()).toBe(0);
    await page.getByRole('region', { name: 'Baru saja terkirim' }).waitFor();

    const reviewer = await openPage(env.browser, env.url);
    await logIn(reviewer.page, 'yulianti');
    await reviewer.page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    const item = await inQueue(reviewer.page, title);
    await item.getByText('1 foto').waitFor();
    await reviewer.context.close();
    await context.close();
  });

  it('makes one report from one press of Kirim when a photo is refused, and warns of no double report', async () => {
    const title = uniqueTitle('Kelas literasi foto salah');
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'puput');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await startReport(page, title);
    // Says it is a JPEG; is not one. Only the server, reading the content, can tell.
    await page
      .getByLabel('Ambil foto')
      .setInputFiles({ name: 'bukan-foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture') });
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    // The problem shows by the buttons, with the focus, where a thumb on a phone is.
    const problem = page.locator('.activity-form__problem');
    await problem.getByRole('alert').waitFor();
    await problem.getByText(/Tekan Kirim lagi/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('activity-form__problem'))).toBe(true);
    expect(
      await problem.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      }),
    ).toBe(true);

    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText('Laporan terkirim dan menunggu verifikasi.').waitFor();
    expect(await page.getByText('Mungkin laporan ganda').count()).toBe(0);

    // One report, not a stray draft beside it: the reviewer's queue holds exactly one with this title.
    const reviewer = await openPage(env.browser, env.url);
    await logIn(reviewer.page, 'yulianti');
    await reviewer.page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    const item = await inQueue(reviewer.page, title);
    expect(await item.count()).toBe(1);
    await reviewer.context.close();
    await context.close();
  });

  it('names a title that is too long and a participant count that is not whole', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'puput');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await startReport(page, 'x'.repeat(10_000));
    // Kept whole, and said so at once, instead of cut to 200 without a word.
    expect((await page.getByLabel('Judul').inputValue()).length).toBe(10_000);
    await page.getByText('10000 dari maksimal 200 karakter', { exact: false }).waitFor();
    await page.getByText('Terlalu panjang: maksimal 200 karakter.').first().waitFor();
    await page.getByLabel('Peserta perempuan').fill('2.5');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Periksa isian berikut:' });
    await problems.getByText('Judul: Terlalu panjang: maksimal 200 karakter.').waitFor();
    await problems.getByText('Peserta perempuan: Harus bilangan bulat, misalnya 12.').waitFor();
    await context.close();
  });
});
