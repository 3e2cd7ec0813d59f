import { kpiScope, type Actor } from '#domain/permissions';
import type { RegionLevel } from '#domain/regions';
import type { Db } from '#server/db/database';
import { forbidden } from '#server/http/errors';
import { regionByCode } from '#server/features/regions/service';

export interface RegionScope {
  /** null: the whole country. */
  code: string | null;
  name: string;
  level: RegionLevel | null;
}

/** What a KPI answer covers: a manager's own partner, or a region that exists. */
export type KpiSubject = { partnerId: number } | { region: RegionScope };

/**
 * The subject of a KPI answer as the domain's `kpiScope` decides it: a region outside the
 * actor's scope is 403; an unknown code 404.
 */
export async function kpiSubject(db: Db, actor: Actor, requested: string | undefined): Promise<KpiSubject> {
  const scope = kpiScope(actor, requested);
  if (scope.kind === 'partner') return { partnerId: scope.partnerId };
  if (scope.kind === 'outside') throw forbidden('that region is outside your scope');
  if (scope.regionCode === null) return { region: { code: null, name: 'Indonesia', level: null } };
  const region = await regionByCode(db, scope.regionCode);
  return { region: { code: region.code, name: region.name, level: region.level } };
}

/** The region a regional report (dashboard, trends, children) covers; a library manager has its rapor instead. */
export async function reportRegion(db: Db, actor: Actor, requested: string | undefined): Promise<RegionScope> {
  const subject = await kpiSubject(db, actor, requested);
  if ('partnerId' in subject) throw forbidden('a library manager sees its own rapor, not regional reports');
  return subject.region;
}
