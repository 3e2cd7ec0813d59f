import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * Rollups kept current in the same transaction as every activity change, and versioned KPI profiles.
 *
 * - rollup_region_day: (region, day, strategy) for every level of the partner's region and the
 *   whole country (`ID`): a province's dashboard over any range reads days × 3 rows.
 * - rollup_partner_month: (partner, month, strategy) for KPI; the edges of a range that cut a
 *   month are read from the activities themselves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rollup_region_day')
    .addColumn('region_code', 'varchar(13)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('strategy', 'varchar(24)', (c) => c.notNull())
    .addColumn('activities', 'integer', (c) => c.notNull())
    .addColumn('participants_male', 'integer', (c) => c.notNull())
    .addColumn('participants_female', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_region_day_pk', ['region_code', 'day', 'strategy'])
    .execute();

  await db.schema
    .createTable('rollup_partner_month')
    .addColumn('partner_id', 'integer', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('strategy', 'varchar(24)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(13)', (c) => c.notNull())
    .addColumn('activities', 'integer', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_partner_month_pk', ['partner_id', 'month', 'strategy'])
    .execute();
  await db.schema
    .createIndex('rollup_partner_month_region')
    .on('rollup_partner_month')
    // Month first: a range's whole months are a few seeks, each a region prefix; covering, so the
    // KPI facts never touch the table.
    .columns(['month', 'region_code', 'partner_id', 'strategy', 'activities', 'participants'])
    .execute();

  await withId(db, db.schema.createTable('kpi_profiles'))
    .addColumn('code', 'varchar(40)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('kpi_profiles_version', ['code', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['kpi_profiles', 'rollup_partner_month', 'rollup_region_day']) await db.schema.dropTable(t).execute();
}
