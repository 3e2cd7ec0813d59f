import type { z } from 'zod';
import { CreateActivityBody } from '#domain/activities';
import { fieldOfHeader, ImportRef, importColumns, type ImportColumn, type ImportErrorCode, type ImportKind } from '#domain/imports';
import { CreatePartnerBody } from '#domain/partners';
import type { Cell, SheetRows } from './parse';

/** A problem before words: the row, the field, the code and what the words need. */
export interface RowIssue {
  row: number;
  field: string;
  code: ImportErrorCode;
  limit?: number;
  choices?: readonly string[];
  firstRow?: number;
  detail?: string;
}

export type BodyOf<K extends ImportKind> = K extends 'partners' ? CreatePartnerBody : CreateActivityBody;

export interface ReadRow<K extends ImportKind> {
  row: number;
  ref: string;
  body: BodyOf<K>;
}

const bodySchema = { partners: CreatePartnerBody, activities: CreateActivityBody } as const;

/** Where each known column sits in the file; unknown headers are left alone (a note column, say). */
export function columnIndexes(kind: ImportKind, header: readonly string[]): { indexes: Map<string, number>; missing: ImportColumn[] } {
  const indexes = new Map<string, number>();
  header.forEach((h, i) => {
    const field = fieldOfHeader(kind, h);
    if (field && !indexes.has(field)) indexes.set(field, i);
  });
  const missing = importColumns[kind].filter((c) => c.required && !indexes.has(c.field));
  return { indexes, missing };
}

/** Excel counts days from 1899-12-30; a date cell written without a date format arrives as that number. */
function excelSerialDay(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10);
}

type Converted = { ok: true; value: unknown } | { ok: false; code: ImportErrorCode };

/** A cell as the API's field would take it; a blank is undefined (the schema then says whether that is allowed). */
function convert(column: ImportColumn, cell: Cell): Converted {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { ok: true, value: undefined };
  switch (column.kind) {
    case 'text':
      return { ok: true, value: String(cell).trim() };
    case 'code':
      return { ok: true, value: String(cell).trim().toLowerCase() };
    case 'integer': {
      if (typeof cell === 'number') return Number.isInteger(cell) ? { ok: true, value: cell } : { ok: false, code: 'not_a_number' };
      const text = cell.trim().replace(/[.\s]/g, '');
      return /^-?\d{1,15}$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, code: 'not_a_number' };
    }
    case 'date': {
      if (typeof cell === 'number') {
        const day = excelSerialDay(cell);
        return day ? { ok: true, value: day } : { ok: false, code: 'not_a_date' };
      }
      const text = cell.trim();
      // Indonesian habit: 28/09/2024 or 28-09-2024, day first.
      const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
      if (dmy) return { ok: true, value: `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` };
      return { ok: true, value: text };
    }
  }
}

/** A schema's complaint as an import problem on the field it names. */
function issueOf(row: number, issue: z.core.$ZodIssue, columns: readonly ImportColumn[]): RowIssue {
  const field = String(issue.path[0] ?? 'ref');
  const column = columns.find((c) => c.field === field);
  const base = { row, field };
  switch (issue.code) {
    case 'invalid_value':
      return { ...base, code: 'invalid_choice', choices: column?.choices ?? issue.values.map(String) };
    case 'too_small':
      return { ...base, code: issue.origin === 'string' ? 'too_short' : 'too_small', limit: Number(issue.minimum) };
    case 'too_big':
      return { ...base, code: issue.origin === 'string' ? 'too_long' : 'too_big', limit: Number(issue.maximum) };
    case 'invalid_format':
      return { ...base, code: column?.kind === 'date' ? 'not_a_date' : 'invalid' };
    case 'custom':
      return { ...base, code: column?.kind === 'date' ? 'not_a_date' : 'invalid', detail: issue.message };
    default:
      return { ...base, code: 'invalid', detail: issue.message };
  }
}

/**
 * Each data row as the API's create body, checked by the API's own schema, or its problems.
 * A Ref met twice in the file is a problem of the later row: it would otherwise be skipped silently.
 */
export function readRows<K extends ImportKind>(kind: K, sheet: SheetRows): { rows: ReadRow<K>[]; issues: RowIssue[] } {
  const columns = importColumns[kind];
  const { indexes, missing } = columnIndexes(kind, sheet.header);
  if (missing.length > 0) return { rows: [], issues: missing.map((c) => ({ row: 0, field: c.field, code: 'missing_column' })) };
  const rows: ReadRow<K>[] = [];
  const issues: RowIssue[] = [];
  const firstRowOfRef = new Map<string, number>();
  for (const { row, cells } of sheet.rows) {
    const values: Record<string, unknown> = {};
    const rowIssues: RowIssue[] = [];
    for (const column of columns) {
      const index = indexes.get(column.field);
      const converted = convert(column, index === undefined ? null : (cells[index] ?? null));
      if (!converted.ok) rowIssues.push({ row, field: column.field, code: converted.code });
      else if (converted.value === undefined && column.required) rowIssues.push({ row, field: column.field, code: 'required' });
      else if (converted.value !== undefined) values[column.field] = converted.value;
    }
    const { ref: rawRef, ...fields } = values;
    const ref = ImportRef.safeParse(rawRef);
    if (rawRef !== undefined && !ref.success)
      rowIssues.push(...ref.error.issues.map((i) => ({ ...issueOf(row, i, columns), field: 'ref' })));
    const body = bodySchema[kind].safeParse(fields);
    if (!body.success) {
      const named = new Set(rowIssues.map((i) => i.field));
      for (const i of body.error.issues) {
        const issue = issueOf(row, i, columns);
        if (!named.has(issue.field)) rowIssues.push(issue);
        named.add(issue.field);
      }
    }
    if (ref.success) {
      const first = firstRowOfRef.get(ref.data);
      if (first !== undefined) rowIssues.push({ row, field: 'ref', code: 'duplicate_ref', firstRow: first });
      else firstRowOfRef.set(ref.data, row);
    }
    if (rowIssues.length > 0 || !ref.success || !body.success) issues.push(...rowIssues);
    else rows.push({ row, ref: ref.data, body: body.data as BodyOf<K> });
  }
  return { rows, issues };
}
