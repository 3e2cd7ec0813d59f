import { describe, expect, it } from 'vitest';
import { logIn, openPage, serverAndBrowser } from './harness';

const env = serverAndBrowser();

describe('a provincial admin', () => {
  it('logs in, switches language, finds Cendil by browsing and by search, and logs out', async () => {
    const { page, context } = await openPage(env.browser, env.url);

    // Logging in
    await page.goto('/');
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: 'Selamat datang, DKPUS Kepulauan Bangka Belitung' }).waitFor();
    await page.getByText('Anda masuk sebagai Admin Provinsi untuk Kepulauan Bangka Belitung.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Beranda',
      'Kegiatan',
      'Antrean verifikasi',
      'Mitra',
      'Praktik baik',
      'Kendala',
      'Pertemuan',
      'Elis',
      'Kemajuan Elis',
      'Dasbor',
      'Kelengkapan',
      'Impor data',
      'Wilayah',
      'Pengguna',
      'Akun',
      'Tentang',
    ]);

    // English, remembered across a reload, and back
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Welcome, DKPUS Kepulauan Bangka Belitung' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').allTextContents()).toEqual([
      'Home',
      'Activities',
      'Review queue',
      'Partners',
      'Good practice',
      'Problems',
      'Gatherings',
      'Elis',
      'Elis progress',
      'Dashboard',
      'Completeness',
      'Import data',
      'Regions',
      'Users',
      'Account',
      'About',
    ]);
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, DKPUS Kepulauan Bangka Belitung' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, DKPUS Kepulauan Bangka Belitung' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Selamat datang, DKPUS Kepulauan Bangka Belitung' }).waitFor();

    // Browsing down to the village, one click per level
    await nav.getByRole('link', { name: 'Wilayah' }).click();
    await page.getByRole('heading', { name: 'Wilayah', level: 1 }).waitFor();
    await page.getByRole('link', { name: /^Kepulauan Bangka Belitung 19$/ }).click();
    await page.getByRole('heading', { name: 'Kepulauan Bangka Belitung', level: 1 }).waitFor();
    await page.getByRole('link', { name: /^Kabupaten Belitung Timur/ }).click();
    await page.getByRole('heading', { name: 'Kabupaten Belitung Timur', level: 1 }).waitFor();
    await page.getByRole('link', { name: /^Kelapa Kampit/ }).click();
    await page.getByRole('heading', { name: 'Kelapa Kampit', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Desa\/kelurahan di Kelapa Kampit/ }).waitFor();
    await page.getByRole('link', { name: /^Cendil/ }).click();
    await page.getByRole('heading', { name: 'Cendil', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/19.06.04.2003');
    const crumbs = page.getByRole('navigation', { name: 'Jejak wilayah' });
    expect(await crumbs.getByRole('link').allTextContents()).toEqual([
      'Indonesia',
      'Kepulauan Bangka Belitung',
      'Kabupaten Belitung Timur',
      'Kelapa Kampit',
    ]);
    await page.getByText('Desa/kelurahan adalah tingkat wilayah terendah.').waitFor();

    // A reload keeps the place: the URL is the state
    await page.reload();
    await page.getByRole('heading', { name: 'Cendil', level: 1 }).waitFor();

    // Searching from the top: two villages named Puput are told apart by their paths
    await crumbs.getByRole('link', { name: 'Indonesia' }).click();
    await page.getByRole('heading', { name: 'Wilayah', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Nama wilayah' }).fill('Puput');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByRole('status').filter({ hasText: '2 hasil untuk “Puput”' }).waitFor();
    const puputs = await page.getByRole('list', { name: '2 hasil untuk “Puput”' }).getByRole('link').allTextContents();
    expect(puputs).toHaveLength(2);
    expect(puputs.some((text) => text.includes('Kabupaten Bangka Tengah › Simpang Katis'))).toBe(true);
    expect(puputs.some((text) => text.includes('Kabupaten Bangka Barat › Parittiga'))).toBe(true);

    await page.getByRole('searchbox', { name: 'Nama wilayah' }).fill('Cendil');
    await page.keyboard.press('Enter');
    const hit = page.getByRole('link', { name: /^Cendil.*Kepulauan Bangka Belitung › Kabupaten Belitung Timur › Kelapa Kampit/ });
    await hit.click();
    await page.getByRole('heading', { name: 'Cendil', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/19.06.04.2003');

    // Logging out, after which a protected page asks for a login again
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await page.getByText('Anda sudah keluar.').waitFor();
    await page.goto('/wilayah');
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    await context.close();
  });
});
