import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { drained, turns } from './flow';
import { defaultWidths, officeOffsetHours, type CellValue, type ColumnType, type RowBatches, type SheetDefinition } from './sheet';

// Only dates need a format (without one a date shows as a serial number); numbers read fine as
// General, and every styled cell costs exceljs a style look-up per row.
const numberFormats: Partial<Record<ColumnType, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** Excel keeps no time zone: a day is its UTC midnight, an instant the office's wall clock. */
function cellOf(type: ColumnType, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (type === 'datetime' && typeof value === 'string') return new Date(Date.parse(value) + officeOffsetHours * 3_600_000);
  return value;
}

type Backlog = {
  once(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
  _writableState?: { needDrain?: boolean };
};

/**
 * Waits until the zip has taken the sheet's XML written so far. exceljs hands each row's XML to
 * the zip's entry stream without looking at its answer (its StreamBuf ignores backpressure), so
 * when the client or the compression is slower than the rows come, that buffer would grow with
 * the file: 2,000,000 activities held the better part of a gigabyte before this wait.
 */
async function zipCaughtUp(worksheet: object, out: Writable): Promise<void> {
  const entry = (worksheet as unknown as { stream?: { pipes?: Backlog[] } }).stream?.pipes?.[0];
  if (!entry?._writableState?.needDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      entry.off('drain', done);
      out.off('close', done);
      resolve();
    };
    entry.once('drain', done);
    out.once('close', done);
  });
}

/**
 * Streams one worksheet to `out` with exceljs' streaming writer: each row is committed (turned
 * into XML and handed to the zip) as soon as it is added, so only the current batch is held.
 * Between batches it waits for the client to take what was sent and lets other requests run.
 */
export async function writeXlsx<Row>(sheet: SheetDefinition<Row>, batches: RowBatches<Row>, out: Writable): Promise<void> {
  // Shared strings would keep every distinct text in memory until the end; inline strings do not.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c, i) => {
    const numFmt = numberFormats[c.type];
    return {
      key: String(i),
      width: c.width ?? Math.max(defaultWidths[c.type], c.header.length + 2),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let rows = 0;
  const turn = turns();
  for await (const batch of batches) {
    for (const row of batch) {
      worksheet.addRow(sheet.columns.map((c) => cellOf(c.type, c.value(row)))).commit();
      if (turn.due()) await turn.pause();
    }
    if (out.destroyed) return;
    rows += batch.length;
    await zipCaughtUp(worksheet, out);
    await drained(out);
    await turn.pause();
  }
  // The filter's range is written at the sheet's end, so it can cover every row.
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: sheet.columns.length } };
  worksheet.commit();
  await workbook.commit();
}
