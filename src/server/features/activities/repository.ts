import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { compiledOnce } from '#server/db/compiled';
import type { Database, DbOrTx } from '#server/db/database';
import type { ActivityRow, ActivityUpdate, NewActivityRow } from './activity.table';

// The statements every report runs are compiled once (db/compiled.ts).
const activityById = compiledOnce((db, p: { id: number }) => db.selectFrom('activities').selectAll().where('id', '=', p.id));

export async function findActivity(db: DbOrTx, id: number): Promise<ActivityRow | undefined> {
  return (await activityById(db, { id })).rows[0];
}

/** One activity with its partner's name and the people who reported and last reviewed it. */
// Every answer about one activity reads these two: built and compiled once (db/compiled.ts).
const activityDetail = compiledOnce((db, p: { id: number }) =>
  db
    .selectFrom('activities')
    .innerJoin('partners', 'partners.id', 'activities.partner_id')
    .innerJoin('users as reporter', 'reporter.id', 'activities.created_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'activities.reviewed_by')
    .selectAll('activities')
    .select([
      'partners.name as partner_name',
      'reporter.username as reporter_username',
      'reporter.display_name as reporter_display_name',
      'reviewer.username as reviewer_username',
      'reviewer.display_name as reviewer_display_name',
    ])
    .where('activities.id', '=', p.id),
);

export async function findActivityDetail(db: DbOrTx, id: number) {
  return (await activityDetail(db, { id })).rows[0];
}
export type ActivityDetailRow = NonNullable<Awaited<ReturnType<typeof findActivityDetail>>>;

export function findActivityByClientId(db: DbOrTx, createdBy: number, clientId: string) {
  return db.selectFrom('activities').select('id').where('created_by', '=', createdBy).where('client_id', '=', clientId).executeTakeFirst();
}

/**
 * Inserts an activity, or nothing when the reporter already sent this clientId. On PostgreSQL a
 * concurrent retry waits for the first insert to commit and then does nothing, so the unique
 * index decides without aborting the transaction.
 */
export async function insertActivity(db: DbOrTx, row: NewActivityRow): Promise<ActivityRow | undefined> {
  return (await activityInsert(db, row)).rows[0];
}
const activityInsert = compiledOnce((db, row: NewActivityRow) =>
  db
    .insertInto('activities')
    .values(row)
    .onConflict((oc) => oc.columns(['created_by', 'client_id']).doNothing())
    .returningAll(),
);

/** Updates only while the activity is still in one of the expected statuses; undefined when another request got there first. */
export async function updateActivityIfStatus(
  db: DbOrTx,
  id: number,
  statuses: readonly string[],
  set: ActivityUpdate,
): Promise<ActivityRow | undefined> {
  // The set is a one-row list so that its columns are part of the statement's shape: one compiled statement per kind of change.
  return (await activityUpdate(db, { id, statuses: [...statuses], set: [set] })).rows[0];
}
const activityUpdate = compiledOnce((db, p: { id: number; statuses: string[]; set: ActivityUpdate[] }) =>
  db
    .updateTable('activities')
    .set(p.set[0] ?? {})
    .where('id', '=', p.id)
    .where('status', 'in', p.statuses)
    .returningAll(),
);

/**
 * Takes one of the activity's photo slots, only while it has a free one and is still editable.
 * One conditional UPDATE: two uploads at once cannot both take the last slot.
 */
export async function claimPhotoSlot(
  db: DbOrTx,
  p: { activityId: number; statuses: readonly string[]; limit: number; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set({ photo_count: sql`photo_count + 1`, updated_at: p.at })
    .where('id', '=', p.activityId)
    .where('photo_count', '<', p.limit)
    .where('status', 'in', [...p.statuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releasePhotoSlot(db: DbOrTx, activityId: number, at: string): Promise<void> {
  await db
    .updateTable('activities')
    .set({ photo_count: sql`photo_count - 1`, updated_at: at })
    .where('id', '=', activityId)
    .execute();
}

export async function deleteActivityRow(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('activities').where('id', '=', id).execute();
}

export function activitiesOfPartner(db: DbOrTx, partnerId: number) {
  return db.selectFrom('activities').selectAll().where('partner_id', '=', partnerId).orderBy('id').execute();
}

/** Candidates for a double report: the partner's other activities of that day and strategy. */
const sameDay = compiledOnce((db, p: { id: number; partnerId: number; date: string; strategy: string }) =>
  db
    .selectFrom('activities')
    .select(['id', 'title', 'status'])
    .where('partner_id', '=', p.partnerId)
    .where('date', '=', p.date)
    .where('strategy', '=', p.strategy)
    .where('id', '!=', p.id)
    .orderBy('id')
    .limit(50),
);

export async function sameDayActivities(db: DbOrTx, a: { id: number; partnerId: number; date: string; strategy: string }) {
  return (await sameDay(db, a)).rows;
}

export function countActivitiesByStatus(db: DbOrTx, partnerId: number) {
  return db
    .selectFrom('activities')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .where('partner_id', '=', partnerId)
    .groupBy('status')
    .execute();
}

export interface ActivityFilter {
  partnerId?: number | undefined;
  /** Activities of partners whose region lies inside this one. */
  withinRegion?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: string | undefined;
  strategy?: string | undefined;
  subtype?: string | undefined;
  titleContains?: string | undefined;
  createdBy?: number | undefined;
}

export type ActivityOrder = 'newest' | 'oldest' | 'oldest_submitted' | 'recently_updated' | 'recently_reviewed';

function matches(eb: ExpressionBuilder<Database, 'activities'>, f: ActivityFilter) {
  const conditions: Expression<SqlBool>[] = [];
  if (f.partnerId !== undefined) conditions.push(eb('activities.partner_id', '=', f.partnerId));
  if (f.withinRegion !== undefined) {
    conditions.push(
      eb.or([eb('activities.region_code', '=', f.withinRegion), eb('activities.region_code', 'like', `${f.withinRegion}.%`)]),
    );
  }
  if (f.from !== undefined) conditions.push(eb('activities.date', '>=', f.from));
  if (f.to !== undefined) conditions.push(eb('activities.date', '<=', f.to));
  if (f.status !== undefined) conditions.push(eb('activities.status', '=', f.status));
  if (f.strategy !== undefined) conditions.push(eb('activities.strategy', '=', f.strategy));
  if (f.subtype !== undefined) conditions.push(eb('activities.subtype', '=', f.subtype));
  if (f.createdBy !== undefined) conditions.push(eb('activities.created_by', '=', f.createdBy));
  if (f.titleContains !== undefined) {
    // Wildcards are dropped rather than escaped: SQLite has no default LIKE escape character.
    const pattern = `%${f.titleContains.toLowerCase().replace(/[\\%_]/g, '')}%`;
    conditions.push(eb(eb.fn('lower', ['activities.title']), 'like', pattern));
  }
  return eb.and(conditions);
}

const orderings = {
  newest: [
    ['activities.date', 'desc'],
    ['activities.id', 'desc'],
  ],
  oldest: [
    ['activities.date', 'asc'],
    ['activities.id', 'asc'],
  ],
  oldest_submitted: [
    ['activities.submitted_at', 'asc'],
    ['activities.id', 'asc'],
  ],
  recently_updated: [
    ['activities.updated_at', 'desc'],
    ['activities.id', 'desc'],
  ],
  recently_reviewed: [
    ['activities.reviewed_at', 'desc'],
    ['activities.id', 'desc'],
  ],
} as const satisfies Record<ActivityOrder, readonly (readonly [`activities.${keyof ActivityRow}`, 'asc' | 'desc'])[]>;

export async function listActivities(db: DbOrTx, f: ActivityFilter, order: ActivityOrder, page: { limit: number; offset: number }) {
  let q = db
    .selectFrom('activities')
    .innerJoin('partners', 'partners.id', 'activities.partner_id')
    .select([
      'activities.id',
      'activities.partner_id',
      'partners.name as partner_name',
      'activities.region_code',
      'activities.strategy',
      'activities.subtype',
      'activities.title',
      'activities.date',
      'activities.status',
      'activities.participants_male',
      'activities.participants_female',
      'activities.photo_count',
      'activities.return_comment',
      'activities.created_at',
      'activities.updated_at',
      'activities.submitted_at',
      'activities.reviewed_at',
    ])
    .where((eb) => matches(eb, f));
  for (const [column, direction] of orderings[order]) q = q.orderBy(column, direction);
  const [rows, total] = await Promise.all([
    q.limit(page.limit).offset(page.offset).execute(),
    db
      .selectFrom('activities')
      .where((eb) => matches(eb, f))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type ActivitySummaryRow = Awaited<ReturnType<typeof listActivities>>['rows'][number];

/**
 * One page of the list's activities after the cursor, by id (the order they were reported): the
 * primary key serves the cursor, so each page is a short seek however large the export.
 */
export function activitiesAfter(db: DbOrTx, f: ActivityFilter, afterId: number | undefined, limit: number) {
  let q = db
    .selectFrom('activities')
    .innerJoin('partners', 'partners.id', 'activities.partner_id')
    .leftJoin('activity_subtypes', 'activity_subtypes.code', 'activities.subtype')
    .select([
      'activities.id',
      'activities.partner_id',
      'partners.name as partner_name',
      'activities.region_code',
      'activities.strategy',
      'activity_subtypes.label_id as subtype_label',
      'activities.title',
      'activities.date',
      'activities.location',
      'activities.status',
      'activities.participants_male',
      'activities.participants_female',
      'activities.participants_disability',
      'activities.participants_elderly',
      'activities.participants_children',
      'activities.submitted_at',
      'activities.reviewed_at',
    ])
    .where((eb) => matches(eb, f));
  if (afterId !== undefined) q = q.where('activities.id', '>', afterId);
  return q.orderBy('activities.id').limit(limit).execute();
}
export type ActivityExportRow = Awaited<ReturnType<typeof activitiesAfter>>[number];
