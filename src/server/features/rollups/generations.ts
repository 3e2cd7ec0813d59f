import { sql } from 'kysely';
import { provinceOf } from '#domain/regions';
import { compiledOnce } from '#server/db/compiled';
import type { DbOrTx } from '#server/db/database';
import { isPostgres } from '#server/db/subtree';
import { raisedGeneration, watchOf } from './generation-watch';

/** A change that can move a partner's KPI score: the partner, and a region it was or is in. */
export interface ScoreChange {
  partnerId: number;
  regionCode: string;
}

/** Generations of a province kept in the change log; a cache older than this recomputes the province whole. */
export const keptGenerations = 1024;

/**
 * Raises the KPI generation of the provinces of these changes and logs which partners each new
 * generation moved; call inside the changing transaction, so the score cache of every instance
 * sees the generation and its partners together or not at all.
 */
export async function bumpGenerations(db: DbOrTx, changes: ScoreChange[]): Promise<void> {
  const partnersOf = new Map<string, Set<number>>();
  for (const change of changes) {
    const province = provinceOf(change.regionCode);
    const partners = partnersOf.get(province) ?? new Set<number>();
    partners.add(change.partnerId);
    partnersOf.set(province, partners);
  }
  if (partnersOf.size === 0) return;
  const postgres = isPostgres(db);
  const raised = postgres ? await raiseAndLog(db, partnersOf) : await raiseThenLog(db, partnersOf);
  // Read from the table here until the trigger's notice of it is back (generation-watch.ts).
  if (postgres) for (const r of raised) raisedGeneration(r.province_code, Number(r.generation));
  // Pruned now and then, by the write that crosses a multiple of the window: never a write's every time.
  for (const r of raised) {
    const generation = Number(r.generation);
    if (generation % 256 !== 0) continue;
    await db
      .deleteFrom('kpi_changes')
      .where('province_code', '=', r.province_code)
      .where('generation', '<=', generation - keptGenerations)
      .execute();
  }
}

/** Raises the generations, then logs the partners of each new one: two statements, all SQLite can do. */
async function raiseThenLog(db: DbOrTx, partnersOf: Map<string, Set<number>>) {
  const { rows: raised } = await generationsRaise(db, { rows: [...partnersOf.keys()].map((province_code) => ({ province_code })) });
  const rows = raised.flatMap((r) =>
    [...(partnersOf.get(r.province_code) ?? [])].map((partner_id) => ({
      province_code: r.province_code,
      generation: Number(r.generation),
      partner_id,
    })),
  );
  await changesInsert(db, { rows });
  return raised;
}

/**
 * The same in one statement on PostgreSQL. The province's row is locked from this statement until
 * the commit, and every report of the province waits on it: one round trip fewer in that window
 * is throughput for all of them.
 */
async function raiseAndLog(db: DbOrTx, partnersOf: Map<string, Set<number>>) {
  const provinces = sql.join([...partnersOf.keys()].map((province) => sql`(${province}, 1)`));
  const moved = sql.join(
    [...partnersOf].flatMap(([province, partners]) => [...partners].map((partner) => sql`(${province}::varchar, ${partner}::integer)`)),
  );
  const { rows } = await sql<{ province_code: string; generation: number }>`
    WITH raised AS (
      INSERT INTO kpi_generations (province_code, generation) VALUES ${provinces}
      ON CONFLICT (province_code) DO UPDATE SET generation = kpi_generations.generation + 1
      RETURNING province_code, generation
    ), logged AS (
      INSERT INTO kpi_changes (province_code, generation, partner_id)
      SELECT r.province_code, r.generation, m.partner_id
      FROM raised r JOIN (VALUES ${moved}) AS m (province_code, partner_id) ON m.province_code = r.province_code
    )
    SELECT province_code, generation FROM raised`.execute(db);
  return rows;
}

// Every counted change on SQLite runs these two, mostly for one province and one partner: compiled once (db/compiled.ts).
const generationsRaise = compiledOnce((db, p: { rows: { province_code: string }[] }) =>
  db
    .insertInto('kpi_generations')
    .values(p.rows.map((r) => ({ province_code: r.province_code, generation: 1 })))
    .onConflict((oc) => oc.column('province_code').doUpdateSet({ generation: sql`kpi_generations.generation + 1` }))
    .returning(['province_code', 'generation']),
);
const changesInsert = compiledOnce((db, p: { rows: { province_code: string; generation: number; partner_id: number }[] }) =>
  db.insertInto('kpi_changes').values(p.rows),
);

/**
 * Current generation of each province asked for; a province never changed is at 0. On
 * PostgreSQL, from the notices of each raise when they are known to be complete (no round trip).
 */
export async function generationsOf(db: DbOrTx, provinces: string[]): Promise<Map<string, number>> {
  const watched = watchOf(db)?.valuesOf(provinces);
  if (watched) return watched;
  const rows = provinces.length ? await db.selectFrom('kpi_generations').selectAll().where('province_code', 'in', provinces).execute() : [];
  const found = new Map(rows.map((r) => [r.province_code, Number(r.generation)]));
  return new Map(provinces.map((p) => [p, found.get(p) ?? 0]));
}

/**
 * The partners moved in a province after one generation up to another, or undefined when the log
 * no longer holds every generation between (pruned, or raised without a log by an older version).
 */
export async function partnersChangedBetween(db: DbOrTx, province: string, after: number, upTo: number): Promise<number[] | undefined> {
  if (upTo <= after) return [];
  const rows = await db
    .selectFrom('kpi_changes')
    .select(['generation', 'partner_id'])
    .where('province_code', '=', province)
    .where('generation', '>', after)
    .where('generation', '<=', upTo)
    .execute();
  const generations = new Set(rows.map((r) => Number(r.generation)));
  if (generations.size !== upTo - after) return undefined;
  return [...new Set(rows.map((r) => Number(r.partner_id)))];
}
