import { sql } from 'kysely';
import type { RegionLevel } from '#domain/regions';
import { countedStatuses } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { isPostgres } from '#server/db/subtree';
import type { NewActivityRow } from '#server/features/activities/activity.table';
import type { NewPartnerRow } from '#server/features/partners/partner.table';

// Bulk writes for the benchmark's synthetic nation only: they bypass the services on purpose,
// to make millions of rows in seconds, and the rollups are rebuilt from them afterwards.

export async function insertPartnersBulk(db: DbOrTx, rows: NewPartnerRow[]): Promise<void> {
  await db.insertInto('partners').values(rows).execute();
}

export async function insertActivitiesBulk(db: DbOrTx, rows: NewActivityRow[]): Promise<void> {
  await db.insertInto('activities').values(rows).execute();
}

export function allPartners(db: DbOrTx) {
  return db.selectFrom('partners').select(['id', 'region_code', 'type']).orderBy('id').execute();
}

/** The naive dashboard totals: straight from the activities of the region, no rollup. */
export function rawTotals(db: DbOrTx, within: string | null, from: string, to: string) {
  let q = db
    .selectFrom('activities')
    .select((eb) => [
      'strategy',
      eb.fn.countAll<number>().as('activities'),
      eb.fn.sum<number>('participants_male').as('male'),
      eb.fn.sum<number>('participants_female').as('female'),
    ])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('status', 'in', [...countedStatuses]);
  if (within !== null) q = q.where((eb) => eb.or([eb('region_code', '=', within), eb('region_code', 'like', `${within}.%`)]));
  return q.groupBy('strategy').execute();
}

/** The province with the most partners: the benchmark's worst case for a province. */
export async function busiestProvince(db: DbOrTx): Promise<string> {
  const row = await db
    .selectFrom('partners')
    .select((eb) => [sql<string>`substr(region_code, 1, 2)`.as('province'), eb.fn.countAll<number>().as('n')])
    .groupBy(sql`substr(region_code, 1, 2)`)
    .orderBy('n', 'desc')
    .executeTakeFirstOrThrow();
  return row.province;
}

/** One partner of a province: whose change the "after a write" timings re-score. */
export async function somePartnerIn(db: DbOrTx, province: string): Promise<{ id: number; region_code: string }> {
  return db
    .selectFrom('partners')
    .select(['id', 'region_code'])
    .where('region_code', 'like', `${province}.%`)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/**
 * Fresh statistics after a bulk load, so the planner picks the region indexes. PostgreSQL also
 * vacuums: until its visibility map marks the new pages all-visible, a covering index still
 * fetches every row from the table (autovacuum would get there, later, mid-benchmark).
 */
export async function analyze(db: DbOrTx): Promise<void> {
  await (isPostgres(db) ? sql`VACUUM (ANALYZE)` : sql`ANALYZE`).execute(db);
}

/** Every region code of one level, in code order: the places the synthetic nation fills. */
export async function findRegionsAtLevel(db: DbOrTx, level: RegionLevel): Promise<string[]> {
  const rows = await db.selectFrom('regions').select('code').where('level', '=', level).orderBy('code').execute();
  return rows.map((r) => r.code);
}

/** The naive completeness: each partner's first submission of the month's counted activities, straight from the activities. */
export function rawFirstSubmissions(db: DbOrTx, within: string | null, from: string, to: string) {
  let q = db
    .selectFrom('activities')
    .select((eb) => ['partner_id', eb.fn.min<string | null>('submitted_at').as('first')])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('status', 'in', [...countedStatuses]);
  if (within !== null) q = q.where((eb) => eb.or([eb('region_code', '=', within), eb('region_code', 'like', `${within}.%`)]));
  return q.groupBy('partner_id').execute();
}

/** The naive last report before a day: every earlier counted activity of the region. */
export function rawLastReports(db: DbOrTx, within: string | null, before: string) {
  let q = db
    .selectFrom('activities')
    .select((eb) => ['partner_id', eb.fn.max<string>('date').as('last')])
    .where('date', '<', before)
    .where('status', 'in', [...countedStatuses]);
  if (within !== null) q = q.where((eb) => eb.or([eb('region_code', '=', within), eb('region_code', 'like', `${within}.%`)]));
  return q.groupBy('partner_id').execute();
}

/** How many partners and activities a reused bench database holds. */
export async function nationSize(db: DbOrTx): Promise<{ partners: number; activities: number }> {
  const [p, a] = await Promise.all([
    db
      .selectFrom('partners')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { partners: Number(p.n), activities: Number(a.n) };
}

/** Active village libraries of a province, for the bench's reporting managers. */
export function villageLibrariesIn(db: DbOrTx, province: string, limit: number) {
  return db
    .selectFrom('partners')
    .select(['id', 'region_code'])
    .where('region_code', 'like', `${province}.%`)
    .where('type', '=', 'desa')
    .where('active', '=', 1)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Which of these usernames exist already (a reused bench database keeps its accounts). */
export async function existingUsernames(db: DbOrTx, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.selectFrom('users').select('username').where('username', 'in', usernames).execute();
  return new Set(rows.map((r) => r.username));
}

/** The account the generated activities are reported by. */
export async function benchReporter(db: DbOrTx): Promise<number> {
  const row = await db.selectFrom('users').select('id').where('username', '=', 'bench').executeTakeFirst();
  if (!row) throw new Error('this database has no bench nation (no user "bench")');
  return row.id;
}

/** The PostgreSQL server processes serving this database's connections (the server's pool among them). */
export async function databaseBackendPids(db: DbOrTx): Promise<number[]> {
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`.execute(db);
  return rows.map((r) => r.pid);
}
