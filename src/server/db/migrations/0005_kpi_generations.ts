import type { Kysely } from 'kysely';

/**
 * A counter per province, raised in the same transaction as any change that can move a KPI
 * score there (an activity counted or uncounted, a partner added, moved or deactivated).
 * Scores computed at one generation stay valid until the counter moves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kpi_generations')
    .addColumn('province_code', 'varchar(2)', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kpi_generations').execute();
}
