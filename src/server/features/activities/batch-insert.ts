import { sql } from 'kysely';
import { compiledOnce, inFixedChunks } from '#server/db/compiled';
import type { DbOrTx, Tx } from '#server/db/database';
import { isPostgres } from '#server/db/subtree';
import type { NewActivityRow } from './activity.table';

// An import writes its activities a few hundred per statement. Each row's id must be known (its
// trail entries, its ref), and neither database promises the order in which a multi-row
// `INSERT … RETURNING` answers: so the ids are reserved first and written with the rows.

/**
 * Ids for `n` new activities that no other insert takes. On PostgreSQL they come from the
 * table's sequence, which never hands a value out twice. On SQLite they follow the highest id
 * ever used (`sqlite_sequence` keeps it for AUTOINCREMENT): a transaction holds SQLite's one write
 * lock from its first write to its commit, and one whose snapshot another writer has moved past
 * cannot write at all (SQLITE_BUSY_SNAPSHOT), so nothing can insert between this read and the
 * caller's insert in the same transaction. Either way the primary key would refuse a taken id.
 */
export async function reserveActivityIds(tx: Tx, n: number): Promise<number[]> {
  if (n === 0) return [];
  if (isPostgres(tx)) {
    const { rows } = await sql<{
      id: number;
    }>`select nextval(pg_get_serial_sequence('activities', 'id')) as id from generate_series(1, ${n})`.execute(tx);
    return rows.map((r) => Number(r.id));
  }
  const { rows } = await sql<{ last: number }>`select max(
      coalesce((select max(id) from activities), 0),
      coalesce((select seq from sqlite_sequence where name = 'activities'), 0)
    ) as last`.execute(tx);
  const last = rows[0]?.last ?? 0;
  return Array.from({ length: n }, (_, i) => last + 1 + i);
}

const chunk = 256;
const activitiesInsert = compiledOnce(
  (db, p: { rows: (NewActivityRow & { id: number })[] }) => db.insertInto('activities').values(p.rows),
  {
    longestList: chunk,
  },
);

/** New activities with their reserved ids, `chunk` rows per statement (27 values a row, far below either database's limit). */
export async function insertActivitiesWithIds(db: DbOrTx, rows: readonly (NewActivityRow & { id: number })[]): Promise<void> {
  for (const part of inFixedChunks(rows, chunk)) await activitiesInsert(db, { rows: part });
}
