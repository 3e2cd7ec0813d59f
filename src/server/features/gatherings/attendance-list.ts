import { CsvError, parse } from 'csv-parse/sync';
import { attendanceImportLimits } from '#domain/gathering-attendance';
import { invalidField } from '#server/http/errors';

// Reading a list of the libraries that attended: a CSV (comma, semicolon or tab, as spreadsheets
// save it; this app's own attendance export included), or plain text with one library per line
// as people paste it from a chat ("1. Perpusdes Cendil"). Each row names a library or a partner id.

export interface ListRow {
  /** The line it starts on, counting from 1 as a spreadsheet does (a header row included). */
  row: number;
  /** The row as read, for the person checking the match. */
  text: string;
  /** The partner id it names, or the library name; neither when it names nothing this app can read. */
  id: number | null;
  name: string | null;
}

const nameHeaders = new Set(['nama perpustakaan', 'nama', 'nama mitra', 'perpustakaan', 'mitra', 'name', 'library', 'partner']);
const idHeaders = new Set(['id', 'id mitra', 'partnerid', 'partner id', 'partner_id']);

const headerName = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ');
const digitsOnly = /^\d{1,10}$/;
/** A list's own numbering or bullet: "1.", "12)", "-", "•", "*". */
const listMarker = /^\s*(?:\d{1,4}\s*[.)]|[-•*])\s+/;
const hasLetter = /\p{L}/u;

/** The separator of the first line that has one: semicolon (Excel in Indonesian), tab, else comma. */
function delimiterOf(text: string): string {
  const first = text.split('\n').find((line) => line.trim().length > 0) ?? '';
  if (first.includes('\t')) return '\t';
  if (first.includes(';') && !first.includes(',')) return ';';
  return ',';
}

function readRecords(text: string): { cells: string[]; line: number }[] {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ cells: r.record, line: r.info.lines }));
  } catch (err) {
    if (err instanceof CsvError) throw invalidField('text', 'malformed', `the list could not be read as CSV (${err.message})`);
    throw err;
  }
}

function idOf(cell: string | undefined): number | null {
  const value = cell?.trim() ?? '';
  return digitsOnly.test(value) ? Number(value) : null;
}

/** The rows of the list that name something; a header row, when there is one, says which column holds the name or id. */
export function readAttendanceList(text: string): ListRow[] {
  const records = readRecords(text).filter((r) => r.cells.some((c) => c.length > 0));
  if (records.length > attendanceImportLimits.rows + 1) {
    throw invalidField('text', 'too_many_rows', `a list holds at most ${attendanceImportLimits.rows} rows`);
  }
  const header = records[0]?.cells.map(headerName) ?? [];
  const nameColumn = header.findIndex((h) => nameHeaders.has(h));
  const idColumn = header.findIndex((h) => idHeaders.has(h));
  const withHeader = nameColumn >= 0 || idColumn >= 0;

  const rows: ListRow[] = [];
  for (const { cells, line } of withHeader ? records.slice(1) : records) {
    const text = cells.filter((c) => c.length > 0).join(', ');
    if (withHeader) {
      const id = idColumn >= 0 ? idOf(cells[idColumn]) : null;
      const name = nameColumn >= 0 ? cells[nameColumn]?.trim() || null : null;
      if (id === null && name === null) continue;
      rows.push({ row: line, text, id, name: id === null ? name : null });
      continue;
    }
    const named = cells.find((c) => hasLetter.test(c));
    if (named !== undefined) rows.push({ row: line, text, id: null, name: named.replace(listMarker, '').trim() });
    else rows.push({ row: line, text, id: idOf(cells.find((c) => c.length > 0)?.replace(listMarker, '')), name: null });
  }
  return rows;
}

// Names as people write them differ in case, spacing, punctuation and the word for "library":
// "PERPUSTAKAAN DESA CENDIL", "Perpusdes  Cendil" and "perpusdes cendil." are one library.
const abbreviations: Record<string, string> = {
  perpusdes: 'perpustakaan desa',
  perpuskel: 'perpustakaan kelurahan',
  perpus: 'perpustakaan',
  perpusda: 'perpustakaan daerah',
  tbm: 'taman bacaan masyarakat',
  kab: 'kabupaten',
  kel: 'kelurahan',
  ds: 'desa',
};
const genericWords = new Set(['perpustakaan', 'desa', 'kelurahan', 'taman', 'bacaan', 'masyarakat', 'daerah', 'umum']);

/** The name in one spelling: lower case, no accents or punctuation, abbreviations written out. */
export function normalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => abbreviations[w] ?? w)
    .join(' ');
}

/** What is left of a name without the words for the kind of library: "Perpustakaan Desa Cendil" → "cendil". */
export function coreName(name: string): string {
  return normalName(name)
    .split(' ')
    .filter((w) => !genericWords.has(w))
    .join(' ');
}
