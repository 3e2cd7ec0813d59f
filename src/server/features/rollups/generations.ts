import { sql } from 'kysely';
import { provinceOf } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';

/** Raises the KPI generation of the provinces of these regions; call inside the changing transaction. */
export async function bumpGenerations(db: DbOrTx, regionCodes: string[]): Promise<void> {
  const provinces = [...new Set(regionCodes.map(provinceOf))];
  if (provinces.length === 0) return;
  await db
    .insertInto('kpi_generations')
    .values(provinces.map((province_code) => ({ province_code, generation: 1 })))
    .onConflict((oc) => oc.column('province_code').doUpdateSet({ generation: sql`kpi_generations.generation + 1` }))
    .execute();
}

/** Current generation of each province asked for; a province never changed is at 0. */
export async function generationsOf(db: DbOrTx, provinces: string[]): Promise<Map<string, number>> {
  const rows = provinces.length ? await db.selectFrom('kpi_generations').selectAll().where('province_code', 'in', provinces).execute() : [];
  const found = new Map(rows.map((r) => [r.province_code, Number(r.generation)]));
  return new Map(provinces.map((p) => [p, found.get(p) ?? 0]));
}
