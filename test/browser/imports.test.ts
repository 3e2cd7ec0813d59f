import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choosePeriod, openFolds, section, strategyCount } from './dashboard-screen';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();
const phone = { width: 360, height: 740 };
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openMenuItem(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click();
}

/** A workbook the browser saved from a link. */
async function downloadWorkbook(page: Page, link: Locator): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  return workbook;
}

const downloadTemplate = (page: Page) => downloadWorkbook(page, page.getByRole('link', { name: 'Unduh templat Excel' }));

/** The template as the browser saved it, filled in with these rows as a person would in Excel. */
async function downloadAndFill(page: Page, rows: (string | number)[][]): Promise<ExcelJS.Workbook> {
  const workbook = await downloadTemplate(page);
  for (const row of rows) workbook.worksheets[0]?.addRow(row);
  return workbook;
}

async function check(page: Page, workbook: ExcelJS.Workbook, name: string): Promise<void> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel('Berkas (XLSX atau CSV)').setInputFiles({ name, mimeType: xlsxType, buffer });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
}

const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

describe('Impor data on a phone', () => {
  it('a provincial admin checks a template with one bad row, sees it named, fixes it and imports the libraries', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(page, 'Impor data');
    await page.getByRole('heading', { name: 'Impor data', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Mitra (perpustakaan)' }).check();

    const rows = [
      ['P-1', 'Perpusdes Impor Satu', 'desa', 'replikasi_desa', '19.05.01.1001', 2024],
      ['P-2', 'Perpusdes Impor Dua', 'desa', 'replikasi_desa', '19.05', 2024],
    ];
    const bad = await downloadAndFill(page, rows);
    await check(page, bad, 'mitra.xlsx');
    const problems = page.getByRole('table', { name: 'Masalah yang harus diperbaiki (1)' });
    const problem = problems.getByRole('row').filter({ hasText: 'Kode wilayah' });
    await problem.getByText('Tingkat wilayah tidak sesuai dengan jenis mitra').waitFor();
    expect(await problem.getByRole('cell').first().textContent()).toContain('2');
    await page.getByText('2 baris diperiksa, 1 siap diimpor.').waitFor();
    expect(await page.getByRole('button', { name: 'Impor', exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(screenshotDir, '360-import-problems.png'), fullPage: true });
    await fitsThePhone(page);

    // Fixed in the file and checked again: nothing was written by the check.
    rows[1] = ['P-2', 'Perpusdes Impor Dua', 'desa', 'replikasi_desa', '19.05.01.1002', 2024];
    const fixed = await downloadAndFill(page, rows);
    await check(page, fixed, 'mitra.xlsx');
    await page.getByText('Semua 2 baris benar. Belum ada yang disimpan.').waitFor();
    expect((await page.request.get('/api/partners?q=Impor')).ok()).toBe(true);
    expect(((await (await page.request.get('/api/partners?q=Impor')).json()) as { total: number }).total).toBe(0);

    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Impor selesai: 2 dibuat, 0 sudah ada sebelumnya (tidak berubah).').waitFor();
    await fitsThePhone(page);

    await page.getByRole('link', { name: 'Lihat daftar mitra' }).click();
    await page.getByRole('heading', { name: 'Mitra', level: 1 }).waitFor();
    await page.goto('/mitra?q=Impor');
    await page.getByText('Perpusdes Impor Satu').first().waitFor();
    await page.getByText('Perpusdes Impor Dua').first().waitFor();
    expect(((await (await page.request.get('/api/partners?q=Impor')).json()) as { total: number }).total).toBe(2);
    await context.close();
  });

  it('a library manager imports its activities from the template, and its list counts them', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'puput');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { partnerId: number } };
    const partnerId = me.user.partnerId;
    const countOf = async () =>
      ((await (await page.request.get(`/api/activities?partner=${partnerId}&status=submitted`)).json()) as { total: number }).total;
    const before = await countOf();
    await openMenuItem(page, 'Impor data');
    await page.getByRole('heading', { name: 'Impor data', level: 1 }).waitFor();

    const rows = [
      ['K-1', partnerId, 'pelibatan_masyarakat', '', 'Kelas mendongeng impor', '2024-09-10', 4, 11],
      ['K-2', partnerId, 'lomba', '', 'Audiensi kepala desa impor', '2024-09-12', 3, 2],
    ];
    await check(page, await downloadAndFill(page, rows), 'kegiatan.xlsx');
    const problem = page
      .getByRole('table', { name: /^Masalah yang harus diperbaiki/ })
      .getByRole('row')
      .filter({ hasText: 'Strategi' });
    await problem.getByText(/^Bukan pilihan yang sah/).waitFor();

    rows[1] = ['K-2', partnerId, 'advokasi', '', 'Audiensi kepala desa impor', '2024-09-12', 3, 2];
    await check(page, await downloadAndFill(page, rows), 'kegiatan.xlsx');
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Impor selesai: 2 dibuat, 0 sudah ada sebelumnya (tidak berubah).').waitFor();
    await page.getByText('Kegiatan yang diimpor menunggu verifikasi.').waitFor();
    expect(await countOf()).toBe(before + 2);
    await page.getByRole('link', { name: 'Lihat daftar kegiatan' }).click();
    await page.getByText('Kelas mendongeng impor').first().waitFor();
    await context.close();
  });

  it('a provincial admin downloads the ranking as Excel, imports activities with one bad row, fixes it, and the dashboard counts them', async () => {
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    const openDashboard = async () => {
      await openMenuItem(page, 'Dasbor');
      await page.getByRole('heading', { name: 'Dasbor Kepulauan Bangka Belitung', level: 1 }).waitFor();
      await choosePeriod(page, '2024-01-01', '2024-09-25');
      await openFolds(page);
    };
    // What the dashboard counts now (8.746 in the source document, more after the manager's import above).
    await openDashboard();
    const counted = async () => Number((await strategyCount(page, 'Pelibatan masyarakat'))?.replace(/\./g, '') || NaN);
    await expect.poll(counted).toBeGreaterThanOrEqual(8746);
    const before = await counted();

    // The ranking as Excel: every ranked library of the province, by name.
    const ranked = (
      (await (await page.request.get('/api/kpi/partners?region=19&from=2024-01-01&to=2024-09-25&pageSize=1')).json()) as {
        total: number;
      }
    ).total;
    const ranking = (await downloadWorkbook(page, section(page, 'Peringkat mitra').getByRole('link', { name: 'Unduh Excel' })))
      .worksheets[0];
    expect(ranking?.getRow(1).getCell(3).value).toBe('Nama mitra');
    expect(ranking?.actualRowCount).toBe(ranked + 1);

    // The activities template lists the province's libraries with the ids its rows need.
    await openMenuItem(page, 'Impor data');
    await page.getByRole('heading', { name: 'Impor data', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Kegiatan' }).check();
    const template = await downloadTemplate(page);
    let puputId = 0;
    template.getWorksheet('Mitra Anda')?.eachRow((row) => {
      if (row.getCell(2).value === 'Perpusdes Puput') puputId = Number(row.getCell(1).value);
    });
    expect(puputId).toBeGreaterThan(0);

    const rows: (string | number)[][] = [
      ['PROV-1', puputId, 'pelibatan_masyarakat', '', 'Kelas literasi digital (laporan kertas)', '2024-09-10', 6, 14],
      ['PROV-2', puputId, 'pelibatan_masyarakat', '', 'Mendongeng bersama (laporan kertas)', '2024-09-31', 2, 9],
    ];
    const fill = (wb: ExcelJS.Workbook) => {
      for (const row of rows) wb.getWorksheet('Kegiatan')?.addRow(row);
      return wb;
    };
    await check(page, fill(template), 'kegiatan-provinsi.xlsx');
    const problem = page.getByRole('table', { name: 'Masalah yang harus diperbaiki (1)' }).getByRole('row').filter({ hasText: 'Tanggal' });
    expect(await problem.getByRole('cell').first().textContent()).toContain('2');
    await page.getByText('2 baris diperiksa, 1 siap diimpor.').waitFor();
    await fitsThePhone(page);

    rows[1] = ['PROV-2', puputId, 'pelibatan_masyarakat', '', 'Mendongeng bersama (laporan kertas)', '2024-09-13', 2, 9];
    await check(page, fill(await downloadTemplate(page)), 'kegiatan-provinsi.xlsx');
    await page.getByText('Semua 2 baris benar. Belum ada yang disimpan.').waitFor();
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByText('Impor selesai: 2 dibuat, 0 sudah ada sebelumnya (tidak berubah).').waitFor();

    // The dashboard counts them at once: no nightly batch.
    await openDashboard();
    await expect.poll(counted).toBe(before + 2);
    await context.close();
  });
});
