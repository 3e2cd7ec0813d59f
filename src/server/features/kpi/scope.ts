import { regionInScope, type Actor } from '#domain/permissions';
import { RegionLevel, type RegionLevel as Level } from '#domain/regions';
import type { Db } from '#server/db/database';
import { forbidden, notFound } from '#server/http/errors';
import { findRegion } from '#server/features/regions/repository';

export interface RegionScope {
  /** null: the whole country. */
  code: string | null;
  name: string;
  level: Level | null;
}

/**
 * The region a report covers: the one asked for, else the actor's own (the country for the
 * national office). Outside the actor's scope is 403; an unknown code 404.
 */
export async function reportRegion(db: Db, actor: Actor, requested: string | undefined): Promise<RegionScope> {
  if (actor.role === 'pengelola') throw forbidden('a library manager sees its own rapor, not regional reports');
  const code = requested ?? actor.regionCode;
  if (!regionInScope(actor, code)) throw forbidden('that region is outside your scope');
  if (code === null) return { code: null, name: 'Indonesia', level: null };
  const row = await findRegion(db, code);
  if (!row) throw notFound('region');
  return { code, name: row.name, level: RegionLevel.parse(row.level) };
}
