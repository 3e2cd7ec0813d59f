import type { KpiListQuery, RegionPeriodQuery } from '#domain/dashboard';
import { filterRanking, sortRanking, type Ranked } from '#domain/kpi/ranking';
import type { Actor } from '#domain/permissions';
import type { Db } from '#server/db/database';
import type { ProfileVersion } from './profiles';
import { rankedParts } from './ranked-parts';
import { kpiSubject } from './scope';
import { scorePartners, type ScoredPartner } from './scoring';

/** The scores of what the actor asked for. A manager's is its own partner, whatever region it names. */
async function scoredFor(db: Db, actor: Actor, query: RegionPeriodQuery) {
  const subject = await kpiSubject(db, actor, query.region);
  const scope = 'partnerId' in subject ? { within: null, partnerId: subject.partnerId } : { within: subject.region.code };
  const scored = await scorePartners(db, scope, { from: query.from, to: query.to });
  const whose = 'partnerId' in subject ? `partner ${subject.partnerId}` : (subject.region.code ?? 'ID');
  return { ...scored, key: `${whose}|${query.from}|${query.to}|${scored.profile.id}` };
}

/** The KPI ranking the actor asked for, best first: its list's export. */
export async function rankingFor(
  db: Db,
  actor: Actor,
  query: RegionPeriodQuery,
): Promise<{ profile: ProfileVersion; items: ScoredPartner[] }> {
  const { profile, parts, key } = await scoredFor(db, actor, query);
  return { profile, items: rankedParts(key, parts).sorted };
}

export interface RankingPage {
  profile: ProfileVersion;
  total: number;
  page: number;
  pageSize: number;
  items: Ranked<ScoredPartner>[];
}

/**
 * A page of the ranking: ranks are counted over the whole region before the name filter and the
 * page cut, so "3" means third in the region whichever page shows it. A page past the end is empty.
 */
export async function rankingPage(db: Db, actor: Actor, query: KpiListQuery): Promise<RankingPage> {
  const { profile, parts, key } = await scoredFor(db, actor, query);
  const { sorted, rankAt } = rankedParts(key, parts);
  const start = (query.page - 1) * query.pageSize;
  const rankedAt = (i: number): Ranked<ScoredPartner> => ({ ...(sorted[i] as ScoredPartner), rank: rankAt(i) });
  if (query.sort === 'score' && !query.q) {
    // The common page, best first: a slice of the kept list, nothing sorted or copied whole.
    const end = Math.min(sorted.length, start + query.pageSize);
    const items = [];
    for (let i = start; i < end; i += 1) items.push(rankedAt(i));
    return { profile, total: sorted.length, page: query.page, pageSize: query.pageSize, items };
  }
  const shown = sortRanking(
    filterRanking(
      sorted.map((_, i) => rankedAt(i)),
      query.q,
    ),
    query.sort,
    'id',
  );
  return { profile, total: shown.length, page: query.page, pageSize: query.pageSize, items: shown.slice(start, start + query.pageSize) };
}
