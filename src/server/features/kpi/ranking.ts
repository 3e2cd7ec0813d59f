import type { RegionPeriodQuery } from '#domain/dashboard';
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
