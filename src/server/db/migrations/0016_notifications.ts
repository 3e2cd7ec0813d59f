import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * Notifications and the mail that carries them. A notification is stored as its kind and the
 * facts it needs (`params`, JSON), and its words are written when it is read, in the language
 * the recipient chose then (docs/decisions/023-notifications.md). A mail is a row of
 * `mail_outbox` written in the same transaction, one per notification (unique), which a worker
 * claims and sends. Users get an optional e-mail address, a switch for mail, and the language
 * their notifications are written in. Written out here, not imported: a migration is frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'varchar(254)').execute();
  await db.schema
    .alterTable('users')
    .addColumn('email_notifications', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('language', 'varchar(2)', (c) => c.notNull().defaultTo('id'))
    .execute();

  await withId(db, db.schema.createTable('notifications'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('link', 'varchar(300)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('read_at', 'varchar(30)')
    .execute();
  // The list, newest first, and the unread count: both per recipient.
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('notifications_user_unread').on('notifications').columns(['user_id', 'read_at']).execute();

  await withId(db, db.schema.createTable('mail_outbox'))
    // Unique: one mail per notification, so no retry or second instance can queue it twice.
    .addColumn('notification_id', 'integer', (c) => c.notNull().unique().references('notifications.id').onDelete('cascade'))
    // queued → sending → sent; or back to queued after a failure, failed after the last attempt, skipped when the address went.
    .addColumn('state', 'varchar(10)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'varchar(30)', (c) => c.notNull())
    // While sending: until when the claim holds; a claim older than that belonged to a stopped instance.
    .addColumn('lease_until', 'varchar(30)')
    .addColumn('claim', 'varchar(40)')
    .addColumn('last_error', 'varchar(500)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('sent_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['state', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute();
  await db.schema.dropTable('notifications').execute();
  for (const column of ['language', 'email_notifications', 'email']) await db.schema.alterTable('users').dropColumn(column).execute();
}
