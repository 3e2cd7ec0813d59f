import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { drained, turns } from './flow';
import { officeClock, type CellValue, type ColumnType, type RowBatches, type SheetDefinition } from './sheet';

function textOf(type: ColumnType, value: CellValue): string {
  if (value === null) return '';
  if (type === 'datetime' && typeof value === 'string') return officeClock(value);
  return String(value);
}

/**
 * Streams the sheet as CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
 * local code page and mangles names such as "Nanggroe Aceh Darussalam – Ça"), comma separated,
 * quoted where a field needs it, dates as `YYYY-MM-DD` and instants as WIB wall clock.
 */
export async function writeCsv<Row>(sheet: SheetDefinition<Row>, batches: RowBatches<Row>, out: Writable): Promise<void> {
  const csv = stringify({ bom: true, eof: true, record_delimiter: 'windows' });
  const piped = pipeline(csv, out);
  const write = async (record: string[]) => {
    if (!csv.write(record)) await drained(csv);
  };
  try {
    await write(sheet.columns.map((c) => c.header));
    const turn = turns();
    for await (const batch of batches) {
      if (csv.destroyed) break;
      for (const row of batch) {
        await write(sheet.columns.map((c) => textOf(c.type, c.value(row))));
        if (turn.due()) await turn.pause();
      }
      await turn.pause();
    }
  } finally {
    csv.end();
  }
  await piped;
}
