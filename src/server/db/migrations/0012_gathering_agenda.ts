import { sql, type Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * A gathering's typed agenda as rows: each item with its kind, title, the region and period whose
 * KPI it presents, the stories and problems it links, and after the meeting its minutes and
 * follow-up actions (a problem's follow-up lives among the problem's actions and is linked here).
 * The old agenda, a JSON array of strings on the gathering, becomes `lainnya` items in its order.
 * Written out here, not imported: a migration is frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('gathering_agenda_items'))
    .addColumn('gathering_id', 'integer', (c) => c.notNull().references('gatherings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    // capaian_kpi only: the region and period presented.
    .addColumn('region_code', 'varchar(13)', (c) => c.references('regions.code'))
    .addColumn('from_date', 'varchar(10)')
    .addColumn('to_date', 'varchar(10)')
    .addColumn('minutes', 'text')
    .addColumn('minutes_by', 'integer', (c) => c.references('users.id'))
    .addColumn('minutes_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('gathering_agenda_items_gathering')
    .on('gathering_agenda_items')
    .columns(['gathering_id', 'position'])
    .execute();

  for (const [table, column, target] of [
    ['gathering_item_practices', 'practice_id', 'practices.id'],
    ['gathering_item_problems', 'problem_id', 'problems.id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('item_id', 'integer', (c) => c.notNull().references('gathering_agenda_items.id').onDelete('cascade'))
      .addColumn(column, 'integer', (c) => c.notNull().references(target).onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['item_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}`).on(table).columns([column]).execute();
  }

  await withId(db, db.schema.createTable('gathering_actions'))
    .addColumn('gathering_id', 'integer', (c) => c.notNull().references('gatherings.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('gathering_agenda_items.id').onDelete('cascade'))
    // Set for a problem's action, whose what, owner, due date and done are the problem's; the four below are null then.
    .addColumn('problem_action_id', 'integer', (c) => c.references('problem_actions.id').onDelete('cascade'))
    .addColumn('what', 'varchar(300)')
    .addColumn('owner', 'varchar(120)')
    .addColumn('due_date', 'varchar(10)')
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'varchar(30)')
    .addColumn('done_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('gathering_actions_item').on('gathering_actions').columns(['item_id']).execute();
  await db.schema.createIndex('gathering_actions_gathering').on('gathering_actions').columns(['gathering_id']).execute();

  const gatherings = await sql<{ id: number; agenda: string }>`SELECT id, agenda FROM gatherings ORDER BY id`.execute(db);
  for (const g of gatherings.rows) {
    const titles = agendaTitles(g.agenda);
    for (const [position, title] of titles.entries()) {
      await sql`INSERT INTO gathering_agenda_items (gathering_id, position, kind, title) VALUES (${g.id}, ${position}, 'lainnya', ${title})`.execute(
        db,
      );
    }
  }
  await db.schema.alterTable('gatherings').dropColumn('agenda').execute();
}

/** The strings of a stored agenda, trimmed to an item title's length; anything else in it is left out. */
function agendaTitles(stored: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim().slice(0, 300))
    .filter((item) => item.length > 0);
}

/** Back to a JSON array of the items' titles; links, minutes and follow-ups have nowhere to go. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('gatherings')
    .addColumn('agenda', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  const items = await sql<{ gathering_id: number; title: string }>`
    SELECT gathering_id, title FROM gathering_agenda_items ORDER BY gathering_id, position, id`.execute(db);
  const agendas = new Map<number, string[]>();
  for (const item of items.rows) agendas.set(item.gathering_id, [...(agendas.get(item.gathering_id) ?? []), item.title]);
  for (const [id, titles] of agendas) await sql`UPDATE gatherings SET agenda = ${JSON.stringify(titles)} WHERE id = ${id}`.execute(db);
  await db.schema.dropTable('gathering_actions').execute();
  await db.schema.dropTable('gathering_item_problems').execute();
  await db.schema.dropTable('gathering_item_practices').execute();
  await db.schema.dropTable('gathering_agenda_items').execute();
}
