import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Language } from '#domain/accounts';
import {
  importColumns,
  importErrorCodes,
  importLimits,
  importMessage,
  type ImportCheck,
  type ImportError,
  type ImportErrorCode,
  type ImportKind,
  type ImportOutcome,
} from '#domain/imports';
import type { Actor } from '#domain/permissions';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, invalidField } from '#server/http/errors';
import { recordSubmittedActivities } from '#server/features/activities/imported';
import { importLookups } from '#server/features/activities/service';
import { batchingRollups } from '#server/features/rollups/batch';
import { createPartner } from '#server/features/partners/service';
import { userById } from '#server/features/users/service';
import type { NewImportRefRow } from './import-ref.table';
import { readSheet, UnreadableFile } from './parse';
import { insertImportRefs, knownRefs } from './repository';
import { readRows, type ReadRow, type RowIssue } from './rows';

// One import, all or nothing: every row goes through the API's create service (its schema, its
// scope checks, the activity's one write path with its rollups and audit trail) inside one
// transaction. A dry run is the same run, rolled back at the end; so is a real run with any
// problem. Either way every row's problems are answered, so a file is fixed in one pass.

export interface ImportRun {
  kind: ImportKind;
  data: Buffer;
  dryRun: boolean;
  now: Date;
  /** The CLI reads larger files than the web. */
  maxRows?: number;
  /** Called after each batch of rows, for the CLI's progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export type ImportAnswer = { ok: true; check: ImportCheck; outcome: ImportOutcome } | { ok: false; check: ImportCheck };

/** Where an import's refs live: the importer's scope, so two admins of a province share them. */
export function scopeKeyOf(actor: Actor): string {
  return actor.role === 'pengelola' ? `p:${actor.partnerId}` : `r:${actor.regionCode ?? ''}`;
}

/** Sends the run's answer out of the transaction while rolling it back. */
class RolledBack extends Error {
  constructor(readonly answer: ImportAnswer) {
    super('import rolled back');
  }
}

const isCode = (code: string): code is ImportErrorCode => (importErrorCodes as readonly string[]).includes(code);

/** A service's refusal of one row, on the column it names. */
function issuesOfRefusal(kind: ImportKind, row: number, err: ApiError): RowIssue[] {
  const fields = new Set(importColumns[kind].map((c) => c.field));
  if (err.details && err.details.length > 0) {
    return err.details.map((d) => ({
      row,
      field: fields.has(d.field) ? d.field : 'ref',
      code: isCode(d.issue) ? d.issue : 'rejected',
      detail: d.message,
    }));
  }
  const scopeField = kind === 'partners' ? 'regionCode' : 'partnerId';
  if (err.code === 'forbidden') return [{ row, field: scopeField, code: 'outside_scope', detail: err.message }];
  if (err.code === 'not_found') return [{ row, field: scopeField, code: kind === 'partners' ? 'unknown_region' : 'unknown_partner' }];
  return [{ row, field: 'ref', code: 'rejected', detail: err.message }];
}

/** Each row's new id or the service's refusal, in the order given. */
type RowsWriter = (rows: readonly ReadRow<ImportKind>[]) => Promise<(number | ApiError)[]>;

function rowsWriter(tx: Tx, actor: Actor, kind: ImportKind, now: Date): RowsWriter {
  if (kind === 'partners') {
    return async (rows) => {
      const answers: (number | ApiError)[] = [];
      for (const row of rows) {
        try {
          answers.push((await createPartner(tx, actor, row.body as ReadRow<'partners'>['body'], now)).id);
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          answers.push(err);
        }
      }
      return answers;
    };
  }
  // A partner's scope and a sub-type are looked up once for the whole file.
  const lookups = importLookups(tx);
  // Imported reports were written down elsewhere first: they arrive for review, as the reporter's submit would send them.
  return (rows) =>
    recordSubmittedActivities(
      tx,
      actor,
      rows.map((r) => r.body as ReadRow<'activities'>['body']),
      now,
      lookups,
    );
}

/** Rollups are summed per batch (rollups/batch.ts); within it rows are written a group at a time. */
const batchSize = 512;
/** SQLite answers synchronously: between groups the loop gets a turn, so requests without a query still answer. */
const groupSize = 128;

async function importRows(tx: Tx, actor: Actor, run: ImportRun, rows: ReadRow<ImportKind>[], issues: RowIssue[], total: number) {
  const scopeKey = scopeKeyOf(actor);
  const known = await knownRefs(
    tx,
    scopeKey,
    run.kind,
    rows.map((r) => r.ref),
  );
  const at = run.now.toISOString();
  const write = rowsWriter(tx, actor, run.kind, run.now);
  let created = 0;
  let unchanged = 0;
  let refused = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const refs: NewImportRefRow[] = [];
    // The rollups of a batch are summed and written at its end, in this transaction (rollups/batch.ts).
    await batchingRollups(tx, async () => {
      for (let g = 0; g < batch.length; g += groupSize) {
        const group = batch.slice(g, g + groupSize).filter((row) => !known.has(row.ref));
        unchanged += Math.min(groupSize, batch.length - g) - group.length;
        const answers = await write(group);
        for (const [k, row] of group.entries()) {
          const answer = answers[k];
          if (typeof answer === 'number') {
            refs.push({ scope_key: scopeKey, kind: run.kind, ref: row.ref, target_id: answer, created_by: actor.id, created_at: at });
            created++;
          } else if (answer instanceof ApiError) {
            issues.push(...issuesOfRefusal(run.kind, row.row, answer));
            refused++;
          }
        }
        await nextTurn();
      }
    });
    await insertImportRefs(tx, refs);
    run.onProgress?.(start + batch.length + (total - rows.length), total);
  }
  return { created, unchanged, valid: rows.length - refused };
}

function wordsOf(kind: ImportKind, header: readonly string[], issues: RowIssue[], language: Language): ImportError[] {
  const columns = importColumns[kind];
  const order = new Map(columns.map((c, i) => [c.field, i]));
  const headerOf = (field: string) => columns.find((c) => c.field === field)?.header ?? field;
  // The column as the file names it, when it does: the importer looks for that header.
  const named = (field: string) =>
    header.find((h) => {
      const key = h.trim().toLowerCase();
      return key === field.toLowerCase() || key === headerOf(field).toLowerCase();
    }) ?? headerOf(field);
  return [...issues]
    .sort((a, b) => a.row - b.row || (order.get(a.field) ?? 99) - (order.get(b.field) ?? 99))
    .map((i) => ({
      row: i.row,
      column: named(i.field),
      code: i.code,
      message: importMessage(i.code, language, { limit: i.limit, choices: i.choices, firstRow: i.firstRow, detail: i.detail }),
    }));
}

/**
 * Checks (dry run) or imports a file of partners or activities as the actor. Answers the check
 * (rows, valid, problems in the actor's language); a real run without problems also answers what it created.
 */
export async function runImport(db: DbOrTx, actor: Actor, run: ImportRun): Promise<ImportAnswer> {
  let sheet;
  try {
    sheet = await readSheet(run.data);
  } catch (err) {
    if (err instanceof UnreadableFile) throw invalidField('file', 'unreadable', err.message);
    throw err;
  }
  const maxRows = run.maxRows ?? importLimits.rows;
  if (sheet.rows.length > maxRows) {
    throw new ApiError('too_large', `the file has ${sheet.rows.length} rows; at most ${maxRows} are imported at once`, [
      { field: 'file', issue: 'too_many_rows', message: `at most ${maxRows} rows`, limit: maxRows, origin: 'file' },
    ]);
  }
  if (sheet.rows.length === 0) throw invalidField('file', 'empty', 'the file has no data rows under its header');
  const { language } = await userById(db, actor.id);
  const { rows, issues } = readRows(run.kind, sheet);
  const total = sheet.rows.length;
  const answerOf = (valid: number, outcome?: ImportOutcome): ImportAnswer => {
    const check = { rows: total, valid, errors: wordsOf(run.kind, sheet.header, issues, language) };
    return outcome && check.errors.length === 0 ? { ok: true, check, outcome } : { ok: false, check };
  };
  try {
    return await inTransaction(db, async (tx) => {
      const result = await importRows(tx, actor, run, rows, issues, total);
      const answer = answerOf(result.valid, { created: result.created, unchanged: result.unchanged });
      if (run.dryRun || !answer.ok) throw new RolledBack(answer);
      return answer;
    });
  } catch (err) {
    if (err instanceof RolledBack) return err.answer;
    throw err;
  }
}
