import { PostgresAdapter, sql, type Expression, type SqlBool } from 'kysely';
import type { DbOrTx } from './database';

export const isPostgres = (db: DbOrTx) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * `column` lies in the region `code` or below it. On SQLite one index range: every code below
 * `19.05` sorts between `19.05` and `19.05/` (`/` follows `.`, digits follow `/`). PostgreSQL
 * sorts punctuation by its collation, so there it is an equality or a pattern-ops prefix.
 */
export function inSubtree(db: DbOrTx, column: string, code: string): Expression<SqlBool> {
  const col = sql.ref(column);
  return isPostgres(db)
    ? sql<SqlBool>`(${col} = ${code} OR ${col} LIKE ${`${code}.%`})`
    : sql<SqlBool>`(${col} >= ${code} AND ${col} < ${`${code}/`})`;
}

/**
 * A date column as a filter that must not steer SQLite's planner to a date index: with `+`
 * SQLite walks the region index instead, which covers the query. PostgreSQL plans by cost.
 */
export function dateNotIndexed(db: DbOrTx, column: string) {
  return isPostgres(db) ? sql.ref(column) : sql`+${sql.ref(column)}`;
}
