import { childRegionOf, colorChanges } from '#domain/kpi/color-changes';
import type { ProfilePreviewBody, ProfilePreviewResponse } from '#domain/kpi/profile-versions';
import type { Actor } from '#domain/permissions';
import type { Db } from '#server/db/database';
import { childrenOf } from '#server/features/regions/service';
import { reportRegion } from './scope';
import { scorePartners, scoreUnderDefinition } from './scoring';

/**
 * `POST /api/kpi/profiles/preview`: how many partners of a region would change colour over a
 * period if this definition scored it, per child region. Today's colours come from the ranking
 * itself (the version in force on the period's last day, cached as usual); the new ones from the
 * same scoring under the proposed definition. Nothing is stored.
 */
export async function previewProfileVersion(db: Db, actor: Actor, body: ProfilePreviewBody): Promise<ProfilePreviewResponse> {
  const region = await reportRegion(db, actor, body.region);
  const range = { from: body.from, to: body.to };
  const [{ profile, parts }, proposed, children] = await Promise.all([
    scorePartners(db, { within: region.code }, range),
    scoreUnderDefinition(db, body.definition, region.code, range),
    childrenOf(db, region.code),
  ]);
  const changes = colorChanges(parts.flat(), new Map(proposed.map((p) => [p.partnerId, p.color])), childRegionOf(region.code));
  const names = new Map(children.map((c) => [c.code, c.name]));
  return {
    current: { id: profile.id, version: profile.version },
    appliesToPeriod: body.effectiveFrom <= body.to,
    partners: changes.partners,
    changed: changes.changed,
    transitions: changes.transitions,
    regions: changes.regions.map((r) => ({
      ...r,
      name: names.get(r.regionCode) ?? (r.regionCode === region.code ? region.name : r.regionCode),
    })),
  };
}
