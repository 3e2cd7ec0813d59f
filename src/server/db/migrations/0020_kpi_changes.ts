import type { Kysely } from 'kysely';

/**
 * Which partners each KPI generation moved, written in the transaction that raised it, so a
 * cached province is brought up to date by re-scoring only those partners (decision 007). Every
 * instance on a shared database reads the same log. Old generations are pruned as new ones come.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kpi_changes')
    .addColumn('province_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('partner_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('kpi_changes_pk', ['province_code', 'generation', 'partner_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kpi_changes').execute();
}
