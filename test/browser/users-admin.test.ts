import { describe, expect, it } from 'vitest';
import { demoPassword, logIn, openPage, serverAndBrowser } from './harness';

const env = serverAndBrowser();
const phone = { width: 360, height: 740 };

describe('managing a user from a phone', () => {
  it('an admin finds a manager, edits and resets it; the manager must change the password; deactivation shuts it out', async () => {
    const admin = await openPage(env.browser, env.url, phone);
    await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    const { page } = admin;
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
    await page.goto('/pengguna');

    // Found by part of its library's name, from the search box that stays open on a phone.
    await page.getByRole('search', { name: 'Cari pengguna' }).getByLabel('Cari pengguna').fill('cendil');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const table = page.getByRole('table', { name: 'Pengguna dalam cakupan Anda' });
    await page.getByRole('status').getByText('Pengguna yang cocok: 1').waitFor();
    await table.getByRole('link', { name: 'Pengelola Perpusdes Cendil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengelola Perpusdes Cendil' }).waitFor();
    // Its library is picked by name, not typed as a number.
    expect(await page.getByLabel('Perpustakaan yang dikelola').inputValue()).toBe('Perpusdes Cendil');

    // Name and WhatsApp number; a landline is refused beside the field.
    await page.getByLabel('Nama tampilan').fill('Ibu Sari Wulandari');
    await page.getByLabel('Nomor HP (WhatsApp)').fill('0717 42 1234');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Telepon: Tulis nomor HP Indonesia, misalnya 0812 3456 7890 atau +62 812 3456 7890.' })
      .waitFor();
    await page.getByLabel('Nomor HP (WhatsApp)').fill('0812-7788-9900');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByRole('status').getByText('Perubahan sudah disimpan.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Ibu Sari Wulandari' }).waitFor();
    await expect.poll(() => page.getByLabel('Nomor HP (WhatsApp)').inputValue()).toBe('+6281277889900');

    // The reset asks first, then shows the temporary password once, with a copy button.
    await page.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    await page.getByText('Atur ulang kata sandi Ibu Sari Wulandari?', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ya, atur ulang' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'Kata sandi sementara untuk cendil' });
    const code = shown.locator('code');
    await code.waitFor();
    const temporary = (await code.textContent()) ?? '';
    expect(temporary).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
    await shown.getByRole('button', { name: 'Salin kata sandi' }).click();
    await shown.getByText('Kata sandi tersalin.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(temporary);

    // The manager logs in with it and can do nothing but choose a new password.
    const manager = await openPage(env.browser, env.url, phone);
    const m = manager.page;
    await logIn(m, 'cendil', temporary);
    await m.getByRole('heading', { name: 'Ganti kata sandi Anda' }).waitFor();
    await m.getByText('Admin telah mengatur ulang kata sandi Anda.', { exact: false }).waitFor();
    expect(new URL(m.url()).pathname).toBe('/akun/ganti-sandi');
    expect(await m.getByRole('navigation', { name: 'Menu utama' }).count()).toBe(0);
    await m.goto('/kegiatan');
    await m.getByRole('heading', { name: 'Ganti kata sandi Anda' }).waitFor();
    expect(new URL(m.url()).pathname).toBe('/akun/ganti-sandi');

    await m.getByLabel('Kata sandi saat ini').fill(temporary);
    await m.getByLabel('Kata sandi baru', { exact: true }).fill('Lada-Putih-Mentok-2024');
    await m.getByLabel('Ulangi kata sandi baru').fill('Lada-Putih-Mentok-2024');
    await m.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await m.getByRole('heading', { name: 'Selamat datang, Ibu Sari Wulandari' }).waitFor();
    expect(new URL(m.url()).pathname).toBe('/');

    // The admin deactivates the account, after confirming; the manager's next request is refused.
    await page.getByRole('button', { name: 'Nonaktifkan akun' }).click();
    await page.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await page.getByRole('status').getByText('Akun sudah dinonaktifkan.', { exact: false }).waitFor();
    await page.getByText('Akun ini nonaktif: pengguna tidak dapat masuk.', { exact: false }).waitFor();

    await m.reload();
    await m.getByRole('heading', { name: 'Masuk' }).waitFor();
    await logIn(m, 'cendil', 'Lada-Putih-Mentok-2024');
    await m.getByRole('alert').getByText('Akun Anda telah dinonaktifkan. Hubungi admin Anda.').waitFor();

    // In the list it reads as deactivated.
    await page.getByRole('link', { name: 'Kembali ke daftar pengguna' }).click();
    // Folded away on a phone.
    await page.locator('summary', { hasText: 'Filter' }).click();
    await page.getByLabel('Status akun').selectOption({ label: 'Nonaktif' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Ibu Sari Wulandari' }) });
    await row.getByRole('cell', { name: 'Nonaktif' }).waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    await manager.context.close();
    await admin.context.close();
  });

  it('a provincial admin does not reach a user outside its province, nor its own status', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel', demoPassword);
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
    await page.goto('/pengguna?q=pusat');
    await page.getByRole('status').getByText('Pengguna yang cocok: 0').waitFor();
    await page.getByText('Tidak ada pengguna yang cocok.', { exact: false }).waitFor();

    await page.goto('/pengguna?q=babel');
    await page
      .getByRole('table', { name: 'Pengguna dalam cakupan Anda' })
      .getByRole('link', { name: 'DKPUS Kepulauan Bangka Belitung' })
      .click();
    await page.getByText('Ini akun Anda sendiri', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Nonaktifkan akun' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Atur ulang kata sandi' }).count()).toBe(0);
    await context.close();
  });
});
