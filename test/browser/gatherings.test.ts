import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword, logIn, openPage, screenshotDir, serverAndBrowser } from './harness';
import { pdfPages } from '#test/pdf';

const env = serverAndBrowser();
const phone = { width: 360, height: 740 };

/** Nothing may stick out sideways on a phone. */
async function fitsThePhone(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `360-gathering-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

/** Calls the API as a user, the way the web app does: session cookie plus CSRF token on writes. */
async function apiSession(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!login.ok) throw new Error(`login as ${username}: HTTP ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { get: <T>(path: string) => call<T>('GET', path), post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body) };
}

interface Listed {
  items: { id: number; name: string }[];
}

/**
 * What the gathering will link, made through the API as the people who would: a published story of
 * Perpusdes Cendil and an open problem of Perpusdes Belo Laut, with words no demo text has.
 */
async function storyAndProblem(baseUrl: string): Promise<{ problemId: number }> {
  const babel = await apiSession(baseUrl, 'babel');
  const partnerAt = async (code: string) => {
    const { items } = await babel.get<Listed>(`/api/partners?region=${code}&type=desa`);
    const partner = items[0];
    if (!partner) throw new Error(`no village library at ${code}`);
    return partner.id;
  };
  const cendil = await partnerAt('19.06.04.2003');
  const beloLaut = await partnerAt('19.05.01.2006');
  const story = await babel.post<{ id: number }>('/api/practices', {
    partnerId: cendil,
    title: 'Pojok baca anak nelayan Cendil',
    summary: 'Anak-anak nelayan membaca bersama setiap sore di dermaga.',
    story: 'Setiap sore pengelola membawa peti buku ke dermaga. Anak-anak nelayan membaca sambil menunggu perahu orang tuanya pulang.',
  });
  await babel.post(`/api/practices/${story.id}/submit`);
  await babel.post(`/api/practices/${story.id}/publish`);
  const problem = await babel.post<{ id: number }>('/api/problems', {
    partnerId: beloLaut,
    title: 'Jaringan internet perpustakaan sering terputus',
    category: 'sarana_tik',
    description: 'Sejak Agustus sinyal di ruang baca hilang setiap sore, laporan SIM tertunda.',
  });
  return { problemId: problem.id };
}

/** Ticks a library found by name on the attendance screen and waits until its tick is saved. */
async function tick(page: Page, search: string, name: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Nama perpustakaan' }).fill(search);
  const box = page.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  await box.check();
  await page.locator('.attendance-row', { has: box }).getByText('Tersimpan').waitFor();
}

describe('a provincial admin runs a gathering from a phone', () => {
  it('creates it with a story, a problem and the Elis course on the agenda, takes attendance by search, writes minutes and a follow-up, and exports the list', async () => {
    const { problemId } = await storyAndProblem(env.url);
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();

    // The menu leads to the gatherings, upcoming apart from those held.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pertemuan' }).click();
    await page.getByRole('heading', { name: 'Pertemuan', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /^Sudah berlangsung/ }).waitFor();
    await fitsThePhone(page, 'list');

    // Creating it: the province is already chosen; the agenda links the story and the problem.
    await page.getByRole('link', { name: 'Buat pertemuan' }).click();
    await page.getByRole('heading', { name: 'Buat pertemuan', level: 1 }).waitFor();
    await page.getByLabel('Judul', { exact: true }).fill('Gathering Mitra TPBIS Oktober 2024');
    await page.getByLabel('Tanggal', { exact: true }).fill('2024-10-12');
    await page.getByLabel('Jenis acara baru').selectOption({ label: 'Praktik baik' });
    await page.getByRole('button', { name: 'Tambah acara' }).click();
    const first = page.getByRole('group', { name: 'Acara 1' });
    await first.getByRole('searchbox', { name: 'Cari kisah yang sudah terbit' }).fill('nelayan Cendil');
    await first.getByRole('button', { name: 'Tambahkan Pojok baca anak nelayan Cendil' }).click();
    await first.getByRole('button', { name: 'Hapus Pojok baca anak nelayan Cendil' }).waitFor();
    await page.getByLabel('Jenis acara baru').selectOption({ label: 'Pemecahan masalah' });
    await page.getByRole('button', { name: 'Tambah acara' }).click();
    const second = page.getByRole('group', { name: 'Acara 2' });
    await second.getByRole('searchbox', { name: 'Cari kendala di wilayah ini' }).fill('internet');
    await second.getByRole('button', { name: 'Tambahkan Jaringan internet perpustakaan sering terputus' }).click();
    await second.getByRole('button', { name: 'Hapus Jaringan internet perpustakaan sering terputus' }).waitFor();
    await page.getByLabel('Jenis acara baru').selectOption({ label: 'Elis (e-learning)' });
    await page.getByRole('button', { name: 'Tambah acara' }).click();
    await page
      .getByRole('group', { name: 'Acara 3' })
      .getByRole('group', { name: 'Kursus Elis yang diperkenalkan' })
      .getByRole('checkbox', { name: 'Dasar-dasar Perpustakaan Berbasis Inklusi Sosial' })
      .check();
    await fitsThePhone(page, 'form');
    await page.getByRole('button', { name: 'Buat pertemuan' }).click();

    await page.getByRole('heading', { name: 'Gathering Mitra TPBIS Oktober 2024', level: 1 }).waitFor();
    const gatheringPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Pojok baca anak nelayan Cendil' }).waitFor();
    expect(await page.getByRole('link', { name: 'Jaringan internet perpustakaan sering terputus' }).getAttribute('href')).toBe(
      `/kendala/${problemId}`,
    );
    const course = page.getByRole('link', { name: 'Dasar-dasar Perpustakaan Berbasis Inklusi Sosial' });
    await course.waitFor();
    expect(await course.getAttribute('href')).toMatch(/^\/elis\/\d+$/);
    expect(await page.getByRole('link', { name: 'Unduh bahan pertemuan (PDF)' }).getAttribute('href')).toMatch(
      /^\/api\/gatherings\/\d+\/pack\.pdf$/,
    );
    await page.getByText('0 mitra hadir').waitFor();
    await fitsThePhone(page, 'detail');

    // Attendance during the meeting: find by name, tick, and the count rises with each saved tick.
    await page.getByRole('link', { name: 'Catat kehadiran' }).click();
    await page.getByRole('heading', { name: 'Catat kehadiran', level: 1 }).waitFor();
    const count = page.locator('.attendance-count__number');
    await expect.poll(() => count.textContent()).toBe('0');
    await tick(page, 'Cendil', 'Perpusdes Cendil');
    await expect.poll(() => count.textContent()).toBe('1');
    await tick(page, 'Belo Laut', 'Perpusdes Belo Laut');
    await expect.poll(() => count.textContent()).toBe('2');
    await fitsThePhone(page, 'attendance');

    // The export has the names, as a spreadsheet opens it.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^daftar-hadir-2024-10-12-gathering-mitra-tpbis-oktober-2024-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFNo,ID mitra,Nama perpustakaan,Jenis,Desa/kelurahan,Kecamatan,Kabupaten/kota,Kode wilayah')).toBe(true);
    expect(text).toContain('Perpusdes Belo Laut');
    expect(text).toContain('Perpusdes Cendil');

    // After the meeting: the minutes of the problem item, and a follow-up that becomes the problem's action.
    await page.goto(gatheringPath);
    await page.getByText('2 mitra hadir').waitFor();
    const item = page.getByRole('listitem', { name: /Solusi dan pemecahan permasalahan mitra/ });
    await item.getByRole('button', { name: 'Tulis notulen' }).click();
    await item.getByLabel(/^Notulen:/).fill('Pengelola Belo Laut akan meminta Diskominfo memasang penguat sinyal.');
    await item.getByRole('button', { name: 'Simpan notulen' }).click();
    await item.getByText('Pengelola Belo Laut akan meminta Diskominfo memasang penguat sinyal.').waitFor();
    await item.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await item.getByLabel('Apa yang dilakukan').fill('Surati Diskominfo Bangka Barat soal penguat sinyal');
    await item.getByLabel('Penanggung jawab').fill('Pengelola Perpusdes Belo Laut');
    await item.getByLabel('Tenggat').fill('2024-10-31');
    await item.getByLabel(/^Untuk kendala/).selectOption({ label: 'Jaringan internet perpustakaan sering terputus · Perpusdes Belo Laut' });
    await item.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await item.getByRole('link', { name: 'Tindak lanjut kendala: Jaringan internet perpustakaan sering terputus' }).waitFor();
    await item.getByText('Surati Diskominfo Bangka Barat soal penguat sinyal').waitFor();
    await fitsThePhone(page, 'after');

    // The follow-up is the problem's action now, and the history tells what was done.
    const babel = await apiSession(env.url, 'babel');
    const problem = await babel.get<{ actions: { what: string; owner: string }[] }>(`/api/problems/${problemId}`);
    expect(problem.actions.map((a) => [a.what, a.owner])).toEqual([
      ['Surati Diskominfo Bangka Barat soal penguat sinyal', 'Pengelola Perpusdes Belo Laut'],
    ]);
    const history = page.getByRole('region', { name: 'Riwayat perubahan' });
    for (const entry of ['Pertemuan dibuat', 'Kehadiran dicatat', 'Notulen ditulis', 'Tindak lanjut ditambahkan']) {
      await history.getByText(entry).first().waitFor();
    }

    // The pack to print: built now, it carries the story and the problem on the agenda, with the new action.
    const [pack] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh bahan pertemuan (PDF)' }).click(),
    ]);
    const packText = pdfPages(readFileSync(await pack.path())).join(' ');
    expect(packText).toContain('Gathering Mitra TPBIS Oktober 2024');
    expect(packText).toContain('Pojok baca anak nelayan Cendil');
    expect(packText).toContain('Jaringan internet perpustakaan sering terputus');
    expect(packText).toContain('Surati Diskominfo Bangka Barat soal penguat sinyal');
    expect(packText).toContain('Elis: e-learning inklusi sosial Kursus yang diperkenalkan pada gathering ini.');
    expect(packText).toContain('Dasar-dasar Perpustakaan Berbasis Inklusi Sosial');
    await context.close();
  });

  it('on a weak signal says which tick did not arrive and sends it again; imports a list once its dry run matches every row', async () => {
    const babel = await apiSession(env.url, 'babel');
    const { id } = await babel.post<{ id: number }>('/api/gatherings', {
      title: 'Webinar pendampingan Bangka Barat',
      date: '2024-10-19',
      mode: 'online',
      regionCode: '19.05',
    });
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.goto(`/pertemuan/${id}/hadir`);
    await page.getByRole('heading', { name: 'Catat kehadiran', level: 1 }).waitFor();
    const count = page.locator('.attendance-count__number');

    // The signal drops as the tick goes out: the row says so, the tick still counts, and it is sent again.
    await page.getByRole('searchbox', { name: 'Nama perpustakaan' }).fill('Ketap');
    const ketap = page.getByRole('checkbox', { name: /^Perpusdes Ketap/ });
    await ketap.waitFor();
    await context.setOffline(true);
    await ketap.check();
    const row = page.locator('.attendance-row', { has: ketap });
    await row.getByText('Gagal tersimpan.').waitFor();
    await page.getByText('1 centang belum tersimpan karena sinyal terputus.').waitFor();
    await expect.poll(() => count.textContent()).toBe('1');
    await context.setOffline(false);
    await row.getByRole('button', { name: 'Coba lagi Perpusdes Ketap' }).click();
    await row.getByText('Tersimpan').waitFor();
    await page.getByText('1 centang belum tersimpan karena sinyal terputus.').waitFor({ state: 'detached' });

    // A pasted list is checked first: a row that matches nothing holds the whole list back.
    const list = page.getByLabel('Daftar perpustakaan');
    await list.fill('1. Perpusdes Rambat\n2. Perpusdes Tidak Dikenal');
    await page.getByRole('button', { name: 'Periksa daftar' }).click();
    await page.getByText('2 baris: 1 cocok, 1 tidak cocok, 1 mitra baru akan ditambahkan.').waitFor();
    const table = page.getByRole('table', { name: 'Hasil pemeriksaan daftar' });
    await table.getByRole('row', { name: /^2 2\. Perpusdes Tidak Dikenal Tidak cocok:/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Tambahkan \d+ mitra$/ }).count()).toBe(0);
    await fitsThePhone(page, 'import');
    await list.fill('1. Perpusdes Rambat\n2. Perpusdes Sekar Biru');
    await page.getByRole('button', { name: 'Periksa daftar' }).click();
    await page.getByText('2 baris: 2 cocok, 0 tidak cocok, 2 mitra baru akan ditambahkan.').waitFor();
    await page.getByRole('button', { name: 'Tambahkan 2 mitra' }).click();
    await page.getByText('2 mitra ditambahkan ke daftar hadir.').waitFor();
    await page.getByText('Sudah tercatat hadir (3)').waitFor();
    await expect.poll(() => count.textContent()).toBe('3');

    const gathering = await babel.get<{ attendance: { name: string }[] }>(`/api/gatherings/${id}`);
    expect(gathering.attendance.map((a) => a.name)).toEqual(['Perpusdes Ketap', 'Perpusdes Rambat', 'Perpusdes Sekar Biru']);
    await context.close();
  });
});
