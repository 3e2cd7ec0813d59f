import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { rowXmlWriter } from './cells';
import { drained, sliceChars, turns } from './flow';
import { defaultWidths, type ColumnType, type RowBatches, type SheetDefinition } from './sheet';

// Only dates need a format (without one a date shows as a serial number); numbers read fine as General.
const numberFormats: Partial<Record<ColumnType, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/**
 * The zip's deflate level: the fastest, compress-commons's default, named here so an upgrade does
 * not quietly change it (level 6 makes the sheet ~20% smaller for three times the CPU). zlib runs
 * on libuv's thread pool, off the event loop.
 */
export const zipLevel = 1;

/** What of exceljs's streaming writer the sheet's rows are written through (exceljs 4.4.0; check when upgrading). */
interface WriterInternals {
  /** The sheet XML's buffer, which exceljs pipes into the zip entry (`pipes[0]`). */
  stream: { write(text: string): unknown; pipes?: Backlog[] };
}
interface StylesInternals {
  styles: { addStyleModel(model: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };
}
type Backlog = {
  once(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
  _writableState?: { needDrain?: boolean };
};

/**
 * Waits until the zip has taken the sheet's XML written so far. exceljs hands the XML to the
 * zip's entry stream without looking at its answer (its StreamBuf ignores backpressure), so
 * when the client or the compression is slower than the rows come, that buffer would grow with
 * the file: 2,000,000 activities held the better part of a gigabyte before this wait.
 */
async function zipCaughtUp(sheetXml: WriterInternals['stream'], out: Writable): Promise<void> {
  const entry = sheetXml.pipes?.[0];
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
 * Streams one worksheet to `out`. exceljs's streaming writer makes the package (styles with the
 * date formats, the bold header row frozen, column widths, the autofilter, the workbook) and
 * the data rows' XML is written straight into its sheet stream, a slice at a time
 * (`rowXmlWriter`): exceljs's own rows cost it a Row and Cell objects per cell, which made it the
 * slowest part of a national export. Between slices the writer waits for the zip and the client
 * to take what was sent and lets other requests run.
 */
export async function writeXlsx<Row>(sheet: SheetDefinition<Row>, batches: RowBatches<Row>, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: zipLevel } },
  });
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

  const styles = (workbook as unknown as StylesInternals).styles;
  const styleIds = new Map<ColumnType, number>();
  for (const [type, numFmt] of Object.entries(numberFormats) as [ColumnType, string][])
    styleIds.set(type, styles.addStyleModel({ numFmt }, ExcelJS.ValueType.Date));
  const rowXml = rowXmlWriter(sheet.columns, (type) => styleIds.get(type));
  const sheetXml = (worksheet as unknown as WriterInternals).stream;

  let rows = 0;
  const turn = turns();
  const send = async (xml: string) => {
    if (xml.length > 0) sheetXml.write(xml);
    await zipCaughtUp(sheetXml, out);
    await drained(out);
    await turn.pause();
  };
  for await (const batch of batches) {
    let xml = '';
    for (const row of batch) {
      rows += 1;
      xml += rowXml(row, rows + 1);
      if (xml.length > sliceChars || turn.due()) {
        await send(xml);
        xml = '';
        if (out.destroyed) return;
      }
    }
    await send(xml);
    if (out.destroyed) return;
  }
  // The filter's range is written at the sheet's end, so it can cover every row.
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: sheet.columns.length } };
  worksheet.commit();
  await workbook.commit();
}
