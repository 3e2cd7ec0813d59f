import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

// Reading an export back as a person would open it: the first worksheet of the Excel file, or
// the CSV's records, with the header row apart from the data rows.

export async function sheetOf(res: { rawPayload: Buffer }): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('workbook has no sheet');
  return sheet;
}

export const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

/** The data rows as arrays of cell values, header row left out. */
export function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** Every data row's cell under one header. */
export function column(sheet: ExcelJS.Worksheet, header: string): unknown[] {
  const i = headersOf(sheet).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return rowsOf(sheet).map((r) => r[i]);
}

/** The data row whose cell under `header` is `value`, as header → cell. */
export function rowWhere(sheet: ExcelJS.Worksheet, header: string, value: unknown): Record<string, unknown> {
  const headers = headersOf(sheet).map(String);
  const i = headers.indexOf(header);
  const row = rowsOf(sheet).find((r) => r[i] === value);
  if (!row) throw new Error(`no row with ${header} = ${String(value)}`);
  return Object.fromEntries(headers.map((h, j) => [h, row[j]]));
}

export const csvOf = (res: { rawPayload: Buffer }): string[][] => parse(res.rawPayload, { bom: true });
