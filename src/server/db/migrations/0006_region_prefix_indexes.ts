import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Region subtrees are asked as `region_code LIKE '19.05.%'`. PostgreSQL uses a plain b-tree for
 * that only under the C collation; pattern-ops indexes make it work under any collation.
 * SQLite needs nothing here (its connection turns on case-sensitive LIKE).
 */
const indexes = [
  ['activities_region_prefix', 'activities', 'region_code varchar_pattern_ops, date'],
  ['rollup_partner_month_region_prefix', 'rollup_partner_month', 'month, region_code varchar_pattern_ops'],
  ['partners_region_prefix', 'partners', 'region_code varchar_pattern_ops'],
  ['regions_code_prefix', 'regions', 'code varchar_pattern_ops'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [name, table, columns] of indexes) await sql.raw(`CREATE INDEX ${name} ON ${table} (${columns})`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [name] of indexes) await sql.raw(`DROP INDEX ${name}`).execute(db);
}
