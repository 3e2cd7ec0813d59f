import type { KpiListQuery, RegionPeriodQuery } from '#domain/dashboard';
import { filterRanking, rankPartners, sortRanking, type Ranked } from '#domain/kpi/ranking';
import type { Actor } from '#domain/permissions';
import type { Db } from '#server/db/database';
import type { ProfileVersion } from './profiles';
import { kpiSubject } from './scope';
import { ranked, scorePartners, type ScoredPartner } from './scoring';

/** The scores of what the actor asked for. A manager's is its own partner, whatever region it names. */
async function scoredFor(db: Db, actor: Actor, query: RegionPeriodQuery) {
  const subject = await kpiSubject(db, actor, query.region);
  const scope = 'partnerId' in subject ? { within: null, partnerId: subject.partnerId } : { within: subject.region.code };
  return scorePartners(db, scope, { from: query.from, to: query.to });
}

/** The KPI ranking the actor asked for, best first: its list's export. */
export async function rankingFor(
  db: Db,
  actor: Actor,
  query: RegionPeriodQuery,
): Promise<{ profile: ProfileVersion; items: ScoredPartner[] }> {
  const { profile, parts } = await scoredFor(db, actor, query);
  return { profile, items: ranked(parts.flat()) };
}

export interface RankingPage {
  profile: ProfileVersion;
  total: number;
  page: number;
  pageSize: number;
  items: Ranked<ScoredPartner>[];
}

interface KeptRanking {
  parts: ScoredPartner[][];
  ranked: Ranked<ScoredPartner>[];
}

// Ranked lists live as long as the cached province scores they were made from: a page of 20 from
// a province of 13,000 (or the country's 100,000) must not sort them all again on every request.
const rankings = new WeakMap<ScoredPartner[], KeptRanking>();

/** The ranked list of these scored parts, kept while they are the same (cached) arrays. */
function rankedParts(parts: ScoredPartner[][]): Ranked<ScoredPartner>[] {
  const first = parts[0];
  if (!first) return [];
  const kept = rankings.get(first);
  if (kept && kept.parts.length === parts.length && kept.parts.every((part, i) => part === parts[i])) return kept.ranked;
  const result = rankPartners(ranked(parts.flat()));
  rankings.set(first, { parts, ranked: result });
  return result;
}

/**
 * A page of the ranking: ranks are counted over the whole region before the name filter and the
 * page cut, so "3" means third in the region whichever page shows it. A page past the end is empty.
 */
export async function rankingPage(db: Db, actor: Actor, query: KpiListQuery): Promise<RankingPage> {
  const { profile, parts } = await scoredFor(db, actor, query);
  const all = rankedParts(parts);
  const filtered = filterRanking(all, query.q);
  // Ranked lists are already in rank order (ties by name); only a sort by name reorders.
  const shown = query.sort === 'score' ? filtered : sortRanking(filtered, query.sort, 'id');
  const start = (query.page - 1) * query.pageSize;
  return { profile, total: shown.length, page: query.page, pageSize: query.pageSize, items: shown.slice(start, start + query.pageSize) };
}
