import { scorerFor, type KpiResult } from '#domain/kpi/score';
import type { DateRange } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { isProvince, isWithinRegion, provinceOf } from '#domain/regions';
import { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { childrenOf } from '#server/features/regions/service';
import { generationsOf, partnersChangedBetween } from '#server/features/rollups/generations';
import { factsByPartner, noFacts } from './facts';
import { profileForPeriod, type ProfileVersion } from './profiles';
import { partnersToScore } from './repository';
import { ProvinceScoreCache, type Refresh } from './score-cache';
import { patchedScores } from './score-patch';

export interface ScoredPartner extends KpiResult {
  partnerId: number;
  name: string;
  type: PartnerType;
  scheme: PartnerScheme;
  regionCode: string;
}

// One cache per database, so tests with their own databases never share scores.
const caches = new WeakMap<Db, ProvinceScoreCache<ScoredPartner>>();

/** The province score cache of a database (its `computations` tell how often a province was scored). */
export function scoreCacheOf(db: Db): ProvinceScoreCache<ScoredPartner> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ProvinceScoreCache<ScoredPartner>()));
  return cache;
}

/** Computes scores from the rollups, now; facts may be read more widely than the partners are chosen. */
async function scoreNow(
  db: Db,
  definition: KpiProfile,
  scope: { within: string | null; partnerId?: number; partnerIds?: readonly number[] },
  range: DateRange,
  factScope = scope,
): Promise<ScoredPartner[]> {
  const [partners, facts] = await Promise.all([partnersToScore(db, scope), factsByPartner(db, factScope, range)]);
  const score = scorerFor(definition, range);
  return partners.map((p) => {
    const type = PartnerType.parse(p.type);
    const result = score(type, facts.get(p.id) ?? noFacts());
    return { partnerId: p.id, name: p.name, type, scheme: PartnerScheme.parse(p.scheme), regionCode: p.region_code, ...result };
  });
}

/**
 * More partners moved than this since a kept answer, and the province is scored afresh: past it,
 * key lookups cost more than one pass over the province (a bulk import, a rebuild).
 */
const mostPatched = 500;

/**
 * Brings a province's kept scores from one generation to another by re-scoring the partners the
 * change log names: each one's facts are a handful of rows on its own key. A partner that left
 * the province (moved, deactivated) is dropped; one that arrived is added.
 */
function refreshOf(db: Db, profile: ProfileVersion, province: string, generation: number, range: DateRange): Refresh<ScoredPartner> {
  return async (stale, since) => {
    const moved = await partnersChangedBetween(db, province, since, generation);
    if (moved === undefined || moved.length > mostPatched) return undefined;
    if (moved.length === 0) return patchedScores(stale, moved, []);
    // The moved partners together: a few queries by key however many moved (each a round trip on PostgreSQL).
    const rescored = await scoreNow(db, profile.definition, { within: province, partnerIds: moved }, range, {
      within: null,
      partnerIds: moved,
    });
    return patchedScores(stale, moved, rescored);
  };
}

/**
 * Scores every active partner inside a region (or one partner) over a range with the profile
 * version in force at the range's end. Partners with no counted activity score 0.
 *
 * Scores are computed a province at a time and reused while the province's KPI generation —
 * raised in the transaction of every change that can move a score there — stays the same; when
 * it moves, only the partners its change log names are re-scored into a copy (decision 007).
 * Scores come a province at a time (`parts`), in no particular order.
 */
export async function scorePartners(
  db: Db,
  scope: { within: string | null; partnerId?: number },
  range: DateRange,
): Promise<{ profile: ProfileVersion; parts: ScoredPartner[][] }> {
  const profile = await profileForPeriod(db, range.to);
  if (scope.partnerId !== undefined) return { profile, parts: [await scoreNow(db, profile.definition, scope, range)] };

  const within = scope.within;
  const provinces = await provincesOf(db, within);
  const generations = await generationsOf(db, provinces);
  const cache = scoreCacheOf(db);
  const parts: ScoredPartner[][] = [];
  for (const province of provinces) {
    const key = `${province}|${range.from}|${range.to}|${profile.id}`;
    const generation = generations.get(province) ?? 0;
    parts.push(
      await cache.items(
        key,
        generation,
        () => scoreNow(db, profile.definition, { within: province }, range),
        refreshOf(db, profile, province, generation, range),
      ),
    );
  }
  if (within !== null && !isProvince(within)) return { profile, parts: [parts.flat().filter((i) => isWithinRegion(i.regionCode, within))] };
  // The cached per-province arrays themselves, so what is worked out from one can be kept too.
  return { profile, parts };
}

/** The provinces a region lies in or covers: itself or its own, or every one for the country. */
async function provincesOf(db: Db, within: string | null): Promise<string[]> {
  return within === null ? (await childrenOf(db, null)).map((p) => p.code) : [provinceOf(within)];
}

/**
 * Scores a region's partners over a range under a definition that is not a stored version (the
 * preview of a new one): the same scoring as `scorePartners`, a province at a time so no one
 * query holds the event loop long, and never cached.
 */
export async function scoreUnderDefinition(
  db: Db,
  definition: KpiProfile,
  within: string | null,
  range: DateRange,
): Promise<ScoredPartner[]> {
  const scored: ScoredPartner[] = [];
  for (const province of await provincesOf(db, within)) scored.push(...(await scoreNow(db, definition, { within: province }, range)));
  return within === null || isProvince(within) ? scored : scored.filter((i) => isWithinRegion(i.regionCode, within));
}

const byName = new Intl.Collator('id');

/** The ranking's order: best first, ties by name (and namesakes by id, so every instance pages alike). */
export const rankOrder = (a: ScoredPartner, b: ScoredPartner) =>
  b.score - a.score || byName.compare(a.name, b.name) || a.partnerId - b.partnerId;

/** Best first; ties by name, as a ranking table reads. */
export function ranked(items: ScoredPartner[]): ScoredPartner[] {
  return [...items].sort(rankOrder);
}
