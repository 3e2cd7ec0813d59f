import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Completeness (who reported a month, and on time) read from a rollup rather than the activities:
 * `rollup_partner_reporting` holds one row per partner and month with its counted activities
 * dated in that month, the earliest submission among them and the latest activity day. Filled
 * here from the activities already stored; kept current in the transaction of every change.
 *
 * The KPI profile gains `reportingDeadlineDay` (day 5 of the next month, DESIGN.md). Writing the
 * default into the stored versions changes no score and no colour: it names the deadline every
 * version has been read with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rollup_partner_reporting')
    .addColumn('partner_id', 'integer', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(13)', (c) => c.notNull())
    .addColumn('activities', 'integer', (c) => c.notNull())
    .addColumn('first_submitted_at', 'varchar(30)')
    .addColumn('last_date', 'varchar(10)')
    .addPrimaryKeyConstraint('rollup_partner_reporting_pk', ['partner_id', 'month'])
    .execute();
  await db.schema
    .createIndex('rollup_partner_reporting_region')
    .on('rollup_partner_reporting')
    // A region's month is one index range, covering: a trend never touches the table.
    .columns(['month', 'region_code', 'partner_id', 'activities', 'first_submitted_at'])
    .execute();
  if (isPostgres(db)) {
    await sql`CREATE INDEX rollup_partner_reporting_region_prefix ON rollup_partner_reporting (month, region_code varchar_pattern_ops)`.execute(
      db,
    );
  }
  await sql`
    INSERT INTO rollup_partner_reporting (partner_id, month, region_code, activities, first_submitted_at, last_date)
    SELECT partner_id, substr(date, 1, 7), min(region_code), count(*), min(submitted_at), max(date)
    FROM activities
    WHERE status IN ('submitted', 'verified')
    GROUP BY partner_id, substr(date, 1, 7)`.execute(db);

  const profiles = await sql<{ id: number; definition: string }>`SELECT id, definition FROM kpi_profiles`.execute(db);
  for (const { id, definition } of profiles.rows) {
    const parsed = JSON.parse(definition) as Record<string, unknown>;
    if ('reportingDeadlineDay' in parsed) continue;
    const next = JSON.stringify({ ...parsed, reportingDeadlineDay: 5 });
    await sql`UPDATE kpi_profiles SET definition = ${next} WHERE id = ${id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rollup_partner_reporting').execute();
}
