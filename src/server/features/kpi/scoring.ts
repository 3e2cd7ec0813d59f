import { scorePartner, type KpiResult } from '#domain/kpi/score';
import type { DateRange } from '#domain/kpi/period';
import { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { factsByPartner, noFacts } from './facts';
import { profileForPeriod, type ProfileVersion } from './profiles';
import { partnersToScore } from './repository';

export interface ScoredPartner extends KpiResult {
  partnerId: number;
  name: string;
  type: PartnerType;
  scheme: PartnerScheme;
  regionCode: string;
}

/**
 * Scores every active partner inside a region (or one partner) over a range with the profile
 * version in force at the range's end. Partners with no counted activity score 0.
 */
export async function scorePartners(
  db: Db,
  scope: { within: string | null; partnerId?: number },
  range: DateRange,
): Promise<{ profile: ProfileVersion; items: ScoredPartner[] }> {
  const [profile, partners, facts] = await Promise.all([
    profileForPeriod(db, range.to),
    partnersToScore(db, scope),
    factsByPartner(db, scope, range),
  ]);
  const items = partners.map((p) => {
    const type = PartnerType.parse(p.type);
    const result = scorePartner(profile.definition, type, range, facts.get(p.id) ?? noFacts());
    return { partnerId: p.id, name: p.name, type, scheme: PartnerScheme.parse(p.scheme), regionCode: p.region_code, ...result };
  });
  items.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'id'));
  return { profile, items };
}
