import { allowedPracticeOperations, practiceCircle, practiceVisible, seesPracticeTrail } from '#domain/practice-access';
import type { Actor } from '#domain/permissions';
import type { Practice, PracticeList, PracticeListQuery } from '#domain/practices';
import type { DbOrTx } from '#server/db/database';
import { notFound } from '#server/http/errors';
import { coverPhotosOf, photosOf } from '#server/features/photos/service';
import { regionPathsOf } from '#server/features/regions/service';
import { scopeOf } from './access';
import { toLinkedActivity, toPractice, toSummary } from './mapping';
import { practicePhotos } from './photos';
import { findPracticeDetail, linkedActivities, listPractices, type PracticeFilter } from './repository';
import { practiceHistory } from './trail';

// Reading stories: one in full, and the list that is both the country's gallery of published
// stories and, for a library and its reviewers, the stories still being written and reviewed.

/** One story with its photos, linked activities, its trail (for readers in its region) and what the actor may do with it. */
export async function practiceForActor(db: DbOrTx, actor: Actor, id: number): Promise<Practice> {
  const row = await findPracticeDetail(db, id);
  if (!row) throw notFound('story');
  const scoped = scopeOf(row);
  if (!practiceVisible(actor, scoped)) throw notFound('story');
  const [photos, activities, history, paths] = await Promise.all([
    photosOf(db, practicePhotos, id),
    linkedActivities(db, id),
    seesPracticeTrail(actor, scoped) ? practiceHistory(db, id) : Promise.resolve([]),
    regionPathsOf(db, [row.region_code]),
  ]);
  return toPractice(row, {
    regionPath: paths.get(row.region_code) ?? [],
    photos,
    activities: activities.map(toLinkedActivity),
    history,
    allowed: allowedPracticeOperations(actor, scoped),
  });
}

/** The stories of the list the actor asked for: the list and its export read the same filter. */
export function practiceFilterFor(actor: Actor, query: Omit<PracticeListQuery, 'page' | 'pageSize'>): PracticeFilter {
  return {
    circle: practiceCircle(actor),
    partnerId: query.partner,
    withinRegion: query.region,
    status: query.status,
    strategy: query.strategy,
    featured: query.featured,
    text: query.q,
  };
}

/**
 * Every published story in the country, and the unpublished ones of the actor's circle (its own
 * library's for a manager, its region's for a reviewer), narrowed by the filters. A region or
 * library outside the actor's scope is no error: its published stories are everyone's.
 */
export async function practicesForActor(db: DbOrTx, actor: Actor, query: PracticeListQuery): Promise<PracticeList> {
  const { rows, total } = await listPractices(db, practiceFilterFor(actor, query), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const ids = rows.map((r) => r.id);
  const [covers, paths] = await Promise.all([
    coverPhotosOf(db, practicePhotos, ids),
    regionPathsOf(
      db,
      rows.map((r) => r.region_code),
    ),
  ]);
  return {
    items: rows.map((r) => toSummary(r, { regionPath: paths.get(r.region_code) ?? [], coverPhoto: covers.get(r.id) ?? null })),
    total,
  };
}
