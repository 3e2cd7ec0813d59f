import type { DbOrTx } from '#server/db/database';
import type { AgendaItemUpdate, GatheringActionUpdate, NewAgendaItemRow, NewGatheringActionRow } from './gathering.table';

// The agenda's items, what each links, and the follow-up actions of each.

export function itemsOf(db: DbOrTx, gatheringId: number) {
  return db
    .selectFrom('gathering_agenda_items')
    .selectAll()
    .where('gathering_id', '=', gatheringId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findItem(db: DbOrTx, gatheringId: number, itemId: number) {
  return db
    .selectFrom('gathering_agenda_items')
    .selectAll()
    .where('gathering_id', '=', gatheringId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

export async function insertItem(db: DbOrTx, row: NewAgendaItemRow): Promise<number> {
  const { id } = await db.insertInto('gathering_agenda_items').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateItem(db: DbOrTx, itemId: number, set: AgendaItemUpdate): Promise<void> {
  await db.updateTable('gathering_agenda_items').set(set).where('id', '=', itemId).execute();
}

/** Removes the items (their links and follow-ups go with them). */
export async function deleteItems(db: DbOrTx, itemIds: readonly number[]): Promise<void> {
  if (itemIds.length === 0) return;
  await db
    .deleteFrom('gathering_item_practices')
    .where('item_id', 'in', [...itemIds])
    .execute();
  await db
    .deleteFrom('gathering_item_problems')
    .where('item_id', 'in', [...itemIds])
    .execute();
  await db
    .deleteFrom('gathering_item_courses')
    .where('item_id', 'in', [...itemIds])
    .execute();
  await db
    .deleteFrom('gathering_actions')
    .where('item_id', 'in', [...itemIds])
    .execute();
  await db
    .deleteFrom('gathering_agenda_items')
    .where('id', 'in', [...itemIds])
    .execute();
}

/** Stories, problems and courses linked by the items, in each item's order. */
export async function linksOf(db: DbOrTx, itemIds: readonly number[]) {
  if (itemIds.length === 0) return { practices: [], problems: [], courses: [] };
  const [practices, problems, courses] = await Promise.all([
    db
      .selectFrom('gathering_item_practices')
      .select(['item_id', 'practice_id as id'])
      .where('item_id', 'in', [...itemIds])
      .orderBy('item_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('gathering_item_problems')
      .select(['item_id', 'problem_id as id'])
      .where('item_id', 'in', [...itemIds])
      .orderBy('item_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('gathering_item_courses')
      .select(['item_id', 'course_id as id'])
      .where('item_id', 'in', [...itemIds])
      .orderBy('item_id')
      .orderBy('position')
      .execute(),
  ]);
  return { practices, problems, courses };
}

export async function replacePracticeLinks(db: DbOrTx, itemId: number, practiceIds: readonly number[]): Promise<void> {
  await db.deleteFrom('gathering_item_practices').where('item_id', '=', itemId).execute();
  if (practiceIds.length === 0) return;
  await db
    .insertInto('gathering_item_practices')
    .values(practiceIds.map((practice_id, position) => ({ item_id: itemId, practice_id, position })))
    .execute();
}

export async function replaceProblemLinks(db: DbOrTx, itemId: number, problemIds: readonly number[]): Promise<void> {
  await db.deleteFrom('gathering_item_problems').where('item_id', '=', itemId).execute();
  if (problemIds.length === 0) return;
  await db
    .insertInto('gathering_item_problems')
    .values(problemIds.map((problem_id, position) => ({ item_id: itemId, problem_id, position })))
    .execute();
}

export async function replaceCourseLinks(db: DbOrTx, itemId: number, courseIds: readonly number[]): Promise<void> {
  await db.deleteFrom('gathering_item_courses').where('item_id', '=', itemId).execute();
  if (courseIds.length === 0) return;
  await db
    .insertInto('gathering_item_courses')
    .values(courseIds.map((course_id, position) => ({ item_id: itemId, course_id, position })))
    .execute();
}

/** The gatherings whose agenda introduces the course, by id. */
export async function gatheringsLinkingCourse(db: DbOrTx, courseId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('gathering_item_courses')
    .innerJoin('gathering_agenda_items', 'gathering_agenda_items.id', 'gathering_item_courses.item_id')
    .select('gathering_agenda_items.gathering_id')
    .distinct()
    .where('gathering_item_courses.course_id', '=', courseId)
    .orderBy('gathering_agenda_items.gathering_id')
    .execute();
  return rows.map((r) => r.gathering_id);
}

/** The gathering's follow-ups with who added each, in the order they were added. */
export function actionsOfGathering(db: DbOrTx, gatheringId: number) {
  return db
    .selectFrom('gathering_actions')
    .innerJoin('users as author', 'author.id', 'gathering_actions.created_by')
    .selectAll('gathering_actions')
    .select(['author.username as author_username', 'author.display_name as author_display_name'])
    .where('gathering_actions.gathering_id', '=', gatheringId)
    .orderBy('gathering_actions.id')
    .execute();
}
export type GatheringActionDetailRow = Awaited<ReturnType<typeof actionsOfGathering>>[number];

export function findAction(db: DbOrTx, itemId: number, actionId: number) {
  return db.selectFrom('gathering_actions').selectAll().where('item_id', '=', itemId).where('id', '=', actionId).executeTakeFirst();
}

export async function insertAction(db: DbOrTx, row: NewGatheringActionRow): Promise<number> {
  const { id } = await db.insertInto('gathering_actions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAction(db: DbOrTx, actionId: number, set: GatheringActionUpdate): Promise<void> {
  await db.updateTable('gathering_actions').set(set).where('id', '=', actionId).execute();
}
