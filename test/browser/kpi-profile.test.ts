import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();
const phone = { width: 360, height: 740 };

async function openMenuItem(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click();
}

const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

describe('the KPI profile on a phone', () => {
  it('the national office lowers the hijau threshold, sees how many libraries would turn green, and saves version 2', async () => {
    const { page } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'pusat');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(page, 'Profil KPI');
    await page.getByRole('heading', { name: 'Profil KPI', level: 1 }).waitFor();
    const versions = page.getByRole('table', { name: 'Versi profil KPI, yang terbaru lebih dulu' });
    await versions.getByRole('rowheader', { name: /^Versi 1/ }).waitFor();
    await page.getByText('Diisi dari versi 1 yang berlaku sekarang.').waitFor();

    // The running total follows the weights as they are typed; a wrong total is named before anything is sent.
    const weight = page.getByLabel('Bobot Kegiatan pelibatan masyarakat');
    await weight.fill('30');
    await page.getByText('Jumlah bobot: 90 dari 100').waitFor();
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    await page.getByRole('alert').getByText('Indikator: Jumlah bobot semua indikator harus tepat 100.').waitFor();
    await weight.fill('40');
    await page.getByText('Jumlah bobot: 100 dari 100').waitFor();

    // Green from 60: the demo's yellow libraries scoring 60 to 80 would turn green.
    await page.getByLabel('Batas hijau').fill('60');
    const preview = page.getByRole('region', { name: 'Pratinjau perubahan warna' });
    await preview.getByLabel('Wilayah').selectOption({ label: 'Kepulauan Bangka Belitung' });
    await preview.getByRole('button', { name: 'Lihat pratinjau' }).click();
    const count = preview.getByText(/^\d+ mitra berubah warna$/);
    await count.waitFor();
    const changed = Number((await count.textContent())?.split(' ')[0]);
    expect(changed).toBeGreaterThan(0);
    await preview.getByText('dari 265 mitra di Kepulauan Bangka Belitung', { exact: false }).waitFor();
    const perRegion = preview.getByRole('table', { name: 'Mitra yang berubah warna per wilayah' });
    const rows = perRegion.locator('tbody tr');
    const perRegionCounts = await rows.locator('td[data-label="Berubah"]').allTextContents();
    expect(perRegionCounts.reduce((sum, n) => sum + Number(n), 0)).toBe(changed);
    await perRegion.getByText('Kuning').first().waitFor();
    await page.screenshot({ path: join(screenshotDir, '360-kpi-profile-preview.png'), fullPage: true });
    await fitsThePhone(page);

    await page.getByLabel(/^Catatan/).fill('Hijau mulai 60');
    await page.getByRole('button', { name: 'Simpan versi baru' }).click();
    await page
      .getByRole('status')
      .getByText(/^Versi 2 tersimpan, berlaku mulai /)
      .waitFor();
    const second = versions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Versi 2/ }) });
    await second.getByText('Hijau mulai 60').waitFor();
    await fitsThePhone(page);
  });

  it('is not in the menu of a provincial admin, and its address answers that it is not theirs', async () => {
    const { page } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    const links = await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link').allTextContents();
    expect(links).toContain('Kelengkapan');
    expect(links).not.toContain('Profil KPI');
    await page.goto('/profil-kpi');
    await expect.poll(() => page.getByRole('heading', { name: 'Profil KPI' }).count()).toBe(0);
  });
});
