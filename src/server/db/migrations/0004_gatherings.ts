import type { Kysely } from 'kysely';
import { withId } from './dialect';

/** Gatherings (meetings, webinars) and which partners' managers attended them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('gatherings'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('mode', 'varchar(10)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(13)', (c) => c.notNull().references('regions.code'))
    // Lists of names and agenda items, as JSON arrays of strings.
    .addColumn('facilitators', 'text', (c) => c.notNull())
    .addColumn('consultants', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('gatherings_region').on('gatherings').columns(['region_code', 'date']).execute();
  await db.schema
    .createTable('gathering_attendance')
    .addColumn('gathering_id', 'integer', (c) => c.notNull().references('gatherings.id').onDelete('cascade'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addPrimaryKeyConstraint('gathering_attendance_pk', ['gathering_id', 'partner_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('gathering_attendance').execute();
  await db.schema.dropTable('gatherings').execute();
}
