import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();
const phone = { width: 360, height: 740 };

const meWith = (token: string) => fetch(`${env.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });

describe('API tokens on the account page', () => {
  it('on a 360 px phone: a token is created and shown once, reads the API, and stops when revoked', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.goto('/akun');
    const section = page.getByRole('region', { name: 'Token API' });
    await section.getByText('Anda belum punya token API.').waitFor();

    // An empty name is caught beside the field, before anything is sent.
    await section.getByRole('button', { name: 'Buat token' }).click();
    await section
      .getByRole('alert')
      .getByRole('link', { name: /^Nama: / })
      .waitFor();

    await section.getByLabel('Nama', { exact: true }).fill('Sistem Perpusnas');
    await section.getByLabel(/^Berlaku sampai/).fill('2099-12-31');
    await section.getByRole('button', { name: 'Buat token' }).click();
    const shown = section.getByRole('region', { name: 'Token “Sistem Perpusnas” sudah dibuat' });
    await shown.getByText('Token ini tidak akan ditampilkan lagi.', { exact: false }).waitFor();
    const field = shown.getByLabel('Token baru', { exact: true });
    await expect.poll(() => field.inputValue()).toMatch(/^sim_[A-Za-z0-9_-]{43}$/);
    const token = await field.inputValue();

    await shown.getByRole('button', { name: 'Salin token' }).click();
    await shown.getByRole('status').getByText('Token sudah disalin.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    const item = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sistem Perpusnas' }) });
    await item.getByText('Belum pernah dipakai').waitFor();
    await item.getByText('Berlaku sampai 31 Des 2099').waitFor();
    await section.screenshot({ path: join(screenshotDir, '360-api-tokens.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

    // Another system reads with it, with no cookie and no CSRF token.
    const me = await meWith(token);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { username: string } }).user.username).toBe('babel');

    // Once closed, or after a reload, the token is nowhere on the page; its use is.
    await shown.getByRole('button', { name: 'Sudah saya simpan' }).click();
    await expect.poll(() => section.getByLabel('Token baru', { exact: true }).count()).toBe(0);
    await page.reload();
    await item.getByText(/^Terakhir dipakai /).waitFor();
    expect(await page.content()).not.toContain(token);

    // Revoked after a confirmation; the token stops working.
    await item.getByRole('button', { name: 'Cabut token Sistem Perpusnas' }).click();
    await item.getByRole('alert').getByText('Cabut token “Sistem Perpusnas”?', { exact: false }).waitFor();
    await item.getByRole('button', { name: 'Ya, cabut token' }).click();
    await section.getByRole('status').getByText('Token “Sistem Perpusnas” sudah dicabut.').waitFor();
    await section.getByText('Anda belum punya token API.').waitFor();
    expect((await meWith(token)).status).toBe(401);
    await context.close();
  });
});
