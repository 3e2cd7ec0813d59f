import type { KpiListQuery, RegionPeriodQuery } from '#domain/dashboard';
import { filterRanking, rankPartners, sortRanking, type Ranked } from '#domain/kpi/ranking';
import type { Actor } from '#domain/permissions';
import type { Db } from '#server/db/database';
import type { ProfileVersion } from './profiles';
import { kpiSubject } from './scope';
import { ranked, scorePartners, type ScoredPartner } from './scoring';

/** The KPI ranking the actor asked for, best first: its list and its export. A manager's is its own partner, whatever region it names. */
export async function rankingFor(
  db: Db,
  actor: Actor,
  query: RegionPeriodQuery,
): Promise<{ profile: ProfileVersion; items: ScoredPartner[] }> {
  const subject = await kpiSubject(db, actor, query.region);
  const scope = 'partnerId' in subject ? { within: null, partnerId: subject.partnerId } : { within: subject.region.code };
  const { profile, parts } = await scorePartners(db, scope, { from: query.from, to: query.to });
  return { profile, items: ranked(parts.flat()) };
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
  const { profile, items } = await rankingFor(db, actor, query);
  const shown = sortRanking(filterRanking(rankPartners(items), query.q), query.sort, 'id');
  const start = (query.page - 1) * query.pageSize;
  return { profile, total: shown.length, page: query.page, pageSize: query.pageSize, items: shown.slice(start, start + query.pageSize) };
}
