import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * Kendala (problems) of partners, their follow-up actions, and the gatherings where each was
 * discussed. A problem's region is its partner's, read through the partner, so it follows a
 * partner that moves. Its trail and thread live in `audit_events` (owner kind `problem`).
 * Written out here, not imported: a migration is frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('problems'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('category', 'varchar(20)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('problems_partner').on('problems').columns(['partner_id', 'status']).execute();

  await withId(db, db.schema.createTable('problem_actions'))
    .addColumn('problem_id', 'integer', (c) => c.notNull().references('problems.id').onDelete('cascade'))
    .addColumn('what', 'varchar(300)', (c) => c.notNull())
    .addColumn('owner', 'varchar(120)', (c) => c.notNull())
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'varchar(30)')
    .addColumn('done_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('problem_actions_problem').on('problem_actions').columns(['problem_id', 'done', 'due_date']).execute();

  await db.schema
    .createTable('problem_gatherings')
    .addColumn('gathering_id', 'integer', (c) => c.notNull().references('gatherings.id').onDelete('cascade'))
    .addColumn('problem_id', 'integer', (c) => c.notNull().references('problems.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('problem_gatherings_pk', ['gathering_id', 'problem_id'])
    .execute();
  await db.schema.createIndex('problem_gatherings_problem').on('problem_gatherings').columns(['problem_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('problem_gatherings').execute();
  await db.schema.dropTable('problem_actions').execute();
  await db.schema.dropTable('problems').execute();
}
