import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };

/** A unique title, so problems raised by other tests on the same server never get in the way. */
const uniqueTitle = (what: string) => `${what} ${Date.now().toString(36)}`;

async function fitsThePhone(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `problems-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

async function openMenuItem(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click();
}

/** The status badge beside the problem's title. */
const statusOf = (page: Page) => page.locator('.problem-head .status-badge');

describe('kendala, worked through to a solution', () => {
  it('goes from a manager’s phone through a facilitator’s follow-up to a written resolution the manager sees', async () => {
    const title = uniqueTitle('Anggaran perpustakaan belum masuk APBDes');
    const action = 'Ajukan anggaran perpustakaan ke musyawarah desa';
    const manager = await openPage(env.browser, env.url, phone);
    const facilitator = await openPage(env.browser, env.url);
    const m = manager.page;
    const f = facilitator.page;

    // The manager of Perpusdes Puput raises a problem from the menu, on a phone.
    await logIn(m, 'puput');
    await m.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(m, 'Kendala');
    await m.getByRole('heading', { name: 'Kendala', level: 1 }).waitFor();
    await m.getByRole('link', { name: 'Laporkan kendala' }).click();
    await m.getByRole('heading', { name: 'Laporkan kendala', level: 1 }).waitFor();
    await m.getByText('Perpustakaan: Perpusdes Puput').waitFor();

    // Nothing is sent until every field is right; each mistake is named in Indonesian.
    await m.getByRole('button', { name: 'Laporkan kendala' }).click();
    const mistakes = m.getByRole('alert').filter({ hasText: 'Periksa isian berikut:' });
    await mistakes.getByText('Judul: Terlalu pendek: minimal 3 karakter.').waitFor();
    await mistakes.getByText('Kategori: Pilih salah satu kategori.').waitFor();
    await mistakes.getByText('Uraian: Wajib diisi.').waitFor();
    await m.getByLabel('Judul').fill(title);
    await m.getByLabel('Kategori').selectOption({ label: 'Anggaran' });
    await m.getByLabel('Uraian').fill('Sudah dua kali diusulkan ke kepala desa, tetapi belum masuk APBDes 2024.');
    await fitsThePhone(m, 'raise');
    await m.getByRole('button', { name: 'Laporkan kendala' }).click();

    await m.getByRole('heading', { name: title, level: 1 }).waitFor();
    await m.getByText('Kendala sudah dilaporkan.').waitFor();
    await expect.poll(() => statusOf(m).textContent()).toBe('Terbuka');
    // Taking it up is the manager's to do too, but closing it for good is staff's call.
    await m.getByRole('button', { name: 'Tangani kendala ini' }).waitFor();
    expect(await m.getByRole('button', { name: 'Tutup kendala' }).count()).toBe(0);
    await fitsThePhone(m, 'raised');

    // A second thought: the budget is the village government's to give, so that is the category.
    await m.getByRole('button', { name: 'Ubah kendala' }).click();
    await m.getByLabel('Kategori').selectOption({ label: 'Dukungan pemerintah daerah/desa' });
    await m.getByRole('button', { name: 'Simpan perubahan' }).click();
    await m.getByText('Perubahan tersimpan.').waitFor();
    await m.locator('.problem-head').getByText('Dukungan pemerintah daerah/desa').waitFor();

    // The facilitator of Bangka Barat finds it in her list and takes it up.
    await logIn(f, 'yulianti');
    await f.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(f, 'Kendala');
    await f.getByRole('heading', { name: 'Kendala', level: 1 }).waitFor();
    const row = f.getByRole('row').filter({ hasText: title });
    await row.getByText('Perpusdes Puput').waitFor();
    await row.getByText('Terbuka').waitFor();
    await row.getByRole('link', { name: title }).click();
    await f.getByRole('heading', { name: title, level: 1 }).waitFor();
    await f.getByRole('button', { name: 'Tangani kendala ini' }).click();
    await f.getByText('Kendala sedang ditangani.').waitFor();
    await expect.poll(() => statusOf(f).textContent()).toBe('Ditangani');

    // A follow-up action with an owner and a due date already past: it shows as late, in words.
    const followUp = f.getByRole('region', { name: 'Tindak lanjut' });
    await followUp.getByLabel('Apa yang dilakukan').fill(action);
    await followUp.getByLabel('Penanggung jawab').fill('Kepala Desa Puput');
    await followUp.getByLabel('Batas waktu').fill('2024-10-15');
    await followUp.getByRole('button', { name: 'Tambahkan' }).click();
    const item = followUp.getByRole('listitem').filter({ hasText: action });
    await item.getByText('Oleh: Kepala Desa Puput').waitFor();
    await item.getByText('Batas: 15 Okt 2024').waitFor();
    await item.getByText('Terlambat', { exact: true }).waitFor();
    await f.getByRole('region', { name: 'Diskusi' }).getByLabel('Tulis tanggapan atau saran').fill('Saya dampingi saat musyawarah desa.');
    await f.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await f.getByRole('region', { name: 'Diskusi' }).getByText('Saya dampingi saat musyawarah desa.').waitFor();

    // The manager's list marks the late follow-up, with words beside the colour.
    await m.getByRole('link', { name: '← Semua kendala' }).click();
    const ownRow = m.getByRole('row').filter({ hasText: title });
    await ownRow.getByText('Ditangani').waitFor();
    await ownRow.getByText('1 terlambat').waitFor();
    await fitsThePhone(m, 'list');

    // Done: ticked, and no longer late.
    await item.getByRole('checkbox', { name: `Selesai: ${action}` }).check();
    await item.getByText(/^Diselesaikan Yulianti/).waitFor();
    expect(await item.getByText('Terlambat', { exact: true }).count()).toBe(0);
    expect(await item.getByRole('checkbox').isChecked()).toBe(true);

    // Solving it needs the written resolution: the server's refusal names the field.
    await f.getByRole('button', { name: 'Tandai selesai' }).click();
    await f.getByText('Wajib diisi: bagaimana kendala ini diselesaikan').waitFor();
    await f.getByRole('button', { name: 'Simpan penyelesaian' }).click();
    await f.getByRole('alert').getByText('Penyelesaian: Wajib diisi: tuliskan bagaimana kendala ini diselesaikan.').waitFor();
    expect(await f.getByLabel('Penyelesaian').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => statusOf(f).textContent()).toBe('Ditangani');
    const resolution = 'Musyawarah desa 3 Oktober menyetujui Rp12.000.000 untuk perpustakaan dalam APBDes Perubahan 2024.';
    await f.getByLabel('Penyelesaian').fill(resolution);
    await f.getByRole('button', { name: 'Simpan penyelesaian' }).click();
    await f.getByText('Kendala ditandai selesai.').waitFor();
    await expect.poll(() => statusOf(f).textContent()).toBe('Selesai');

    const history = f.getByRole('region', { name: 'Riwayat' });
    expect(await history.locator('.timeline__what strong').allTextContents()).toEqual([
      'Dilaporkan',
      'Diubah',
      'Mulai ditangani',
      'Tindak lanjut ditambahkan',
      'Tanggapan',
      'Tindak lanjut selesai',
      'Diselesaikan',
    ]);
    await history.getByText('Status kendala: Ditangani → Selesai').waitFor();
    await history.getByText('Kategori: Anggaran → Dukungan pemerintah daerah/desa').waitFor();

    // The manager sees the new status, the resolution and the finished follow-up.
    await ownRow.getByRole('link', { name: title }).click();
    await m.getByRole('heading', { name: title, level: 1 }).waitFor();
    await expect.poll(() => statusOf(m).textContent()).toBe('Selesai');
    await m.locator('.activity-facts').getByText(resolution).waitFor();
    await m.getByRole('region', { name: 'Diskusi' }).getByText(resolution).waitFor();
    expect(await m.getByRole('checkbox', { name: `Selesai: ${action}` }).isChecked()).toBe(true);
    expect(await m.getByRole('button', { name: 'Buka kembali' }).count()).toBe(0);
    await fitsThePhone(m, 'solved');

    await manager.context.close();
    await facilitator.context.close();
  });

  it('counts open problems on the dashboard per region, and on the library’s page and rapor', async () => {
    const title = uniqueTitle('Internet perpustakaan sering putus');
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'yulianti');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();

    // Staff pick the library they raise a problem for.
    await page.goto('/kendala/baru');
    await page.getByRole('heading', { name: 'Laporkan kendala', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Perpustakaan' }).fill('Puput');
    await page.getByRole('option', { name: /Perpusdes Puput/ }).click();
    await page.getByLabel('Judul').fill(title);
    await page.getByLabel('Kategori').selectOption({ label: 'Sarana TIK dan internet' });
    await page.getByLabel('Uraian').fill('Sinyal hilang setiap sore, layanan internet untuk warga terhenti.');
    await page.getByRole('button', { name: 'Laporkan kendala' }).click();
    await page.getByText('Kendala sudah dilaporkan.').waitFor();
    const followUp = page.getByRole('region', { name: 'Tindak lanjut' });
    await followUp.getByLabel('Apa yang dilakukan').fill('Lapor gangguan ke penyedia internet');
    await followUp.getByLabel('Penanggung jawab').fill('Operator perpustakaan');
    await followUp.getByLabel('Batas waktu').fill('2024-11-01');
    await followUp.getByRole('button', { name: 'Tambahkan' }).click();
    await followUp.getByText('Terlambat', { exact: true }).waitFor();

    // The dashboard counts it in its district, and the count opens the list of those problems.
    // Bangka Barat already has one open problem in the demo: Perpusdes Belo Laut's, in Mentok.
    await page.goto('/dasbor');
    const section = page.getByRole('region', { name: 'Kendala terbuka per wilayah' });
    await section.getByText('2 kendala terbuka di seluruh wilayah ini').waitFor();
    await section
      .getByRole('row', { name: /Parittiga/ })
      .getByText('1 terlambat')
      .waitFor();
    await fitsThePhone(page, 'dashboard');
    await section.getByRole('link', { name: '1 kendala terbuka di Parittiga' }).click();
    await page.getByRole('heading', { name: 'Kendala', level: 1 }).waitFor();
    await page.getByText('1 kendala cocok dengan filter', { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: title }).getByText('1 terlambat').waitFor();

    // The library's page and its rapor list it, with the late follow-up.
    await page.getByRole('row').filter({ hasText: title }).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.locator('.problem-head').getByRole('link', { name: 'Perpusdes Puput' }).click();
    await page.getByRole('heading', { name: 'Perpusdes Puput', level: 1 }).waitFor();
    const onPartner = page.getByRole('region', { name: 'Kendala yang belum tuntas' });
    await onPartner.getByRole('link', { name: title }).waitFor();
    await onPartner.getByText('1 tindak lanjut terlambat').waitFor();
    await fitsThePhone(page, 'partner');
    await page.getByRole('link', { name: 'Lihat rapor' }).click();
    const onRapor = page.getByRole('region', { name: 'Kendala yang belum tuntas' });
    await onRapor.getByRole('link', { name: title }).waitFor();
    await onRapor.getByText('1 kendala terbuka').waitFor();
    await context.close();
  });
});
