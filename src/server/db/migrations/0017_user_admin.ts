import type { Kysely } from 'kysely';

/**
 * Users that staff manage (docs/decisions/024-managing-users.md): a mobile number, since village
 * managers are reached by WhatsApp, and the mark an admin's password reset leaves, which keeps
 * the user on the password change until it is done. `active` exists since 0001.
 * Written out here, not imported: a migration is frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('phone', 'varchar(20)').execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
  await db.schema.alterTable('users').dropColumn('phone').execute();
}
