import type { Kysely } from 'kysely';

/**
 * The Elis courses a gathering's `elis` agenda item introduces, in the item's order. A course on
 * an agenda is part of that meeting's record, so deleting the course is refused while it is linked
 * (no cascade from `courses`; the service answers 409, decision 020's addendum); removing the item
 * or the gathering takes its links along. Written out here, not imported: a migration is frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gathering_item_courses')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('gathering_agenda_items.id').onDelete('cascade'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('gathering_item_courses_pk', ['item_id', 'course_id'])
    .execute();
  await db.schema.createIndex('gathering_item_courses_course_id').on('gathering_item_courses').columns(['course_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('gathering_item_courses').execute();
}
