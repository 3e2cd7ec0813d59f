import type { Kysely } from 'kysely';
import { withId } from './dialect';

/** Regions, partners (the minimum users need), users, sessions and login throttling. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'varchar(13)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(13)')
    // Lower-cased name, so search is case-insensitive without a function index.
    .addColumn('search_name', 'varchar(100)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('regions_parent').on('regions').columns(['parent_code', 'name']).execute();

  await withId(db, db.schema.createTable('partners'))
    .addColumn('name', 'varchar(160)', (c) => c.notNull())
    .addColumn('type', 'varchar(10)', (c) => c.notNull())
    .addColumn('scheme', 'varchar(20)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(13)', (c) => c.notNull().references('regions.code'))
    .addColumn('cohort_year', 'integer', (c) => c.notNull())
    .addColumn('address', 'varchar(300)')
    .addColumn('phone', 'varchar(30)')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partners_region').on('partners').columns(['region_code']).execute();

  await withId(db, db.schema.createTable('users'))
    .addColumn('username', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('password_hash', 'varchar(200)', (c) => c.notNull())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(13)', (c) => c.references('regions.code'))
    .addColumn('partner_id', 'integer', (c) => c.references('partners.id'))
    .addColumn('display_name', 'varchar(120)')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_region').on('users').columns(['region_code']).execute();
  await db.schema.createIndex('users_partner').on('users').columns(['partner_id']).execute();

  await db.schema
    .createTable('sessions')
    // SHA-256 of the cookie's token: a leaked table does not leak live sessions.
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'varchar(120)', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'varchar(30)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['login_throttle', 'sessions', 'users', 'partners', 'regions']) await db.schema.dropTable(t).execute();
}
