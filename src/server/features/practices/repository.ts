import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { PracticeCircle } from '#domain/practice-access';
import type { Database, DbOrTx } from '#server/db/database';
import type { NewPracticeRow, PracticeUpdate } from './practice.table';

/** A story with where its library is: every scope check needs the library's region. */
function withPartner(db: DbOrTx) {
  return db
    .selectFrom('practices')
    .innerJoin('partners', 'partners.id', 'practices.partner_id')
    .selectAll('practices')
    .select(['partners.name as partner_name', 'partners.region_code']);
}

/** Where a library sits and whether it still takes new stories: what writing one for it needs to know. */
export async function findLibrary(db: DbOrTx, id: number): Promise<{ id: number; regionCode: string; active: boolean } | undefined> {
  const row = await db.selectFrom('partners').select(['id', 'region_code', 'active']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, regionCode: row.region_code, active: row.active === 1 };
}

export function findPractice(db: DbOrTx, id: number) {
  return withPartner(db).where('practices.id', '=', id).executeTakeFirst();
}
export type PracticeScopeRow = NonNullable<Awaited<ReturnType<typeof findPractice>>>;

/** One story with the people who wrote and published it. */
export function findPracticeDetail(db: DbOrTx, id: number) {
  return withPartner(db)
    .innerJoin('users as author', 'author.id', 'practices.created_by')
    .leftJoin('users as publisher', 'publisher.id', 'practices.published_by')
    .select([
      'author.username as author_username',
      'author.display_name as author_display_name',
      'publisher.username as publisher_username',
      'publisher.display_name as publisher_display_name',
    ])
    .where('practices.id', '=', id)
    .executeTakeFirst();
}
export type PracticeDetailRow = NonNullable<Awaited<ReturnType<typeof findPracticeDetail>>>;

export async function insertPractice(db: DbOrTx, row: NewPracticeRow): Promise<number> {
  const { id } = await db.insertInto('practices').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Updates only while the story is still in one of the expected statuses; false when another request got there first. */
export async function updatePracticeIfStatus(db: DbOrTx, id: number, statuses: readonly string[], set: PracticeUpdate): Promise<boolean> {
  const result = await db
    .updateTable('practices')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', [...statuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes the story (its activity links go with it), only while it is still in one of the statuses; false when it was not. */
export async function deletePracticeIfStatus(db: DbOrTx, id: number, statuses: readonly string[]): Promise<boolean> {
  const result = await db
    .deleteFrom('practices')
    .where('id', '=', id)
    .where('status', 'in', [...statuses])
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Takes one of the story's photo slots, only while it has a free one and is still being written.
 * One conditional UPDATE: two uploads at once cannot both take the last slot.
 */
export async function claimPracticePhotoSlot(
  db: DbOrTx,
  p: { practiceId: number; statuses: readonly string[]; limit: number; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('practices')
    .set({ photo_count: sql`photo_count + 1`, updated_at: p.at })
    .where('id', '=', p.practiceId)
    .where('photo_count', '<', p.limit)
    .where('status', 'in', [...p.statuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releasePracticePhotoSlot(db: DbOrTx, practiceId: number, at: string): Promise<void> {
  await db
    .updateTable('practices')
    .set({ photo_count: sql`photo_count - 1`, updated_at: at })
    .where('id', '=', practiceId)
    .execute();
}

/** The linked activities' ids, in the order they took place. */
export async function linkedActivityIds(db: DbOrTx, practiceId: number): Promise<number[]> {
  const rows = await linkedActivities(db, practiceId);
  return rows.map((r) => r.id);
}

export function linkedActivities(db: DbOrTx, practiceId: number) {
  return db
    .selectFrom('practice_activities')
    .innerJoin('activities', 'activities.id', 'practice_activities.activity_id')
    .select(['activities.id', 'activities.title', 'activities.date', 'activities.strategy', 'activities.status'])
    .where('practice_activities.practice_id', '=', practiceId)
    .orderBy('activities.date')
    .orderBy('activities.id')
    .execute();
}

export async function replaceActivityLinks(db: DbOrTx, practiceId: number, activityIds: readonly number[]): Promise<void> {
  await db.deleteFrom('practice_activities').where('practice_id', '=', practiceId).execute();
  if (activityIds.length === 0) return;
  await db
    .insertInto('practice_activities')
    .values(activityIds.map((activity_id) => ({ practice_id: practiceId, activity_id })))
    .execute();
}

/** Which of these activities are the library's own. */
export async function activitiesOfPartnerAmong(db: DbOrTx, partnerId: number, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('activities')
    .select('id')
    .where('partner_id', '=', partnerId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export interface PracticeFilter {
  /** Which unpublished stories the reader may see besides every published one. */
  circle: PracticeCircle;
  partnerId?: number | undefined;
  /** Stories of libraries whose region lies inside this one. */
  withinRegion?: string | undefined;
  status?: string | undefined;
  strategy?: string | undefined;
  featured?: boolean | undefined;
  /** Words anywhere in the title, summary, story or testimony, any case. */
  text?: string | undefined;
  ids?: readonly number[] | undefined;
  /** Published on or after this instant (an ISO timestamp), and before the other. */
  publishedFrom?: string | undefined;
  publishedBefore?: string | undefined;
}

const withinRegion = (eb: ExpressionBuilder<Database, 'practices' | 'partners'>, code: string) =>
  eb.or([eb('partners.region_code', '=', code), eb('partners.region_code', 'like', `${code}.%`)]);

function visibleIn(eb: ExpressionBuilder<Database, 'practices' | 'partners'>, circle: PracticeCircle): Expression<SqlBool> {
  const published = eb('practices.status', '=', 'published');
  switch (circle.kind) {
    case 'none':
      return published;
    case 'everywhere':
      return eb.and([]);
    case 'partner':
      return eb.or([published, eb('practices.partner_id', '=', circle.partnerId)]);
    case 'region':
      return eb.or([published, withinRegion(eb, circle.regionCode)]);
  }
}

const searchable = sql<string>`lower(${sql.ref('practices.title')} || ' ' || ${sql.ref('practices.summary')} || ' ' || ${sql.ref(
  'practices.story',
)} || ' ' || coalesce(${sql.ref('practices.testimony')}, ''))`;

function matches(eb: ExpressionBuilder<Database, 'practices' | 'partners'>, f: PracticeFilter) {
  const conditions: Expression<SqlBool>[] = [visibleIn(eb, f.circle)];
  if (f.partnerId !== undefined) conditions.push(eb('practices.partner_id', '=', f.partnerId));
  if (f.withinRegion !== undefined) conditions.push(withinRegion(eb, f.withinRegion));
  if (f.status !== undefined) conditions.push(eb('practices.status', '=', f.status));
  if (f.strategy !== undefined) conditions.push(eb('practices.strategy', '=', f.strategy));
  if (f.featured !== undefined) conditions.push(eb('practices.featured', '=', f.featured ? 1 : 0));
  if (f.ids !== undefined) conditions.push(f.ids.length ? eb('practices.id', 'in', [...f.ids]) : eb.or([]));
  if (f.publishedFrom !== undefined) conditions.push(eb('practices.published_at', '>=', f.publishedFrom));
  if (f.publishedBefore !== undefined) conditions.push(eb('practices.published_at', '<', f.publishedBefore));
  if (f.text !== undefined) {
    // Wildcards are dropped rather than escaped: SQLite has no default LIKE escape character.
    const pattern = `%${f.text.toLowerCase().replace(/[\\%_]/g, '')}%`;
    conditions.push(eb(searchable, 'like', pattern));
  }
  return eb.and(conditions);
}

const summaryColumns = [
  'practices.id',
  'practices.partner_id',
  'partners.name as partner_name',
  'partners.region_code',
  'practices.title',
  'practices.summary',
  'practices.strategy',
  'practices.status',
  'practices.featured',
  'practices.photo_count',
  'practices.return_comment',
  'practices.created_at',
  'practices.updated_at',
  'practices.submitted_at',
  'practices.published_at',
  'practices.featured_at',
] as const;

/** A page of the stories the filter lets through: published ones by publication, others by their last change, newest first. */
export async function listPractices(db: DbOrTx, f: PracticeFilter, page: { limit: number; offset: number }) {
  const from = () => db.selectFrom('practices').innerJoin('partners', 'partners.id', 'practices.partner_id');
  const [rows, total] = await Promise.all([
    from()
      .select(summaryColumns)
      .where((eb) => matches(eb, f))
      .orderBy(sql`coalesce(practices.published_at, practices.updated_at)`, 'desc')
      .orderBy('practices.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    from()
      .where((eb) => matches(eb, f))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type PracticeSummaryRow = Awaited<ReturnType<typeof listPractices>>['rows'][number];

/** One page of the stories the filter lets through, by id after the cursor: the export reads the list this way. */
export function practicesAfter(db: DbOrTx, f: PracticeFilter, afterId: number | undefined, limit: number) {
  let q = db
    .selectFrom('practices')
    .innerJoin('partners', 'partners.id', 'practices.partner_id')
    .select(summaryColumns)
    .where((eb) => matches(eb, f));
  if (afterId !== undefined) q = q.where('practices.id', '>', afterId);
  return q.orderBy('practices.id').limit(limit).execute();
}

/** Whole stories for print, grouped by where the libraries are, then in the order they were published. */
export function practicesForPrint(db: DbOrTx, f: PracticeFilter, limit: number) {
  return withPartner(db)
    .where((eb) => matches(eb, f))
    .orderBy('partners.region_code')
    .orderBy('practices.published_at')
    .orderBy('practices.id')
    .limit(limit)
    .execute();
}

/** Sets the featured mark of a published story; false when it was not published or already so. */
export async function setFeatured(
  db: DbOrTx,
  id: number,
  featured: boolean,
  set: Pick<PracticeUpdate, 'updated_at' | 'featured_at' | 'featured_by'>,
): Promise<boolean> {
  const result = await db
    .updateTable('practices')
    .set({ ...set, featured: featured ? 1 : 0 })
    .where('id', '=', id)
    .where('status', '=', 'published')
    .where('featured', '=', featured ? 0 : 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
