import { sql, type Kysely } from 'kysely';

/**
 * Where each user has logged in with the right password lately: a browser (by the hash of its
 * device cookie) or an address. Login throttling lets a known place keep trying with a count of
 * its own, so strangers' failures cannot lock the user out (docs/decisions/013-login-throttling.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_known_places')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('place', 'varchar(80)', (c) => c.notNull())
    .addColumn('last_success_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_known_places_pk', ['user_id', 'place'])
    .execute();
  // Throttle counts are kept under new keys from now on; the old ones would only linger for 15 minutes.
  await sql`DELETE FROM login_throttle`.execute(db);
  // Lets a login sweep away the counts whose window has ended.
  await db.schema.createIndex('login_throttle_window').on('login_throttle').column('window_start').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('login_throttle_window').execute();
  await db.schema.dropTable('login_known_places').execute();
}
