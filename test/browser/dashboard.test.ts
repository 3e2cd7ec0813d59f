import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choosePeriod, openFolds, section, strategyCount } from './dashboard-screen';
import { demoPassword, logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();

/** The twelve village libraries green at 100 in the source document, January to 25 September 2024. */
const champions = [
  'Cendil',
  'Sempan',
  'Air Belo',
  'Belo Laut',
  'Teluk Limau',
  'Rambat',
  'Bukit Terak',
  'Ranggi Asam',
  'Ketap',
  'Benteng Kota',
  'Sekar Biru',
  'Puput',
].map((village) => `Perpusdes ${village}`);
const bangkaBaratChampions = champions.filter((name) => !/Cendil|Sempan/.test(name));

describe('the dashboard of the source document', () => {
  it('shows a provincial admin 8.746 / 4.425 / 195 and the twelve champions, drills into Bangka Barat and downloads Puput’s rapor', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'babel');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Dasbor' }).click();
    await page.getByRole('heading', { name: 'Dasbor Kepulauan Bangka Belitung', level: 1 }).waitFor();

    await choosePeriod(page, '2024-01-01', '2024-09-25');
    await page.getByText('Periode: 1 Januari 2024 – 25 September 2024').waitFor();
    expect(new URL(page.url()).search).toBe('?region=19&from=2024-01-01&to=2024-09-25');

    // The previous period's figures stay on screen until the new ones arrive.
    await expect.poll(() => strategyCount(page, 'Pelibatan masyarakat'), { timeout: 10_000 }).toBe('8.746');
    expect(await strategyCount(page, 'Advokasi')).toBe('4.425');
    expect(await strategyCount(page, 'Peningkatan layanan informasi')).toBe('195');
    await section(page, 'Mitra per skema').getByText('265', { exact: true }).waitFor();
    expect(await championNames(page, 12)).toEqual([...champions].sort());

    // The ranking as a spreadsheet: every partner of the province, with its indicators, opened as Excel would.
    const ranked = await page.evaluate(async () => {
      const res = await fetch('/api/kpi/partners?region=19&from=2024-01-01&to=2024-09-25');
      return ((await res.json()) as { items: unknown[] }).items.length;
    });
    const [excel] = await Promise.all([
      page.waitForEvent('download'),
      section(page, 'Peringkat mitra').getByRole('link', { name: 'Unduh Excel' }).click(),
    ]);
    expect(excel.suggestedFilename()).toMatch(/^peringkat-kpi-2024-01-01-2024-09-25-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await excel.path());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(3).value).toBe('Nama mitra');
    expect(sheet?.actualRowCount).toBe(ranked + 1);
    expect(ranked).toBeGreaterThan(200);

    // Drilling into Bangka Barat keeps the period; its ten champions remain.
    await section(page, 'Kabupaten/kota di Kepulauan Bangka Belitung (7)').getByRole('link', { name: 'Kabupaten Bangka Barat' }).click();
    await page.getByRole('heading', { name: 'Dasbor Kabupaten Bangka Barat', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?region=19.05&from=2024-01-01&to=2024-09-25');
    expect(await championNames(page, 10)).toEqual([...bangkaBaratChampions].sort());
    const crumbs = page.getByRole('navigation', { name: 'Jejak wilayah' });
    expect(await crumbs.getByRole('link').allTextContents()).toEqual(['Kepulauan Bangka Belitung']);

    // Puput's rapor for the same period, and its PDF.
    await section(page, 'Mitra juara, skor 100 (10)').getByRole('link', { name: 'Perpusdes Puput' }).click();
    await page.getByRole('heading', { name: 'Rapor Perpusdes Puput', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?from=2024-01-01&to=2024-09-25');
    const score = section(page, 'Skor KPI');
    await expect.poll(() => score.locator('.score__number').textContent()).toBe('100');
    await score.getByText('Hijau', { exact: true }).waitFor();
    await page.getByText('Skor penuh: semua target periode ini tercapai.').waitFor();
    // The bars of the history say what its table says: one rounding for scores everywhere.
    const history = section(page, 'Riwayat 12 bulan');
    await history.locator('.history-chart__score').nth(11).waitFor();
    expect(await history.locator('.history-chart__score').allTextContents()).toEqual(await history.locator('td.num').allTextContents());
    await expectPdf(await download(page, 'Unduh PDF'));
    await context.close();
  });
});

describe('the dashboard and rapor screens', () => {
  it('let the national office drill into a province, rank its partners, read what is missing and download a rapor', async () => {
    const province = await seedProvince(env.url);
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'pusat');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Dasbor' }).click();
    await page.getByRole('heading', { name: 'Dasbor Indonesia', level: 1 }).waitFor();
    await page.getByText('Pilih provinsi pada tabel di atas untuk melihat peringkat mitranya.').waitFor();
    await choosePeriod(page, '2024-01-01', '2024-03-31');

    // Down into the seeded province from the national table of provinces.
    await section(page, 'Provinsi (38)').getByRole('link', { name: province.name }).click();
    await page.getByRole('heading', { name: `Dasbor ${province.name}`, level: 1 }).waitFor();
    expect(await strategyCount(page, 'Pelibatan masyarakat')).toBe('14');
    expect(await strategyCount(page, 'Advokasi')).toBe('3');
    expect(await strategyCount(page, 'Peningkatan layanan informasi')).toBe('1');
    expect(await strategyCount(page, 'Semua strategi')).toBe('18');
    expect(await championNames(page, 1)).toEqual(['Perpusdes Juara']);
    // Green, yellow, red: one partner each at the ends.
    expect(await section(page, 'Sebaran warna KPI').locator('dd').allTextContents()).toEqual(['1 (50%)', '0 (0%)', '1 (50%)']);

    // The ranking shows each colour as a word, never by colour alone; it filters and sorts.
    const ranking = page.getByRole('table', { name: 'Peringkat mitra' });
    await ranking.getByRole('row', { name: /^1 Perpusdes Juara .* 100 Hijau$/ }).waitFor();
    await ranking.getByRole('row', { name: /^2 TBM Pemula .* Merah$/ }).waitFor();
    // The server ranks, sorts and filters: each answer replaces the rows shown.
    await page.getByRole('radio', { name: 'Nama (A–Z)' }).check();
    await expect.poll(() => ranking.getByRole('rowheader').allTextContents()).toEqual(['Perpusdes Juara', 'TBM Pemula']);
    await page.getByLabel('Cari mitra').fill('pemula');
    await expect.poll(() => ranking.getByRole('rowheader').allTextContents()).toEqual(['TBM Pemula']);
    await ranking.getByRole('row', { name: /^2 TBM Pemula / }).waitFor();

    // The struggling partner's rapor says what is missing, in both languages.
    await ranking.getByRole('link', { name: 'TBM Pemula' }).click();
    await page.getByRole('heading', { name: 'Rapor TBM Pemula', level: 1 }).waitFor();
    await section(page, 'Skor KPI').getByText('Merah', { exact: true }).waitFor();
    const missing = section(page, 'Yang masih kurang untuk menjadi hijau');
    await missing.getByText('10 kegiatan pelibatan masyarakat lagi').waitFor();
    await missing.getByText('3 kegiatan advokasi lagi').waitFor();
    await section(page, 'Indikator').getByText('2 dari target 12').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await section(page, 'What is missing to turn green').getByText('3 more advocacy activities').waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();

    // The period picker's quick picks and its check of a typed range.
    await page.getByRole('radio', { name: 'Tahun ini sampai hari ini' }).check();
    const thisYear = String(new Date().getFullYear());
    await page.waitForURL((url) => url.searchParams.get('from') === `${thisYear}-01-01`);
    await page.getByRole('radio', { name: 'Rentang lain' }).check();
    await page.getByLabel('Dari tanggal').fill('2024-03-31');
    await page.getByLabel('Sampai tanggal').fill('2024-01-01');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByText('Tanggal akhir tidak boleh sebelum tanggal mulai.').waitFor();
    await choosePeriod(page, '2024-01-01', '2024-03-31');

    await expectPdf(await download(page, 'Unduh PDF'));

    // The rapor's region path opens the province's dashboard, whose breadcrumbs lead up again.
    await page.getByRole('navigation', { name: 'Letak mitra' }).getByRole('link', { name: province.name }).click();
    await page.getByRole('heading', { name: `Dasbor ${province.name}`, level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?region=21&from=2024-01-01&to=2024-03-31');
    await page.getByRole('navigation', { name: 'Jejak wilayah' }).getByRole('link', { name: 'Indonesia' }).click();
    await page.getByRole('heading', { name: 'Dasbor Indonesia', level: 1 }).waitFor();
    await context.close();
  });

  it('fit a 360 px phone, and a library manager gets its own rapor instead of dashboards', async () => {
    const phone = { width: 360, height: 740 };
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.goto('/dasbor?region=19&from=2024-01-01&to=2024-09-25');
    await page.getByRole('heading', { name: 'Peringkat mitra' }).waitFor();
    await openFolds(page);
    await page.locator('.recharts-surface').first().waitFor();
    await fitsThePhone(page, 'dashboard', phone.width);
    await page.goto('/dasbor?region=19.05.06&from=2024-01-01&to=2024-09-25');
    await page.getByRole('heading', { name: 'Dasbor Parittiga', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Perpusdes Puput' }).first().click();
    await page.getByRole('heading', { name: 'Rapor Perpusdes Puput', level: 1 }).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await fitsThePhone(page, 'rapor', phone.width);
    await context.close();

    const manager = await openPage(env.browser, env.url, phone);
    await logIn(manager.page, 'puput');
    await manager.page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    // The library by its name, never "mitra nomor 205".
    await manager.page.getByText('Anda masuk sebagai Pengelola perpustakaan untuk Perpusdes Puput.').waitFor();
    expect(await manager.page.getByText(/mitra nomor/i).count()).toBe(0);
    await manager.page.getByRole('button', { name: 'Menu' }).click();
    const nav = manager.page.getByRole('navigation', { name: 'Menu utama' });
    const menu = await nav.getByRole('link').allTextContents();
    expect(menu).toContain('Rapor');
    expect(menu).not.toContain('Dasbor');
    await nav.getByRole('link', { name: 'Rapor' }).click();
    await manager.page.getByRole('heading', { name: 'Rapor Perpusdes Puput', level: 1 }).waitFor();
    // The region path is plain text for a manager: it has no regional dashboards to open.
    expect(await manager.page.getByRole('navigation', { name: 'Letak mitra' }).getByRole('link').count()).toBe(0);
    await manager.page.goto('/dasbor');
    await manager.page.getByRole('heading', { name: 'Rapor Perpusdes Puput', level: 1 }).waitFor();
    await manager.context.close();
  });
});

describe('what a newcomer sees first', () => {
  it('opens the dashboard on the demo’s period, named, with the source document’s figures and no empty year first', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    const asked: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/dashboard' || url.pathname === '/api/kpi/partners') asked.push(url);
    });
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Dasbor' }).click();
    await page.getByRole('heading', { name: 'Dasbor Kepulauan Bangka Belitung', level: 1 }).waitFor();

    expect(await strategyCount(page, 'Pelibatan masyarakat')).toBe('8.746');
    expect(await strategyCount(page, 'Advokasi')).toBe('4.425');
    expect(await strategyCount(page, 'Peningkatan layanan informasi')).toBe('195');
    expect(await championNames(page, 12)).toEqual([...champions].sort());
    await page.getByText('Periode: 1 Januari 2024 – 25 September 2024').waitFor();
    expect(await page.getByRole('radio', { name: 'Periode data demo' }).isChecked()).toBe(true);
    await page.getByText('Ini data demo, dengan laporan sampai 28 September 2024.').waitFor();
    expect(new URL(page.url()).search).toBe('?region=19&from=2024-01-01&to=2024-09-25');
    // Nothing was asked for the current year before the demo's period was known.
    expect(asked.map((url) => `${url.searchParams.get('from')}..${url.searchParams.get('to')}`)).toEqual([
      '2024-01-01..2024-09-25',
      '2024-01-01..2024-09-25',
    ]);

    // A period in the URL always wins; the demo's period is one tap away.
    await page.goto('/dasbor?region=19&from=2024-01-01&to=2024-06-30');
    await page.getByText('Periode: 1 Januari 2024 – 30 Juni 2024').waitFor();
    expect(new URL(page.url()).search).toBe('?region=19&from=2024-01-01&to=2024-06-30');
    await expect.poll(() => strategyCount(page, 'Pelibatan masyarakat')).not.toBe('8.746');
    await page.getByRole('radio', { name: 'Periode data demo' }).check();
    await page.waitForURL((url) => url.searchParams.get('to') === '2024-09-25');
    await expect.poll(() => strategyCount(page, 'Pelibatan masyarakat')).toBe('8.746');
    await context.close();
  });

  it('opens a manager’s rapor on the same period: Puput green at 100, not red', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'puput');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Rapor' }).click();
    await page.getByRole('heading', { name: 'Rapor Perpusdes Puput', level: 1 }).waitFor();
    const score = section(page, 'Skor KPI');
    await expect.poll(() => score.locator('.score__number').textContent()).toBe('100');
    await score.getByText('Hijau', { exact: true }).waitFor();
    await page.getByText('Periode: 1 Januari 2024 – 25 September 2024').waitFor();
    expect(new URL(page.url()).search).toBe('?from=2024-01-01&to=2024-09-25');
    await context.close();
  });

  it('folds the long sections on a 360 px phone, and the jump menu reaches the ranking', async () => {
    const phone = { width: 360, height: 740 };
    const { page, context } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.goto('/dasbor');
    await page.getByRole('heading', { name: 'Peringkat mitra' }).waitFor();
    const ranking = page.getByRole('table', { name: 'Peringkat mitra' });
    const folded = await pageHeight(page);
    expect(await ranking.isVisible()).toBe(false);

    // "Peringkat" near the top opens the ranking, scrolls to it and puts the focus on its heading.
    const jumps = page.getByRole('navigation', { name: 'Bagian dasbor' });
    expect(await jumps.getByRole('link').allTextContents()).toEqual(['Ringkasan', 'Juara', 'Tren', 'Wilayah', 'Peringkat']);
    expect(await jumps.evaluate((nav) => nav.getBoundingClientRect().bottom)).toBeLessThan(phone.height);
    await jumps.getByRole('link', { name: 'Peringkat' }).click();
    const first = ranking.getByRole('row').nth(1);
    await first.waitFor();
    const heading = page.getByRole('heading', { name: 'Peringkat mitra', level: 2 });
    expect(await heading.evaluate((h) => h === document.activeElement && Math.abs(h.getBoundingClientRect().top) < 2)).toBe(true);
    expect(await first.evaluate((row, height) => row.getBoundingClientRect().bottom < height, phone.height)).toBe(true);

    // The server sends the ranking 20 partners at a time; the next page goes on counting.
    await page
      .getByRole('status')
      .filter({ hasText: /^Mitra 1–20 dari \d+$/ })
      .waitFor();
    const firstName = await first.getByRole('rowheader').textContent();
    await page.getByRole('navigation', { name: 'Halaman peringkat mitra' }).getByRole('button', { name: 'Berikutnya' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Mitra 21–40 dari \d+$/ })
      .waitFor();
    await expect.poll(() => first.getByRole('rowheader').textContent()).not.toBe(firstName);

    // Everything open, the page is more than twice as long as folded (9,000 px before this change).
    await openFolds(page);
    await page.locator('.recharts-surface').first().waitFor();
    const open = await pageHeight(page);
    expect(folded).toBeLessThan(open / 2);
    await page.locator('summary', { hasText: 'Lipat bagian ini' }).last().click();
    await ranking.waitFor({ state: 'hidden' });
    await context.close();
  });
});

describe('a new period', () => {
  it('keeps the figures on screen, marked as loading, until its own arrive', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.goto('/dasbor?region=19&from=2024-01-01&to=2024-09-25');
    await page.getByRole('heading', { name: 'Dasbor Kepulauan Bangka Belitung', level: 1 }).waitFor();
    await expect.poll(() => strategyCount(page, 'Pelibatan masyarakat'), { timeout: 10_000 }).toBe('8.746');
    const loading = page.getByRole('status').filter({ hasText: 'Memuat…' });
    await loading.waitFor({ state: 'detached' });

    // The new period's figures are held back until the screen has been looked at.
    const to = '2024-06-30';
    let asked = () => {};
    const requested = new Promise<void>((resolve) => (asked = resolve));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/api/dashboard' && url.searchParams.get('to') === to,
      async (route) => {
        asked();
        await released;
        await route.continue();
      },
    );
    await choosePeriod(page, '2024-01-01', to);
    await requested;

    await loading.waitFor();
    expect(await strategyCount(page, 'Pelibatan masyarakat')).toBe('8.746');
    await section(page, 'Mitra juara, skor 100 (12)').waitFor();
    expect(await page.locator('[aria-busy="true"]').count()).toBe(1);

    release();
    const expected = await apiSession(env.url, 'babel').then((babel) =>
      babel.get<{ activities: { pelibatan_masyarakat: number } }>(`/api/dashboard?region=19&from=2024-01-01&to=${to}`),
    );
    const figure = expected.activities.pelibatan_masyarakat.toLocaleString('id-ID');
    expect(figure).not.toBe('8.746');
    await expect.poll(() => strategyCount(page, 'Pelibatan masyarakat'), { timeout: 10_000 }).toBe(figure);
    await loading.waitFor({ state: 'detached' });
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    await context.close();
  });
});

describe('a rapor for another period', () => {
  it('keeps the score on screen, marked as loading, until the new one arrives', async () => {
    const babel = await apiSession(env.url, 'babel');
    const puput = await babel.get<{ items: { id: number }[] }>('/api/partners?region=19.05.06.2005');
    const partnerId = puput.items[0]?.id;
    expect(partnerId).toBeDefined();
    const { page, context } = await openPage(env.browser, env.url);
    await logIn(page, 'babel');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.goto(`/mitra/${partnerId}/rapor?from=2024-01-01&to=2024-09-25`);
    await page.getByText('Skor penuh: semua target periode ini tercapai.').waitFor();
    const loading = page.getByRole('status').filter({ hasText: 'Memuat…' });

    const to = '2024-06-30';
    let asked = () => {};
    const requested = new Promise<void>((resolve) => (asked = resolve));
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === `/api/kpi/partners/${partnerId}` && url.searchParams.get('to') === to,
      async (route) => {
        asked();
        await released;
        await route.continue();
      },
    );
    await choosePeriod(page, '2024-01-01', to);
    await requested;

    await loading.waitFor();
    await page.getByText('Skor penuh: semua target periode ini tercapai.').waitFor();
    expect(await page.locator('[aria-busy="true"]').count()).toBe(1);
    release();
    await loading.waitFor({ state: 'detached' });
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    await context.close();
  });
});

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function championNames(page: Page, count: number): Promise<string[]> {
  const list = section(page, `Mitra juara, skor 100 (${count})`).getByRole('list');
  return (await list.getByRole('link').allTextContents()).sort();
}

async function download(page: Page, linkName: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return file;
}

async function expectPdf(file: Download): Promise<void> {
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
}

async function fitsThePhone(page: Page, name: string, width: number): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `360-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
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
  return { get: <T>(path: string) => call<T>('GET', path), post: <T>(path: string, body: unknown) => call<T>('POST', path, body) };
}

interface RegionItem {
  code: string;
  name: string;
}

/**
 * Two partners in Kepulauan Riau (21), outside the demo province so the journey's figures stay
 * exact, with activities for January to March 2024 (91 days: a village library's targets are
 * 11,96 engagement activities, 179,4 participants, 2,99 advocacy activities, 1 service, 3 months,
 * shown as people count them: 12, 180, 3, 1, 3):
 * "Perpusdes Juara" meets every target (score 100); "TBM Pemula" reported two events in January.
 */
async function seedProvince(baseUrl: string): Promise<RegionItem> {
  const admin = await apiSession(baseUrl, 'pusat');
  const province = await admin.get<RegionItem & { level: string }>('/api/regions/21');
  const first = async (parent: string) => {
    const { items } = await admin.get<{ items: RegionItem[] }>(`/api/regions?parent=${parent}`);
    if (!items[0] || !items[1]) throw new Error(`no regions in ${parent}`);
    return items;
  };
  const [regency] = await first('21');
  const [district] = await first(regency?.code ?? '');
  const [villageA, villageB] = await first(district?.code ?? '');
  const partner = (name: string, type: 'desa' | 'tbm', village: RegionItem | undefined) =>
    admin.post<{ id: number }>('/api/partners', { name, type, scheme: 'full_support', regionCode: village?.code, cohortYear: 2022 });
  const juara = await partner('Perpusdes Juara', 'desa', villageA);
  const pemula = await partner('TBM Pemula', 'tbm', villageB);

  const report = async (partnerId: number, strategy: string, date: string, people: number, n: number) => {
    const activity = await admin.post<{ id: number }>('/api/activities', {
      partnerId,
      strategy,
      title: `Kegiatan ${strategy} nomor ${n}`,
      date,
      participantsMale: Math.floor(people / 2),
      participantsFemale: Math.ceil(people / 2),
    });
    await admin.post(`/api/activities/${activity.id}/submit`, {});
  };
  let n = 0;
  for (const month of ['01', '02', '03']) {
    for (const day of ['05', '12', '19', '26']) await report(juara.id, 'pelibatan_masyarakat', `2024-${month}-${day}`, 15, (n += 1));
    await report(juara.id, 'advokasi', `2024-${month}-15`, 4, (n += 1));
  }
  await report(juara.id, 'layanan_informasi', '2024-02-20', 0, (n += 1));
  await report(pemula.id, 'pelibatan_masyarakat', '2024-01-10', 10, (n += 1));
  await report(pemula.id, 'pelibatan_masyarakat', '2024-01-24', 10, (n += 1));
  return province;
}
