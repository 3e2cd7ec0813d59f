import type { DbOrTx } from '#server/db/database';
import { listPractices } from './repository';

// The stories a gathering's agenda shares. Only published stories qualify, and a published
// story is every signed-in user's to read, so these cards need no reader's scope.

export interface PublishedStoryCard {
  id: number;
  title: string;
  partnerId: number;
  partnerName: string;
  regionCode: string;
}

/** The published stories among these ids, by id; an id missing from the answer is no published story. */
export async function publishedStoryCards(db: DbOrTx, ids: readonly number[]): Promise<Map<number, PublishedStoryCard>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const { rows } = await listPractices(
    db,
    { circle: { kind: 'none' }, status: 'published', ids: unique },
    { limit: unique.length, offset: 0 },
  );
  return new Map(
    rows.map((r) => [r.id, { id: r.id, title: r.title, partnerId: r.partner_id, partnerName: r.partner_name, regionCode: r.region_code }]),
  );
}
