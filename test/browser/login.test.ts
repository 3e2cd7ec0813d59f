import { describe, expect, it } from 'vitest';
import { demoPassword, logIn, openPage, serverAndBrowser } from './harness';

const env = serverAndBrowser();

describe('the login page', () => {
  it('says in the user’s language that the password is wrong', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'babel', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.getByText('Nama pengguna atau kata sandi salah.').waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('Password', { exact: true }).fill('still-wrong');
    await page.getByRole('button', { name: 'Log in' }).click();
    await alert.getByText('Wrong username or password.').waitFor();
    await context.close();
  });

  it('names the empty fields before asking the server', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/login');
    await page.getByRole('button', { name: 'Masuk' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Ada isian yang belum benar.').waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(['Nama pengguna: Wajib diisi.', 'Kata sandi: Wajib diisi.']);
    expect(await page.getByLabel('Nama pengguna').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('shows how many seconds to wait after too many failures', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await logIn(page, 'tamu', `guess-${attempt}`);
      await page.getByRole('alert').getByText('Nama pengguna atau kata sandi salah.').waitFor();
    }
    await page.getByRole('button', { name: 'Masuk' }).click();
    const message = await page
      .getByRole('alert')
      .getByText(/^Terlalu banyak percobaan\. Coba lagi dalam \d+ detik\.$/)
      .textContent();
    const seconds = Number(/(\d+) detik/.exec(message ?? '')?.[1]);
    expect(seconds).toBeGreaterThan(800);
    expect(seconds).toBeLessThanOrEqual(900);
    await context.close();
  });

  it('says so when there is no connection', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/login');
    await page.route('**/api/auth/login', (route) => route.abort('internetdisconnected'));
    await logIn(page, 'babel');
    await page.getByRole('alert').getByText('Tidak ada koneksi ke server. Periksa internet Anda lalu coba lagi.').waitFor();
    await context.close();
  });

  it('returns the user to the page they were going to', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await page.goto('/wilayah/19.06');
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await page.getByLabel('Nama pengguna').fill('karolina');
    await page.getByLabel('Kata sandi', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Kabupaten Belitung Timur', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/wilayah/19.06');
    await context.close();
  });
});
