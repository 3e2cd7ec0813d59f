import { describe, expect, it } from 'vitest';
import { demoPassword, logIn, openPage, serverAndBrowser } from './harness';

const env = serverAndBrowser();

describe('the users page', () => {
  it('lets a provincial admin see its users and create one, with errors beside the fields', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'babel');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pengguna' }).click();
    const table = page.getByRole('table', { name: 'Pengguna dalam cakupan Anda' });
    await table.getByRole('row', { name: /Runi Alcitra Amalia runi Fasilitator Kepulauan Bangka Belitung/ }).waitFor();
    // The national admin lies outside the province.
    expect(await table.getByRole('rowheader', { name: 'Admin Pusat (Perpusnas)' }).count()).toBe(0);

    // The form to add a user, below the list.
    const form = page.getByRole('region', { name: 'Buat pengguna' });
    // Roles only up to the admin's own rank
    const role = form.getByLabel('Peran');
    expect(await role.locator('option').allTextContents()).toEqual([
      'Admin Provinsi',
      'Fasilitator',
      'Konsultan',
      'Pengelola perpustakaan',
    ]);

    // Checked in the browser with the server's own schema
    const username = form.getByLabel('Nama pengguna');
    const password = form.getByLabel('Kata sandi');
    await username.fill('runi');
    await password.fill('pendek');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kata sandi: Terlalu pendek: minimal 10 karakter.' }).waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await password.fill('Runi-pustaka-2024');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kata sandi: Kata sandi tidak boleh memuat nama pengguna.' }).waitFor();

    // Refused by the server, which alone knows the common passwords
    await password.fill('password1234');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', {
        name: 'Kata sandi: Kata sandi ini terlalu umum atau mudah ditebak. Pakai beberapa kata yang tidak saling berhubungan.',
      })
      .waitFor();

    // Refused by the server: the username is taken
    await password.fill('sandi-yang-panjang');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Nama pengguna: Nama pengguna ini sudah dipakai.' }).waitFor();
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await username.getAttribute('id')}-error`).textContent()).toBe('Nama pengguna ini sudah dipakai.');

    // The region is picked by name: a code that names none finds nothing to pick.
    await username.fill('fasil.bangka');
    const region = form.getByRole('combobox', { name: 'Wilayah', exact: true });
    expect(await region.inputValue()).toBe('Kepulauan Bangka Belitung');
    await region.fill('19.99');
    await page.getByText('Tidak ada wilayah bernama “19.99”.').waitFor();

    // Accepted
    await region.fill('Bangka');
    await page
      .getByRole('listbox', { name: 'Wilayah', exact: true })
      .getByRole('option', { name: /^Kabupaten Bangka Kabupaten\/kota/ })
      .click();
    await page.getByText('Terpilih: Kabupaten Bangka (Kabupaten/kota, 19.01)').waitFor();
    await form.getByLabel('Nama tampilan').fill('Fasilitator Bangka');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await page.getByRole('status').getByText('Pengguna fasil.bangka sudah dibuat.').waitFor();
    await table.getByRole('row', { name: /Fasilitator Bangka fasil\.bangka Fasilitator Kabupaten Bangka 19\.01/ }).waitFor();
    await context.close();
  });

  it('is not offered to a library manager', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'cendil');
    await page.getByRole('heading', { name: 'Selamat datang, Pengelola Perpusdes Cendil' }).waitFor();
    const links = await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link').allTextContents();
    expect(links).toEqual([
      'Beranda',
      'Lapor',
      'Kegiatan',
      'Perpustakaan saya',
      'Praktik baik',
      'Kendala',
      'Pertemuan',
      'Elis',
      'Rapor',
      'Impor data',
      'Wilayah',
      'Akun',
      'Tentang',
    ]);
    await page.goto('/pengguna');
    await page.getByRole('heading', { name: 'Tidak diizinkan' }).waitFor();
    await context.close();
  });
});

describe('the account page', () => {
  it('says when the current password is wrong, and changes it when right', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'yulianti');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Akun' }).click();
    await page.getByLabel('Kata sandi saat ini').fill('bukan-sandinya');
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-baru-2024');
    await page.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-2025');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Ulangi kata sandi baru: Tidak sama dengan kata sandi baru.' }).waitFor();

    await page.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-2024');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kata sandi saat ini: Kata sandi saat ini salah.' }).waitFor();

    await page.getByLabel('Kata sandi saat ini').fill(demoPassword);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('password1234');
    await page.getByLabel('Ulangi kata sandi baru').fill('password1234');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', {
        name: 'Kata sandi baru: Kata sandi ini terlalu umum atau mudah ditebak. Pakai beberapa kata yang tidak saling berhubungan.',
      })
      .waitFor();

    await page.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-baru-2024');
    await page.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-2024');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByRole('status').getByText('Kata sandi sudah diganti.', { exact: false }).waitFor();
    await context.close();
  });
});
