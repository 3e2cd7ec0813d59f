import type { Writable } from 'node:stream';
import { csvHeader, csvLineWriter } from './cells';
import { drained, sliceChars, turns } from './flow';
import type { RowBatches, SheetDefinition } from './sheet';

/** Excel reads UTF-8 without a byte-order mark as the local code page. */
const bom = '\ufeff';

/**
 * Streams the sheet as CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
 * local code page and mangles names such as "Nanggroe Aceh Darussalam – Ça"), comma separated,
 * quoted where a field needs it, CRLF, dates as `YYYY-MM-DD` and instants as WIB wall clock.
 * Rows go out a slice at a time (at most `sliceChars`), each slice one write: the writer waits
 * whenever the client is behind and lets other requests run after every slice.
 */
export async function writeCsv<Row>(sheet: SheetDefinition<Row>, batches: RowBatches<Row>, out: Writable): Promise<void> {
  const lineOf = csvLineWriter(sheet.columns);
  const turn = turns();
  out.write(bom + csvHeader(sheet.columns));
  for await (const batch of batches) {
    let text = '';
    for (const row of batch) {
      text += lineOf(row);
      if (text.length > sliceChars || turn.due()) {
        if (!(await send(out, text))) return;
        text = '';
        await turn.pause();
      }
    }
    if (!(await send(out, text))) return;
    await turn.pause();
  }
  out.end();
}

/** Writes a slice and waits until the client wants more; false once the client is gone. */
async function send(out: Writable, text: string): Promise<boolean> {
  if (out.destroyed) return false;
  if (text.length > 0 && !out.write(text)) await drained(out);
  return !out.destroyed;
}
