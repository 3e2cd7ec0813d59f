import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCheck } from '#domain/imports';
import { checkRollups } from '#server/features/rollups/check';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { multipartFile } from '#test/multipart';

let t: TestApp;
let babel: Agent;
let runi: Agent;
let puputManager: Agent;
let puput: { id: number };
let gambir: { id: number };

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'runi'], libraries: ['puput', 'gambir'], managers: ['puput'] });
  ({ babel, runi, puput: puputManager } = cast.agents);
  ({ puput, gambir } = cast.partners);
});
afterAll(() => t.close());

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function upload(agent: Agent, kind: 'partners' | 'activities', data: Buffer, p: { dryRun?: boolean; filename?: string } = {}) {
  const xlsx = data.readUInt32LE(0) === 0x04034b50;
  const { payload, headers } = multipartFile(data, {
    field: 'file',
    filename: p.filename ?? (xlsx ? 'impor.xlsx' : 'impor.csv'),
    type: xlsx ? xlsxType : 'text/csv',
  });
  return agent.request({ method: 'POST', url: `/api/imports/${kind}${p.dryRun ? '?dryRun=1' : ''}`, payload, headers });
}

/** A CSV as Excel in Indonesia saves it: BOM, `;` between cells. */
const csv = (rows: (string | number)[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');

const activityHeader = [
  'Ref',
  'ID mitra',
  'Strategi',
  'Jenis kegiatan',
  'Judul kegiatan',
  'Tanggal',
  'Peserta laki-laki',
  'Peserta perempuan',
];
const activityRow = (ref: string, over: Partial<Record<'partnerId' | 'strategy' | 'date' | 'title', string | number>> = {}) => [
  ref,
  over.partnerId ?? puput.id,
  over.strategy ?? 'pelibatan_masyarakat',
  '',
  over.title ?? `Kelas literasi ${ref}`,
  over.date ?? '2024-09-02',
  5,
  7,
];

async function activityTotal(agent: Agent): Promise<number> {
  const res = await agent.get(`/api/activities?partner=${puput.id}&pageSize=100`);
  return res.json<{ total: number }>().total;
}

async function dashboardTotal(): Promise<number> {
  const res = await babel.get('/api/dashboard?region=19&from=2024-01-01&to=2024-12-31');
  return res.json<{ activities: { total: number } }>().activities.total;
}

async function workbookOf(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

describe('import templates', () => {
  it('the activities template has the Indonesian headers, drop-downs on coded columns and a Petunjuk sheet', async () => {
    const res = await puputManager.get('/api/imports/activities/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(xlsxType);
    const wb = await workbookOf(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Kegiatan', 'Petunjuk', 'Daftar', 'Mitra Anda']);
    const header = (wb.worksheets[0]?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...activityHeader, 'Deskripsi', 'Lokasi']);
    const strategyCell = wb.worksheets[0]?.getCell('C2').dataValidation;
    expect(strategyCell?.type).toBe('list');
    expect(strategyCell?.formulae?.[0]).toMatch(/^Daftar!/);
    expect(wb.worksheets[0]?.getCell('D2').dataValidation?.type).toBe('list');
    const guide = wb.getWorksheet('Petunjuk');
    const texts: string[] = [];
    guide?.eachRow((r) => texts.push(r.getCell(1).text));
    expect(texts).toContain('pelibatan_masyarakat');
  });

  it('the partners template offers the types and schemes as lists', async () => {
    const res = await babel.get('/api/imports/partners/template.xlsx');
    const wb = await workbookOf(res.rawPayload);
    const sheet = wb.worksheets[0];
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Ref',
      'Nama mitra',
      'Jenis',
      'Skema',
      'Kode wilayah',
      'Tahun angkatan',
    ]);
    expect(sheet?.getCell('C2').dataValidation?.type).toBe('list');
    expect(sheet?.getCell('D2').dataValidation?.type).toBe('list');
  });

  it("lists the libraries the importer may report for, with their ids: a manager its own, a provincial admin its province's", async () => {
    const listed = async (agent: Agent) => {
      const wb = await workbookOf((await agent.get('/api/imports/activities/template.xlsx')).rawPayload);
      const sheet = wb.getWorksheet('Mitra Anda');
      const rows: unknown[][] = [];
      sheet?.eachRow((r, n) => {
        if (n > 1) rows.push((r.values as unknown[]).slice(1, 3));
      });
      const guide: string[] = [];
      wb.getWorksheet('Petunjuk')?.eachRow((r) => guide.push(r.getCell(1).text));
      return { header: (sheet?.getRow(1).values as unknown[]).slice(1), rows, guide };
    };
    const own = await listed(puputManager);
    expect(own.header).toEqual(['ID mitra', 'Nama mitra', 'Jenis', 'Wilayah', 'Kode wilayah']);
    expect(own.rows).toEqual([[puput.id, 'Perpusdes Puput']]);
    expect(own.guide).toContain('Lembar "Mitra Anda" memuat 1 mitra aktif Anda, dengan ID mitra untuk kolom ID mitra.');
    const province = await listed(babel);
    expect(province.rows).toContainEqual([puput.id, 'Perpusdes Puput']);
    expect(province.rows.map((r) => r[0])).not.toContain(gambir.id);
  });

  it('is refused to a role that may not create what it imports', async () => {
    expect((await puputManager.get('/api/imports/partners/template.xlsx')).statusCode).toBe(403);
    expect((await runi.get('/api/imports/activities/template.xlsx')).statusCode).toBe(403);
    expect((await runi.get('/api/imports/partners/template.xlsx')).statusCode).toBe(403);
  });
});

describe('importing activities', () => {
  it('a dry run names every bad row and column in Indonesian and writes nothing', async () => {
    const before = await activityTotal(puputManager);
    const file = csv([
      activityHeader,
      activityRow('A-1'),
      activityRow('A-2', { date: '2024-13-40' }),
      activityRow('A-3', { strategy: 'lomba' }),
      activityRow('A-1'),
    ]);
    const res = await upload(puputManager, 'activities', file, { dryRun: true });
    expect(res.statusCode).toBe(200);
    const check = res.json<ImportCheck>();
    expect(check.rows).toBe(4);
    expect(check.valid).toBe(1);
    expect(check.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Tanggal', 'not_a_date'],
      [3, 'Strategi', 'invalid_choice'],
      [4, 'Ref', 'duplicate_ref'],
    ]);
    expect(check.errors[1]?.message).toMatch(/^Bukan pilihan yang sah/);
    expect(await activityTotal(puputManager)).toBe(before);
  });

  it('a file with any problem imports nothing and answers the same problems with 400', async () => {
    const before = await activityTotal(puputManager);
    const res = await upload(
      puputManager,
      'activities',
      csv([activityHeader, activityRow('B-1'), activityRow('B-2', { date: '2030-01-01' })]),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json<ImportCheck & { error: { code: string } }>();
    expect(body.error.code).toBe('validation');
    expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, 'Tanggal', 'future']]);
    expect(await activityTotal(puputManager)).toBe(before);
  });

  it('imports a file as submitted activities that count at once; the same file again creates nothing', async () => {
    const before = await activityTotal(puputManager);
    const counted = await dashboardTotal();
    const file = csv([activityHeader, activityRow('C-1'), activityRow('C-2', { strategy: 'advokasi' }), activityRow('C-3')]);
    const first = await upload(puputManager, 'activities', file);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ created: 3, unchanged: 0 });
    expect(await activityTotal(puputManager)).toBe(before + 3);
    expect(await dashboardTotal()).toBe(counted + 3);
    // The import sums its rollups per batch: they must equal a recount from the activities.
    expect(await checkRollups(t.db)).toEqual([]);
    const list = await puputManager.get(`/api/activities?partner=${puput.id}&status=submitted&pageSize=100`);
    expect(list.json<{ items: { title: string }[] }>().items.map((a) => a.title)).toContain('Kelas literasi C-2');

    const again = await upload(puputManager, 'activities', file);
    expect(again.json()).toEqual({ created: 0, unchanged: 3 });
    expect(await activityTotal(puputManager)).toBe(before + 3);
  });

  it("a provincial admin imports its province's paper reports, submitted by it, but none for a library outside", async () => {
    const before = await activityTotal(puputManager);
    const outside = await upload(
      babel,
      'activities',
      csv([activityHeader, activityRow('B-1'), activityRow('B-2', { partnerId: gambir.id })]),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json<ImportCheck>().errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, 'ID mitra', 'outside_scope']]);
    expect(await activityTotal(puputManager)).toBe(before);

    const res = await upload(babel, 'activities', csv([activityHeader, activityRow('B-1', { title: 'Laporan kertas B-1' })]));
    expect(res.json()).toEqual({ created: 1, unchanged: 0 });
    const list = await puputManager.get(`/api/activities?partner=${puput.id}&status=submitted&q=kertas`);
    const [imported] = list.json<{ items: { id: number; title: string }[] }>().items;
    expect(imported?.title).toBe('Laporan kertas B-1');
    const detail = (await puputManager.get(`/api/activities/${imported?.id}`)).json<{ history: { kind: string }[] }>();
    expect(detail.history.map((e) => e.kind)).toEqual(['created', 'submitted']);
    // The report form stays the libraries' own.
    expect(
      (await babel.post('/api/activities', { partnerId: puput.id, strategy: 'advokasi', title: 'Lewat formulir', date: '2024-09-03' }))
        .statusCode,
    ).toBe(403);
  });

  it('a partner outside the manager’s own is an error on the partner column', async () => {
    const res = await upload(puputManager, 'activities', csv([activityHeader, activityRow('D-1', { partnerId: gambir.id })]), {
      dryRun: true,
    });
    expect(res.json<ImportCheck>().errors.map((e) => [e.row, e.column, e.code])).toEqual([[1, 'ID mitra', 'outside_scope']]);
  });

  it('reads columns named by the API’s field names, and answers in English to a user who chose English', async () => {
    expect((await puputManager.patch('/api/auth/me', { language: 'en' })).statusCode).toBe(200);
    try {
      const file = Buffer.from(
        `ref,partnerId,strategy,title,date,participantsMale,participantsFemale\nE-1,${puput.id},advokasi,Audiensi kepala desa,2024-09-03,x,2\n`,
      );
      const res = await upload(puputManager, 'activities', file, { dryRun: true });
      expect(res.json<ImportCheck>().errors).toEqual([
        { row: 1, column: 'participantsMale', code: 'not_a_number', message: 'Must be a whole number' },
      ]);
    } finally {
      await puputManager.patch('/api/auth/me', { language: 'id' });
    }
  });

  it('reports a missing required column as a problem of the header row', async () => {
    const res = await upload(
      puputManager,
      'activities',
      csv([
        ['Ref', 'Judul kegiatan'],
        ['F-1', 'Kelas'],
      ]),
      { dryRun: true },
    );
    const columns = res.json<ImportCheck>().errors.map((e) => [e.row, e.column, e.code]);
    expect(columns).toContainEqual([0, 'Tanggal', 'missing_column']);
  });
});

describe('importing partners', () => {
  async function filledTemplate(rows: (string | number)[][]): Promise<Buffer> {
    const wb = await workbookOf((await babel.get('/api/imports/partners/template.xlsx')).rawPayload);
    const sheet = wb.worksheets[0];
    for (const row of rows) sheet?.addRow(row);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('an XLSX filled in from the template imports, once', async () => {
    const file = await filledTemplate([
      ['M-1', 'Perpusdes Air Belo', 'desa', 'full_support', '19.05.01.2005', 2020],
      ['M-2', 'Perpusdes Belo Laut', 'desa', 'replikasi_desa', '19.05.01.2006', 2022],
    ]);
    const dry = await upload(babel, 'partners', file, { dryRun: true });
    expect(dry.json()).toEqual({ rows: 2, valid: 2, errors: [] });
    const first = await upload(babel, 'partners', file);
    expect(first.json()).toEqual({ created: 2, unchanged: 0 });
    const listed = await babel.get('/api/partners?q=Belo');
    expect(listed.json<{ total: number }>().total).toBe(2);
    expect((await upload(babel, 'partners', file)).json()).toEqual({ created: 0, unchanged: 2 });
  });

  it('a region outside the admin’s province, or of the wrong level, is an error on the region column', async () => {
    const file = await filledTemplate([
      ['N-1', 'Perpustakaan Menteng', 'desa', 'full_support', '31.71.01.1001', 2020],
      ['N-2', 'Perpusdes Kelapa', 'desa', 'full_support', '19.05', 2020],
      ['N-3', 'Perpusdes Tempilang', 'perpus', 'full_support', '19.05.01.2001', 2020],
    ]);
    const res = await upload(babel, 'partners', file);
    expect(res.statusCode).toBe(400);
    expect(res.json<ImportCheck>().errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'Kode wilayah', 'outside_scope'],
      [2, 'Kode wilayah', 'wrong_level'],
      [3, 'Jenis', 'invalid_choice'],
    ]);
    expect((await babel.get('/api/partners?q=Menteng')).json<{ total: number }>().total).toBe(0);
  });
});

describe('limits', () => {
  it('refuses a file over the size limit with 413', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 'a');
    const res = await upload(babel, 'partners', big);
    expect(res.statusCode).toBe(413);
  });

  it('refuses more rows than the web takes at once with 413, naming the limit', async () => {
    const many = csv([activityHeader, ...Array.from({ length: 5_001 }, (_, i) => activityRow(`L-${i}`))]);
    const res = await upload(puputManager, 'activities', many, { dryRun: true });
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: { details: { issue: string; limit: number }[] } }>().error.details[0]).toMatchObject({
      issue: 'too_many_rows',
      limit: 5_000,
    });
  });

  it('refuses a body that is not a file', async () => {
    const res = await babel.post('/api/imports/partners', { rows: [] });
    expect(res.statusCode).toBe(415);
  });
});

describe.runIf(hasLibreOffice())('LibreOffice', () => {
  it('opens the template and reads its headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-import-'));
    try {
      writeFileSync(join(dir, 'templat.xlsx'), (await puputManager.get('/api/imports/activities/template.xlsx')).rawPayload);
      execFileSync(
        'soffice',
        ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv', '--outdir', dir, join(dir, 'templat.xlsx')],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const rows: string[][] = parse(readFileSync(join(dir, 'templat.csv')), { bom: true });
      expect(rows[0]?.slice(0, 3)).toEqual(['Ref', 'ID mitra', 'Strategi']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}
