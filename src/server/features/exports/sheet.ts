/**
 * What an export writes, whatever the file kind: a sheet of typed columns with Indonesian
 * headers. A column's type decides how a cell is written: real numbers and dates in XLSX (so a
 * sum or a date filter works), plain text in CSV.
 *
 * - `text`, `integer`, `decimal`: the value as it is (`null` leaves the cell empty);
 * - `date`: a calendar day, `YYYY-MM-DD`;
 * - `datetime`: an ISO instant, written as the wall clock in WIB (UTC+7), the programme's office time.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime';

export type CellValue = string | number | null;

export interface Column<Row> {
  header: string;
  type: ColumnType;
  /** Width in characters; defaults by type. */
  width?: number;
  value: (row: Row) => CellValue;
}

export interface SheetDefinition<Row> {
  /** The worksheet's tab, at most 31 characters (Excel's limit). */
  name: string;
  columns: readonly Column<Row>[];
}

/** Rows arrive in batches (one database page each), so a writer can yield and wait for the client between them. */
export type RowBatches<Row> = AsyncIterable<readonly Row[]>;

export const defaultWidths: Record<ColumnType, number> = { text: 24, integer: 10, decimal: 12, date: 12, datetime: 18 };

/** Hours east of UTC of the wall clock datetimes are written in. */
export const officeOffsetHours = 7;

/** `2024-09-28T01:30:00.000Z` as the office reads it: `2024-09-28 08:30`. */
export function officeClock(instant: string): string {
  return new Date(Date.parse(instant) + officeOffsetHours * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
