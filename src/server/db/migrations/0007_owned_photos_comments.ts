import { sql, type Kysely } from 'kysely';
import { isPostgres, withId } from './dialect';

/**
 * Photos and the audit trail (comments are entries of it) keyed by owner, `owner_kind` and
 * `owner_id`, instead of one pair of tables per owner: activities today, stories and problems
 * next (decision record 011). The activities' rows move over with their ids, so photo URLs and
 * the trail's order stay as they were. There is no foreign key to the owner, which may be any
 * table: the owner's feature deletes its rows with it. Tables are written out here, not imported:
 * a migration is frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('audit_events'))
    .addColumn('owner_kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('changes', 'text')
    // Each owner's request schema bounds its comments; the column does not.
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('audit_events_owner').on('audit_events').columns(['owner_kind', 'owner_id', 'id']).execute();
  await sql`
    INSERT INTO audit_events (id, owner_kind, owner_id, actor_id, at, kind, changes, comment)
    SELECT id, 'activity', activity_id, actor_id, at, kind, changes, comment FROM activity_events`.execute(db);

  await withId(db, db.schema.createTable('photos'))
    .addColumn('owner_kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('photos_owner').on('photos').columns(['owner_kind', 'owner_id', 'id']).execute();
  await sql`
    INSERT INTO photos (id, owner_kind, owner_id, file_name, width, height, bytes, created_by, created_at)
    SELECT id, 'activity', activity_id, file_name, width, height, bytes, created_by, created_at FROM activity_photos`.execute(db);

  await continueNumbering(db, ['audit_events', 'photos']);
  await db.schema.dropTable('activity_photos').execute();
  await db.schema.dropTable('activity_events').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('activity_events'))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('actor_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('changes', 'text')
    .addColumn('comment', 'varchar(1000)')
    .execute();
  await db.schema.createIndex('activity_events_activity').on('activity_events').columns(['activity_id', 'id']).execute();
  await sql`
    INSERT INTO activity_events (id, activity_id, actor_id, at, kind, changes, comment)
    SELECT id, owner_id, actor_id, at, kind, changes, comment FROM audit_events WHERE owner_kind = 'activity'`.execute(db);

  await withId(db, db.schema.createTable('activity_photos'))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('file_name', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activity_photos_activity').on('activity_photos').columns(['activity_id']).execute();
  await sql`
    INSERT INTO activity_photos (id, activity_id, file_name, width, height, bytes, created_by, created_at)
    SELECT id, owner_id, file_name, width, height, bytes, created_by, created_at FROM photos WHERE owner_kind = 'activity'`.execute(db);

  await continueNumbering(db, ['activity_events', 'activity_photos']);
  await db.schema.dropTable('photos').execute();
  await db.schema.dropTable('audit_events').execute();
}

/**
 * Rows copied with their ids: PostgreSQL's identity sequence must continue after the largest,
 * or the next insert collides. SQLite's AUTOINCREMENT already remembers the largest id inserted.
 */
async function continueNumbering(db: Kysely<unknown>, tables: string[]): Promise<void> {
  if (!isPostgres(db)) return;
  for (const table of tables) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), COALESCE(MAX(id), 0) + 1, false) FROM ${sql.table(table)}`.execute(db);
  }
}
