import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * Good-practice stories (praktik baik) and the activities each tells of. Photos and the audit
 * trail are the shared ones, keyed by owner kind `practice` (migration 0007). A story has no
 * region of its own: it is where its library is, so a library that moves takes its stories along.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('practices'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('title', 'varchar(150)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('story', 'text', (c) => c.notNull())
    .addColumn('strategy', 'varchar(24)')
    .addColumn('testimony', 'text')
    .addColumn('testimony_by', 'varchar(120)')
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('photo_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('return_comment', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(30)')
    .addColumn('published_at', 'varchar(30)')
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addColumn('featured_at', 'varchar(30)')
    .addColumn('featured_by', 'integer', (c) => c.references('users.id'))
    .execute();
  // The gallery: published stories, newest first; a library's own stories.
  await db.schema.createIndex('practices_status_published').on('practices').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('practices_partner').on('practices').columns(['partner_id', 'status']).execute();

  await db.schema
    .createTable('practice_activities')
    .addColumn('practice_id', 'integer', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    // A draft activity may be deleted by its reporter; the story then simply no longer links it.
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('practice_activities_pk', ['practice_id', 'activity_id'])
    .execute();
  await db.schema.createIndex('practice_activities_activity').on('practice_activities').columns(['activity_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('practice_activities').execute();
  await db.schema.dropTable('practices').execute();
}
