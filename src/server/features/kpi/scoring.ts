import type { DateRange } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { isProvince, isWithinRegion } from '#domain/regions';
import type { Db } from '#server/db/database';
import { sqliteFileOf } from '#server/db/reader-thread';
import { provincesOf } from '#server/features/regions/service';
import { generationsOf, partnersChangedBetween } from '#server/features/rollups/generations';
import { profileForPeriod, type ProfileVersion } from './profiles';
import { FactsShelf } from './facts-shelf';
import { scoreFromHeldFacts, scoreFromRollups, type ScoredPartner } from './province-scores';
import { ProvinceScoreCache, type Refresh } from './score-cache';
import { patchedScores } from './score-patch';
import { ScoreThread } from './score-thread';

export type { ScoredPartner } from './province-scores';

/** While a province is scored whole, its previous answer is served for this long, then requests wait (decision 007). */
const staleForMs = 1_000;

// One cache per database, so tests with their own databases never share scores.
const caches = new WeakMap<Db, ProvinceScoreCache<ScoredPartner>>();

/** The province score cache of a database (its `computations` tell how often a province was scored). */
export function scoreCacheOf(db: Db): ProvinceScoreCache<ScoredPartner> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ProvinceScoreCache<ScoredPartner>({ staleForMs })));
  return cache;
}

// The score thread of an embedded database, when its app started one (offloadScoring).
const threads = new WeakMap<Db, ScoreThread>();

/**
 * Scores whole provinces of this SQLite database in a worker thread from now on, until the
 * returned thread is closed (the app closes it with itself). An in-memory database cannot be
 * opened by another connection: its provinces are scored in-process, as on PostgreSQL, whose
 * queries never held the event loop.
 */
export function offloadScoring(db: Db, onFailure: (error: Error) => void): ScoreThread {
  const thread = new ScoreThread(() => sqliteFileOf(db), onFailure);
  threads.set(db, thread);
  return thread;
}

/** The score thread of a database, if it has one (tests read its `jobs`). */
export const scoreThreadOf = (db: Db): ScoreThread | undefined => threads.get(db);

// The provinces' facts of a database scored in-process (PostgreSQL, an in-memory database, a failed thread).
const shelves = new WeakMap<Db, FactsShelf>();

/**
 * A whole province: in the score thread when there is one, else (or when it fails) here; from the
 * facts held of it when there are, which are read to be held when `hold` (facts-shelf.ts).
 */
async function scoreProvince(db: Db, definition: KpiProfile, province: string, range: DateRange, hold: boolean): Promise<ScoredPartner[]> {
  const thread = threads.get(db);
  if (thread?.usable) {
    try {
      return await thread.score(province, definition, range, hold);
    } catch {
      // The thread reported why (onFailure); the answer is computed here instead.
    }
  }
  let shelf = shelves.get(db);
  if (!shelf) shelves.set(db, (shelf = new FactsShelf()));
  // Outside a transaction, facts are labelled with the generation read before them, so they hold at
  // least that generation's changes; anything newer is in the log, and re-reading a partner is idempotent.
  const held = await shelf.factsFor(db, province, range, hold);
  return held ? scoreFromHeldFacts(definition, held, range) : scoreFromRollups(db, definition, { within: province }, range);
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
    const rescored = await scoreFromRollups(db, profile.definition, { within: province, partnerIds: moved }, range, {
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
  if (scope.partnerId !== undefined) {
    const profile = await profileForPeriod(db, range.to);
    return { profile, parts: [await scoreFromRollups(db, profile.definition, scope, range)] };
  }
  const within = scope.within;
  const provinces = await provincesOf(db, within);
  // Together: on PostgreSQL each is a round trip, and neither needs the other.
  const [profile, generations] = await Promise.all([profileForPeriod(db, range.to), generationsOf(db, provinces)]);
  const cache = scoreCacheOf(db);
  // Together: provinces to score whole queue in the score thread while the rest answer from the cache.
  const parts = await Promise.all(
    provinces.map((province) => {
      const key = `${province}|${range.from}|${range.to}|${profile.id}`;
      const generation = generations.get(province) ?? 0;
      return cache.items(
        key,
        generation,
        () => scoreProvince(db, profile.definition, province, range, within !== null),
        refreshOf(db, profile, province, generation, range),
      );
    }),
  );
  if (within !== null && !isProvince(within)) return { profile, parts: [parts.flat().filter((i) => isWithinRegion(i.regionCode, within))] };
  // The cached per-province arrays themselves, so what is worked out from one can be kept too.
  return { profile, parts };
}

/**
 * Scores a region's partners over a range under a definition that is not a stored version (the
 * preview of a new one): the same scoring as `scorePartners`, a province at a time (in the score thread when there is
 * one), and never cached.
 */
export async function scoreUnderDefinition(
  db: Db,
  definition: KpiProfile,
  within: string | null,
  range: DateRange,
): Promise<ScoredPartner[]> {
  const scored = (
    await Promise.all((await provincesOf(db, within)).map((province) => scoreProvince(db, definition, province, range, within !== null)))
  ).flat();
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
