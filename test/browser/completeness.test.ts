import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };

async function fitsThePhone(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `completeness-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

async function openMenuItem(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click();
}

const figure = (page: Page, label: string) =>
  page.locator('.completeness-figures .stat').filter({ has: page.getByRole('heading', { name: label }) });

describe('reporting completeness on a phone', () => {
  it('shows a facilitator the province’s September, a silent library and when it last reported, and drills into Bangka Barat', async () => {
    const { page } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'runi');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(page, 'Kelengkapan');

    // It opens on the month of the last report: September 2024 in the demo.
    await page.getByRole('heading', { name: 'Kelengkapan laporan Kepulauan Bangka Belitung', level: 1 }).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?region=19&month=2024-09');
    await expect.poll(() => page.getByLabel('Bulan', { exact: true }).inputValue()).toBe('2024-09');
    const reported = figure(page, 'Sudah melapor');
    await expect.poll(() => reported.locator('.stat__value').textContent()).toBe('92%');
    await reported.getByText('244 dari 265 perpustakaan').waitFor();

    // The libraries still silent, the longest silent first, with the day each last reported.
    const silent = page.getByRole('region', { name: 'Perpustakaan yang belum melapor' });
    const lampur = silent.getByRole('row').filter({ hasText: 'Perpusdes Lampur' });
    await lampur.getByText('25 April 2024').waitFor();
    // A facilitator may remind them: each row can be chosen.
    await silent.getByRole('checkbox', { name: 'Pilih Perpusdes Lampur' }).waitFor();
    await fitsThePhone(page, 'province');

    // Down to a regency, same month; the trail leads back up.
    await page
      .getByRole('region', { name: 'Kabupaten/kota di Kepulauan Bangka Belitung (7)' })
      .getByRole('link', { name: 'Kabupaten Bangka Barat' })
      .click();
    await page.getByRole('heading', { name: 'Kelengkapan laporan Kabupaten Bangka Barat', level: 1 }).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?region=19.05&month=2024-09');
    await expect.poll(() => figure(page, 'Sudah melapor').locator('.stat__value').textContent()).toBe('98%');
    await figure(page, 'Sudah melapor').getByText('63 dari 64 perpustakaan').waitFor();
    await silent.getByRole('row').filter({ hasText: 'Perpusdes Simpang Yul' }).getByText('31 Agustus 2024').waitFor();
    const crumbs = page.getByRole('navigation', { name: 'Jejak wilayah' });
    expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Kepulauan Bangka Belitung']);

    // The month before, from the picker.
    await page.getByLabel('Bulan', { exact: true }).selectOption('2024-08');
    await expect.poll(() => figure(page, 'Sudah melapor').locator('.stat__value').textContent()).toBe('97%');
    await silent.getByRole('row').filter({ hasText: 'Perpusdes Air Bulin' }).getByText('29 Juli 2024').waitFor();
    await fitsThePhone(page, 'regency');
  });

  it('lets a facilitator remind a silent library; its manager’s bell counts the reminder on a phone', async () => {
    const manager = await openPage(env.browser, env.url, phone);
    const m = manager.page;
    await logIn(m, 'perpusdes.lampur');
    await m.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    const bell = m.getByRole('banner').getByRole('link', { name: /^Notifikasi/ });
    await bell.waitFor();
    const unreadBefore = Number((await m.locator('.bell__count').count()) > 0 ? await m.locator('.bell__count').textContent() : 0);

    const { page } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'runi');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(page, 'Kelengkapan');
    await page.getByRole('heading', { name: 'Kelengkapan laporan Kepulauan Bangka Belitung', level: 1 }).waitFor();
    const silent = page.getByRole('region', { name: 'Perpustakaan yang belum melapor' });
    await silent.getByRole('checkbox', { name: 'Pilih Perpusdes Lampur' }).check();
    await silent.getByRole('button', { name: 'Ingatkan 1 perpustakaan' }).click();
    const message = 'Bu, laporan kegiatan September belum masuk. Mohon diinput rutin dan konsisten ya.';
    await silent.getByLabel('Pesan').fill(message);
    await silent.getByRole('button', { name: 'Kirim pengingat' }).click();
    await silent.getByRole('heading', { name: 'Pengingat terkirim ke 1 perpustakaan.' }).waitFor();
    await silent.getByText('1 pengelola diberi tahu di aplikasi').waitFor();
    const whatsapp = silent.getByRole('link', { name: /WhatsApp .*Perpusdes Lampur/ });
    const href = new URL((await whatsapp.getAttribute('href')) ?? '');
    expect([href.origin, href.searchParams.get('text')]).toEqual(['https://wa.me', message]);
    await fitsThePhone(page, 'reminded');

    // The manager moves to another screen: the bell asks again and counts the reminder.
    await m.reload();
    await m
      .getByRole('banner')
      .getByRole('link', { name: `Notifikasi: ${unreadBefore + 1} belum dibaca` })
      .waitFor();
    await bell.click();
    await m.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
    await m.getByText(message, { exact: false }).first().click();
    await m.getByRole('heading', { name: 'Laporkan kegiatan', level: 1 }).waitFor();
    await manager.context.close();
  });

  it('gives a provincial admin the month’s regencies and its silent libraries as Excel files', async () => {
    const { page } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(page, 'Kelengkapan');
    await page.getByRole('heading', { name: 'Kelengkapan laporan Kepulauan Bangka Belitung', level: 1 }).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?region=19&month=2024-09');

    const regencies = await firstSheetOf(
      await downloadFrom(page, page.getByRole('region', { name: 'Kabupaten/kota di Kepulauan Bangka Belitung (7)' })),
      /^kelengkapan-19-2024-09-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    expect(cellsOf(regencies, 1)).toEqual([
      'Kode wilayah',
      'Wilayah',
      'Mitra aktif',
      'Melapor',
      'Belum melapor',
      'Kelengkapan (%)',
      'Tepat waktu',
    ]);
    expect(regencies.actualRowCount).toBe(8);
    const barat = Array.from({ length: 7 }, (_, i) => cellsOf(regencies, i + 2)).find((row) => row[0] === '19.05');
    expect(barat?.slice(0, 6)).toEqual(['19.05', 'Kabupaten Bangka Barat', 64, 63, 1, 98.4]);

    // The silent libraries, all of them, with the day each last reported as a date Excel can sort.
    const silent = await firstSheetOf(
      await downloadFrom(page, page.getByRole('region', { name: 'Perpustakaan yang belum melapor' })),
      /^belum-melapor-19-2024-09-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    expect(cellsOf(silent, 1)).toEqual([
      'ID mitra',
      'Nama mitra',
      'Kode wilayah',
      'Provinsi',
      'Kabupaten/kota',
      'Kecamatan',
      'Desa/kelurahan',
      'Laporan terakhir',
    ]);
    expect(silent.actualRowCount).toBe(265 - 244 + 1);
    const lampur = Array.from({ length: 21 }, (_, i) => cellsOf(silent, i + 2)).find((row) => row[1] === 'Perpusdes Lampur');
    expect(lampur?.[7]).toEqual(new Date('2024-04-25T00:00:00.000Z'));
  });
});

async function downloadFrom(page: Page, section: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Unduh Excel' }).click()]);
  return file;
}

async function firstSheetOf(file: Download, name: RegExp): Promise<ExcelJS.Worksheet> {
  expect(file.suggestedFilename()).toMatch(name);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

const cellsOf = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
