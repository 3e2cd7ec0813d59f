import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };

/** A unique title, so the demo's thousands of reports never get in the way of finding ours. */
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}`;

/** A real photo, as a phone's camera would hand it over. */
const photo = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .jpeg({ quality: 85 })
    .toBuffer();

async function fitsThePhone(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `activities-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

/** The audit trail as the page shows it: what happened, in order. */
async function trail(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Riwayat' }).locator('.timeline__what strong').allTextContents();
}

async function findInQueue(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Antrean verifikasi' }).click();
  await page.getByRole('heading', { name: 'Antrean verifikasi', level: 1 }).waitFor();
  await page.getByRole('searchbox', { name: 'Cari judul' }).fill(title);
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.getByText('1 laporan menunggu', { exact: true }).waitFor();
  return page.getByRole('list', { name: 'Laporan yang menunggu verifikasi' }).getByRole('listitem').filter({ hasText: title });
}

describe('the review loop', () => {
  it('takes a phone report with a photo through return, fix and verification, and keeps the trail', async () => {
    const title = uniqueTitle('Kelas mendongeng anak');
    const manager = await openPage(env.browser, env.url, phone);
    const reviewer = await openPage(env.browser, env.url);
    const m = manager.page;
    const f = reviewer.page;

    // The manager reports from a phone: today's date and the library are filled in already.
    await logIn(m, 'puput');
    await m.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await m.getByRole('link', { name: 'Laporkan kegiatan' }).click();
    await m.getByRole('heading', { name: 'Laporkan kegiatan', level: 1 }).waitFor();
    await m.getByText(/^Perpustakaan: /).waitFor();
    const today = await m.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(await m.getByLabel('Tanggal', { exact: true }).inputValue()).toBe(today);

    // Mistakes are named per field, in Indonesian, before anything is sent.
    await m.getByRole('radio', { name: /Pelibatan masyarakat/ }).check();
    await m.getByLabel('Peserta laki-laki').fill('4');
    await m.getByLabel('Peserta perempuan').fill('11');
    await m.getByText('Jumlah peserta: 15').waitFor();
    await m.getByText('Peserta disabilitas, lansia, dan anak-anak').click();
    await m.getByLabel('Anak-anak').fill('40');
    await m.getByRole('button', { name: 'Kirim', exact: true }).click();
    const problems = m.getByRole('alert').filter({ hasText: 'Periksa isian berikut:' });
    await problems.getByText('Judul: Terlalu pendek: minimal 3 karakter.').waitFor();
    await problems.getByText('Anak-anak: Tidak boleh lebih dari jumlah peserta (15).').waitFor();

    await m.getByLabel('Anak-anak').fill('9');
    await m.getByLabel('Judul').fill(title);
    await m.getByLabel('Jenis kegiatan').selectOption({ label: 'Mendongeng (storytelling)' });
    await m.getByRole('button', { name: '+ Kepala desa' }).click();
    await m.getByLabel('Ambil foto').setInputFiles({ name: 'kegiatan.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await m.getByRole('img', { name: 'Foto 1' }).waitFor();
    await fitsThePhone(m, 'form');
    await m.getByRole('button', { name: 'Kirim', exact: true }).click();

    await m.getByRole('heading', { name: title, level: 1 }).waitFor();
    await m.getByText('Laporan terkirim dan menunggu verifikasi.').waitFor();
    await m.locator('.activity-head').getByText('Menunggu verifikasi').waitFor();
    await m.getByRole('img', { name: `Foto 1 dari “${title}”` }).waitFor();
    await fitsThePhone(m, 'submitted');

    // The facilitator of Bangka Barat finds it in the queue and returns it with what to fix.
    await logIn(f, 'yulianti');
    await f.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    let item = await findInQueue(f, title);
    // Its photo shows in the queue: the 400 px thumbnail, really loaded, not just "1 foto".
    const thumbnail = item.getByRole('img', { name: `Foto 1 dari “${title}”` });
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(400);
    await item.getByText('1 foto').waitFor();
    await item.screenshot({ path: join(screenshotDir, 'activities-queue-item.png') });
    await item.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await item.getByLabel('Apa yang perlu diperbaiki?').fill('Jumlah peserta perempuan 12 menurut daftar hadir.');
    await item.getByRole('button', { name: 'Kembalikan ke pelapor' }).click();
    await f.getByText(`“${title}” dikembalikan ke pelapor.`).waitFor();
    await f.screenshot({ path: join(screenshotDir, 'activities-queue.png'), fullPage: true });

    // The manager sees the comment on the home screen, fixes the report and sends it again.
    await m.getByRole('button', { name: 'Menu' }).click();
    await m.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Beranda' }).click();
    const returned = m.getByRole('region', { name: /^Dikembalikan kepada Anda/ });
    await returned.getByText('Jumlah peserta perempuan 12 menurut daftar hadir.').waitFor();
    await fitsThePhone(m, 'home-returned');
    await returned.getByRole('link', { name: `Perbaiki “${title}”` }).click();
    await m.getByRole('heading', { name: 'Ubah laporan kegiatan', level: 1 }).waitFor();
    await m.getByText('Jumlah peserta perempuan 12 menurut daftar hadir.').waitFor();
    expect(await m.getByLabel('Peserta perempuan').inputValue()).toBe('11');
    await m.getByLabel('Peserta perempuan').fill('12');
    await m.getByLabel('Catatan untuk pemeriksa').fill('Sudah diperbaiki sesuai daftar hadir.');
    await m.getByRole('button', { name: 'Kirim', exact: true }).click();
    await m.getByText('Laporan terkirim dan menunggu verifikasi.').waitFor();
    await m.getByText('Peserta perempuan: 11 → 12').waitFor();

    // The facilitator verifies it, selecting it in the queue.
    item = await findInQueue(f, title);
    await item.getByRole('checkbox', { name: `Pilih “${title}”` }).check();
    await f.getByRole('button', { name: 'Verifikasi terpilih (1)' }).click();
    await f.getByText('1 laporan sudah diverifikasi.').waitFor();

    // Verified, locked, and every step on record — as the manager sees it.
    await m.reload();
    await m.getByRole('heading', { name: title, level: 1 }).waitFor();
    await m.locator('.activity-head').getByText('Terverifikasi').waitFor();
    expect(await m.getByRole('link', { name: 'Ubah' }).count()).toBe(0);
    expect((await trail(m)).filter((step) => !step.startsWith('Foto'))).toEqual([
      'Dibuat',
      'Dikirim untuk diverifikasi',
      'Dikembalikan',
      'Diubah',
      'Dikirim untuk diverifikasi',
      'Diverifikasi',
    ]);
    expect(await trail(m)).toContain('Foto ditambahkan');
    const history = m.getByRole('region', { name: 'Riwayat' });
    await history.getByText('oleh Yulianti').first().waitFor();
    await history.getByText('Jumlah peserta perempuan 12 menurut daftar hadir.').waitFor();
    await fitsThePhone(m, 'verified');

    await manager.context.close();
    await reviewer.context.close();
  });

  it('keeps a report made offline and sends it once the connection returns', async () => {
    const title = uniqueTitle('Sosialisasi literasi');
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'puput');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('link', { name: 'Laporkan kegiatan' }).click();
    await page.getByRole('heading', { name: 'Laporkan kegiatan', level: 1 }).waitFor();

    await context.setOffline(true);
    await page.getByRole('radio', { name: /Pelibatan masyarakat/ }).check();
    await page.getByLabel('Judul').fill(title);
    await page.getByLabel('Peserta laki-laki').fill('7');
    await page.getByLabel('Peserta perempuan').fill('8');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    await page.getByText(`Tidak ada koneksi. “${title}” disimpan di perangkat ini`).waitFor();
    const outbox = page.getByRole('region', { name: 'Menunggu dikirim (1)' });
    await outbox.getByText(title).waitFor();
    await fitsThePhone(page, 'outbox');

    // Kept on home, which opens without a connection; sent from there once the signal is back.
    expect(new URL(page.url()).pathname).toBe('/');
    await context.setOffline(false);
    await page.getByText(`“${title}” terkirim untuk diverifikasi.`).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kegiatan' }).click();
    await page.getByRole('heading', { name: 'Kegiatan', level: 1 }).waitFor();
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('searchbox', { name: 'Cari judul' }).fill(title);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.getByText('1 laporan cocok dengan filter', { exact: true }).waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.locator('.activity-head').getByText('Menunggu verifikasi').waitFor();
    await context.close();
  });
});

describe('partners', () => {
  it('lets a provincial admin add a library at a village picked by name, then deactivate it', async () => {
    const name = uniqueTitle('TBM Pelangi');
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Mitra' }).click();
    await page.getByRole('heading', { name: 'Mitra', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Tambah mitra' }).click();
    await page.getByRole('heading', { name: 'Tambah mitra', level: 1 }).waitFor();

    await page.getByLabel('Nama perpustakaan').fill(name);
    await page.getByLabel('Jenis').selectOption({ label: 'Taman bacaan masyarakat (TBM)' });
    await page.getByLabel('Skema').selectOption({ label: 'Replikasi mandiri desa' });
    // Two villages are called Puput: the path tells them apart.
    await page.getByRole('combobox', { name: 'Letak (Desa/kelurahan)' }).fill('Puput');
    await page.getByRole('option', { name: /Puput.*Kabupaten Bangka Barat/ }).click();
    await page.getByText('Terpilih: Puput (Desa/kelurahan, 19.05.06.2005)').waitFor();
    await page.getByLabel('Tahun angkatan').fill('2024');
    await page.getByLabel('Telepon').fill('nomor saya');
    await page.getByRole('button', { name: 'Tambah mitra' }).click();
    await page.getByRole('alert').getByText('Telepon: Hanya angka, spasi, tanda hubung, dan kurung; boleh diawali +.').waitFor();
    await page.getByLabel('Telepon').fill('0812-3456-7890');
    await page.getByRole('button', { name: 'Tambah mitra' }).click();

    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByText('Data mitra tersimpan.').waitFor();
    await page.getByText('Taman bacaan masyarakat (TBM)').waitFor();
    await page.getByText('Belum ada laporan kegiatan.').waitFor();

    await page.getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await page.getByText('Mitra ini nonaktif: riwayatnya tetap ada, tetapi tidak menerima laporan baru.').waitFor();
    await page.getByRole('button', { name: 'Aktifkan lagi' }).waitFor();

    await page.getByRole('link', { name: '‹ Semua mitra' }).click();
    await page.getByRole('searchbox', { name: 'Cari nama' }).fill(name);
    await page.getByLabel('Status mitra').selectOption({ label: 'Nonaktif' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.getByText('1 mitra', { exact: true }).waitFor();
    await page.getByRole('row', { name: new RegExp(`${name}.*Puput.*Nonaktif`) }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'partners-list.png'), fullPage: true });
    await context.close();
  });

  it('picks a region with the keyboard, as a combobox, without sending the form', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.goto('/mitra');
    await page.getByRole('heading', { name: 'Mitra', level: 1 }).waitFor();

    // A typed code finds exactly its region.
    const box = page.getByRole('combobox', { name: 'Wilayah (opsional)', exact: true });
    await box.fill('19.05.06');
    const option = page.getByRole('listbox', { name: 'Wilayah', exact: true }).getByRole('option', { name: /^Parittiga Kecamatan/ });
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();

    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');

    // Escape closes the list and keeps what was typed; the arrow opens it again.
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await option.count()).toBe(0);
    expect(await box.inputValue()).toBe('19.05.06');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');

    // Enter takes the marked region; it does not apply the filters.
    await box.press('Enter');
    await page.getByText('Terpilih: Parittiga (Kecamatan, 19.05.06)').waitFor();
    expect(await box.inputValue()).toBe('Parittiga');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === '19.05.06');
    await context.close();
  });
});
