import type { Kysely } from 'kysely';

/**
 * Which demo this database holds: the region it was built over, the period its figures are for
 * and its "today". Screens open on that period while the data is still the demo's; a database
 * without a demo has no row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('demo_builds')
    .addColumn('region_code', 'varchar(13)', (c) => c.primaryKey().references('regions.code'))
    .addColumn('report_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('report_to', 'varchar(10)', (c) => c.notNull())
    .addColumn('as_of', 'varchar(10)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('demo_builds').execute();
}
