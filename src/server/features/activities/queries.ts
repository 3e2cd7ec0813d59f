import type { Activity, ActivityEvent, ActivityList, ActivityListQuery, ActivityPhoto, ReviewQueueQuery } from '#domain/activities';
import { nearlySameTitleAs } from '#domain/duplicates';
import { allowedActivityOperations, inScope, regionInScope, type Actor } from '#domain/permissions';
import { ActivityStatus } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { forbidden, notFound } from '#server/http/errors';
import { partnerScope } from '#server/features/partners/scope';
import { coverPhotosOf, photosOf } from '#server/features/photos/service';
import { scopeOf } from './access';
import { toActivity, toSummary } from './mapping';
import { activityPhotos } from './photos';
import {
  findActivityDetail,
  listActivities,
  sameDayActivities,
  type ActivityDetailRow,
  type ActivityFilter,
  type ActivityOrder,
} from './repository';
import { activityHistory } from './trail';

/** The list's filters without its order and paging. */
export type ActivityFilterQuery = Omit<ActivityListQuery, 'sort' | 'page' | 'pageSize'>;

// Reading activities: one in full, and the lists (all, the review queue, the reporter's returned ones).

/** One activity with its photos, audit trail, likely duplicates and what the actor may do with it. */
export async function activityForActor(db: DbOrTx, actor: Actor, id: number): Promise<Activity> {
  const row = await findActivityDetail(db, id);
  if (!row || !inScope(actor, scopeOf(row))) throw notFound('activity');
  return withDuplicates(db, actor, row, photosOf(db, activityPhotos, id), activityHistory(db, id));
}

/**
 * The same for an activity this request has just created: it has no photo yet and its trail is
 * the one `created` entry written with it, by its reporter, so neither is read back.
 */
export async function newActivityForActor(db: DbOrTx, actor: Actor, id: number, createdEntryId: number): Promise<Activity> {
  const row = await findActivityDetail(db, id);
  if (!row || !inScope(actor, scopeOf(row))) throw notFound('activity');
  const created: ActivityEvent = {
    id: createdEntryId,
    at: row.created_at,
    kind: 'created',
    actor: { id: row.created_by, username: row.reporter_username, displayName: row.reporter_display_name },
    changes: null,
    comment: null,
  };
  return withDuplicates(db, actor, row, Promise.resolve([]), Promise.resolve([created]));
}

async function withDuplicates(
  db: DbOrTx,
  actor: Actor,
  row: ActivityDetailRow,
  photosRead: Promise<ActivityPhoto[]>,
  historyRead: Promise<ActivityEvent[]>,
): Promise<Activity> {
  // Read side by side: on PostgreSQL the pool runs them at once.
  const [photos, history, sameDay] = await Promise.all([
    photosRead,
    historyRead,
    sameDayActivities(db, { id: row.id, partnerId: row.partner_id, date: row.date, strategy: row.strategy }),
  ]);
  const sameTitle = nearlySameTitleAs(row.title);
  return toActivity(row, {
    photos,
    history,
    possibleDuplicates: sameDay
      .filter((other) => sameTitle(other.title))
      .map((other) => ({ id: other.id, title: other.title, status: ActivityStatus.parse(other.status) })),
    allowed: allowedActivityOperations(actor, scopeOf(row)),
  });
}

/**
 * Narrows a list to the actor's scope. A region outside it is refused (403); a partner outside
 * it does not exist for the actor (404); a pengelola sees only its own partner.
 */
async function scopeFilter(
  db: DbOrTx,
  actor: Actor,
  query: { region?: string | undefined; partner?: number | undefined },
): Promise<ActivityFilter> {
  if (actor.role === 'pengelola') {
    if (query.partner !== undefined && query.partner !== actor.partnerId) throw notFound('partner');
    return { partnerId: actor.partnerId, withinRegion: query.region };
  }
  if (query.region !== undefined && !regionInScope(actor, query.region)) throw forbidden('that region is outside your scope');
  if (query.partner !== undefined) {
    const partner = await partnerScope(db, query.partner);
    if (!partner || !inScope(actor, { regionCode: partner.regionCode, partnerId: partner.id })) throw notFound('partner');
  }
  return { partnerId: query.partner, withinRegion: query.region ?? actor.regionCode ?? undefined };
}

async function page(
  db: DbOrTx,
  filter: ActivityFilter,
  order: ActivityOrder,
  p: { page: number; pageSize: number },
): Promise<ActivityList> {
  const { rows, total } = await listActivities(db, filter, order, { limit: p.pageSize, offset: (p.page - 1) * p.pageSize });
  const withPhotos = rows.filter((row) => row.photo_count > 0).map((row) => row.id);
  const covers = await coverPhotosOf(db, activityPhotos, withPhotos);
  return { items: rows.map((row) => toSummary(row, covers.get(row.id) ?? null)), total };
}

const listFilters = (q: Omit<ReviewQueueQuery, 'page' | 'pageSize'>) => ({
  from: q.from,
  to: q.to,
  strategy: q.strategy,
  subtype: q.subtype,
  titleContains: q.q,
});

/** The activity list's filter for the actor, which its export shares: the same rows, in the same scope. */
export async function activityFilterFor(db: DbOrTx, actor: Actor, query: ActivityFilterQuery): Promise<ActivityFilter> {
  const scope = await scopeFilter(db, actor, query);
  return { ...scope, ...listFilters(query), status: query.status };
}

export async function activitiesForActor(db: DbOrTx, actor: Actor, query: ActivityListQuery): Promise<ActivityList> {
  return page(db, await activityFilterFor(db, actor, query), query.sort, query);
}

/** Submitted activities the actor may review, oldest submission first. */
export async function reviewQueue(db: DbOrTx, actor: Actor, query: ReviewQueueQuery): Promise<ActivityList> {
  const scope = await scopeFilter(db, actor, query);
  return page(db, { ...scope, ...listFilters(query), status: 'submitted' }, 'oldest_submitted', query);
}

/**
 * Returned activities waiting for the actor: for a pengelola every returned report of its partner
 * (any of its managers may fix it), for anyone else those it reported itself. Latest return first.
 */
export function returnedToActor(db: DbOrTx, actor: Actor, p: { page: number; pageSize: number }): Promise<ActivityList> {
  const filter: ActivityFilter =
    actor.role === 'pengelola' ? { partnerId: actor.partnerId, status: 'returned' } : { createdBy: actor.id, status: 'returned' };
  return page(db, filter, 'recently_reviewed', p);
}
