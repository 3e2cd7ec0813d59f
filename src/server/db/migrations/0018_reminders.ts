import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * Reminders sent to libraries that went silent. `automatic_month` is set only by the monthly
 * round (the month the library was silent in); the unique index on it is what lets several
 * server instances run the round at once and still remind each library once per month (NULLs,
 * the reminders staff send by hand, never collide).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('reminders'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('automatic_month', 'varchar(7)')
    .addColumn('sent_by', 'integer', (c) => c.references('users.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('notified', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminders_automatic').unique().on('reminders').columns(['partner_id', 'automatic_month']).execute();
  await db.schema.createIndex('reminders_partner').on('reminders').columns(['partner_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminders').execute();
}
