import ExcelJS from 'exceljs';
import type { Language } from '#domain/accounts';
import { importColumns, type ImportColumn, type ImportKind } from '#domain/imports';
import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { subtypeOptions } from '#server/features/activities/subtypes';
import { partnersForActor } from '#server/features/partners/service';

// The downloadable template: a data sheet with the Indonesian headers, a drop-down list on every
// coded column (Excel and LibreOffice refuse a typo there before it reaches the server), the
// instructions (Petunjuk), and the lists the drop-downs read (Daftar). An activities template
// also lists the libraries the importer may report for (Mitra Anda), with the ids the file needs:
// a provincial office filling in paper reports should not have to look each one up.

const sheetNames: Record<ImportKind, string> = { partners: 'Mitra', activities: 'Kegiatan' };
/** Rows the drop-downs cover: more than the web takes at once would make a slower file for nothing. */
const validatedRows = 5_000;
/** The libraries listed in an activities template: a province's; the whole country's would be a slow file. */
const listedPartners = 20_000;

/** exceljs writes data validations for a range (`C2:C5001`) but its types do not declare them. */
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;

type Choice = { code: string; meaning: string };

async function choicesOf(db: DbOrTx, column: ImportColumn): Promise<Choice[]> {
  if (column.field === 'subtype') {
    return (await subtypeOptions(db)).map((s) => ({ code: s.code, meaning: `${s.labelId} (${s.strategy})` }));
  }
  return (column.choices ?? []).map((code) => ({ code, meaning: '' }));
}

const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1);

/** The active libraries in the actor's scope, by name, on their own sheet; the instructions' line about it. */
async function addPartnerList(db: DbOrTx, actor: Actor, workbook: ExcelJS.Workbook, language: Language): Promise<string> {
  const sheetName = 'Mitra Anda';
  const { items, total } = await partnersForActor(db, actor, { active: true, page: 1, pageSize: listedPartners });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'ID mitra', key: 'id', width: 10 },
    { header: 'Nama mitra', key: 'name', width: 40 },
    { header: 'Jenis', key: 'type', width: 10 },
    { header: 'Wilayah', key: 'region', width: 30 },
    { header: 'Kode wilayah', key: 'regionCode', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const p of items) sheet.addRow({ id: p.id, name: p.name, type: p.type, region: p.regionName, regionCode: p.regionCode });
  sheet.autoFilter = { from: 'A1', to: 'E1' };
  const shown = items.length.toLocaleString('id-ID');
  const all = total.toLocaleString('id-ID');
  if (language === 'id') {
    return total > items.length
      ? `Lembar "${sheetName}" memuat ${shown} dari ${all} mitra aktif Anda, dengan ID mitra untuk kolom ID mitra; daftar lengkapnya ada di Unduh Excel halaman Mitra.`
      : `Lembar "${sheetName}" memuat ${all} mitra aktif Anda, dengan ID mitra untuk kolom ID mitra.`;
  }
  return total > items.length
    ? `The "${sheetName}" sheet lists ${shown} of your ${all} active partners, with the id the partner column needs; the full list is the Excel download of the Partners page.`
    : `The "${sheetName}" sheet lists your ${all} active partners, with the id the partner column needs.`;
}

export async function importTemplate(db: DbOrTx, actor: Actor, kind: ImportKind, language: Language = 'id'): Promise<Buffer> {
  const columns = importColumns[kind];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SIM TPBIS';
  const data = workbook.addWorksheet(sheetNames[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet('Petunjuk');
  const lists = workbook.addWorksheet('Daftar');

  data.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.width ?? 16 }));
  data.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    // Typed as text, so a Ref such as 0012 or a region code such as 19.05 stays as written.
    if (c.field === 'ref' || c.field === 'regionCode') data.getColumn(i + 1).numFmt = '@';
  });

  guide.columns = [{ width: 22 }, { width: 10 }, { width: 90 }];
  const intro =
    language === 'id'
      ? [
          `Templat impor ${kind === 'partners' ? 'mitra' : 'kegiatan'} SIM TPBIS`,
          `Isi lembar "${sheetNames[kind]}": satu baris per ${kind === 'partners' ? 'mitra' : 'kegiatan'}, mulai baris 2. Jangan ubah baris judul.`,
          'Unggah dulu sebagai uji coba (dry run): semua masalah ditunjukkan per baris dan kolom, tidak ada yang disimpan.',
          'Impor hanya berhasil bila tidak ada masalah sama sekali; bila ada, tidak ada satu baris pun yang disimpan.',
          kind === 'activities'
            ? 'Kegiatan yang diimpor langsung berstatus menunggu verifikasi.'
            : 'Mitra hanya dapat dibuat di wilayah Anda.',
        ]
      : [
          `SIM TPBIS ${kind} import template`,
          `Fill the "${sheetNames[kind]}" sheet: one row per ${kind === 'partners' ? 'partner' : 'activity'}, from row 2. Do not change the header row.`,
          'Upload it as a dry run first: every problem is shown by row and column, and nothing is saved.',
          'The import succeeds only when there is no problem at all; otherwise not a single row is saved.',
          kind === 'activities' ? 'Imported activities arrive waiting for review.' : 'Partners can only be created inside your region.',
        ];
  if (kind === 'activities') intro.push(await addPartnerList(db, actor, workbook, language));
  for (const line of intro) guide.addRow([line]);
  guide.getRow(1).font = { bold: true, size: 14 };
  guide.addRow([]);
  const head = guide.addRow(language === 'id' ? ['Kolom', 'Wajib', 'Isian'] : ['Column', 'Required', 'What to write']);
  head.font = { bold: true };
  for (const c of columns)
    guide.addRow([c.header, c.required ? (language === 'id' ? 'ya' : 'yes') : language === 'id' ? 'tidak' : 'no', c.hint[language]]);

  let listColumn = 0;
  for (const [i, column] of columns.entries()) {
    if (column.kind !== 'code') continue;
    const choices = await choicesOf(db, column);
    if (choices.length === 0) continue;
    listColumn++;
    const letter = columnLetter(listColumn);
    lists.getCell(`${letter}1`).value = column.header;
    choices.forEach((choice, j) => (lists.getCell(`${letter}${j + 2}`).value = choice.code));
    const target = columnLetter(i + 1);
    validations(data).add(`${target}2:${target}${validatedRows + 1}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`Daftar!$${letter}$2:$${letter}$${choices.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: language === 'id' ? 'Pilih dari daftar.' : 'Pick from the list.',
    });
    guide.addRow([]);
    guide.addRow([column.header]).font = { bold: true };
    for (const choice of choices) guide.addRow([choice.code, '', choice.meaning]);
  }
  lists.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
