import { officeClock, officeOffsetHours, type CellValue, type Column, type ColumnType } from './sheet';

// Each row of an export written straight as its text: a national export is millions of rows, and
// a library's per-cell objects (exceljs builds a Row, its Cells and a model for each) cost more
// than the database and the compression together. Pure functions, so both files are tested here.

const dayMs = 86_400_000;
/** Excel's serial day of 1970-01-01 (its day 0 is 1899-12-30). */
const unixEpochSerial = 25_569;

/** `2024-08-15` as Excel's serial day (45519), or undefined for anything that is no day. */
export function daySerial(day: string): number | undefined {
  const serial = Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / dayMs + unixEpochSerial;
  return Number.isFinite(serial) ? serial : undefined;
}

/** An ISO instant as the serial of the office's wall clock (Excel keeps no time zone). */
export function instantSerial(instant: string): number | undefined {
  const serial = (Date.parse(instant) + officeOffsetHours * 3_600_000) / dayMs + unixEpochSerial;
  return Number.isFinite(serial) ? serial : undefined;
}

// Characters XML 1.0 does not allow at all (the API refuses them, older rows might not).
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const needsWork = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function xmlText(text: string): string {
  if (!needsWork.test(text)) return text;
  return text.replace(notXml, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The style index (in the workbook's styles) a column's cells carry: only days and instants need one. */
export type StyleOf = (type: ColumnType) => number | undefined;

/**
 * A writer of `<row>` elements for a sheet's data rows: numbers as numbers, days and instants as
 * serials with their date style, text as inline strings (shared strings would hold every distinct
 * text until the end). Empty values leave the cell out.
 */
export function rowXmlWriter<Row>(columns: readonly Column<Row>[], styleOf: StyleOf): (row: Row, rowNumber: number) => string {
  const cells = columns.map((c, i) => {
    const style = styleOf(c.type);
    return { letters: columnLetters(i), type: c.type, value: c.value, styled: style === undefined ? '' : ` s="${style}"` };
  });
  return (row, rowNumber) => {
    let xml = `<row r="${rowNumber}">`;
    for (const cell of cells) {
      const value = cell.value(row);
      if (value === null || value === '') continue;
      const ref = `<c r="${cell.letters}${rowNumber}"`;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) xml += `${ref}><v>${value}</v></c>`;
      } else if (cell.type === 'date' || cell.type === 'datetime') {
        const serial = cell.type === 'date' ? daySerial(value) : instantSerial(value);
        if (serial !== undefined) xml += `${ref}${cell.styled}><v>${serial}</v></c>`;
      } else {
        const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
        xml += `${ref} t="inlineStr"><is><t${space}>${xmlText(value)}</t></is></c>`;
      }
    }
    return `${xml}</row>`;
  };
}

function csvField(type: ColumnType, value: CellValue): string {
  if (value === null) return '';
  const text = type === 'datetime' && typeof value === 'string' ? officeClock(value) : String(value);
  // Quoted only where a reader needs it, as csv-stringify did: a comma, a quote or a line break.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A writer of CSV records (comma separated, CRLF ended): dates as written, instants as WIB wall clock. */
export function csvLineWriter<Row>(columns: readonly Column<Row>[]): (row: Row) => string {
  return (row) => {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column<Row>;
      if (i > 0) line += ',';
      line += csvField(column.type, column.value(row));
    }
    return `${line}\r\n`;
  };
}

/** The header record of a CSV file. */
export const csvHeader = <Row>(columns: readonly Column<Row>[]) => `${columns.map((c) => csvField('text', c.header)).join(',')}\r\n`;
