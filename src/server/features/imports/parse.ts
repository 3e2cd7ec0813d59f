import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A cell as read: text, a number, or empty. Dates come as YYYY-MM-DD text. */
export type Cell = string | number | null;

export interface SheetRows {
  header: string[];
  /** The data rows, in file order, blank rows left out but counted (`row` is the data row number from 1). */
  rows: { row: number; cells: Cell[] }[];
}

/** An XLSX file is a zip: it starts with `PK\x03\x04`. Anything else is read as CSV. */
const isZip = (data: Buffer) => data.length >= 4 && data.readUInt32LE(0) === 0x04034b50;

export class UnreadableFile extends Error {}

export async function readSheet(data: Buffer): Promise<SheetRows> {
  return isZip(data) ? readXlsx(data) : readCsv(data);
}

function isBlank(cells: Cell[]): boolean {
  return cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

function rowsOf(table: Cell[][]): SheetRows {
  const [first, ...rest] = table;
  const header = (first ?? []).map((c) => (c === null ? '' : String(c)));
  const rows = rest.map((cells, i) => ({ row: i + 1, cells })).filter((r) => !isBlank(r.cells));
  return { header, rows };
}

/** Excel users in Indonesia save CSV with `;` (their list separator): whichever of `;` and `,` the header uses more wins. */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/));
  return (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function readCsv(data: Buffer): SheetRows {
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  try {
    const table: string[][] = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false });
    return rowsOf(table);
  } catch (err) {
    throw new UnreadableFile(`the CSV could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A day as Excel keeps it (UTC midnight) or as a serial number of days since 1899-12-30. */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return null;
}

async function readXlsx(data: Buffer): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableFile(`the Excel file could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  // The data sheet is the first; the template's instructions and lists follow it.
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile('the Excel file has no sheet');
  const table: Cell[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value));
    table[rowNumber - 1] = cells;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return rowsOf(table);
}
