import type { RegionLevel } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';

export async function findRegionsAtLevel(db: DbOrTx, level: RegionLevel): Promise<string[]> {
  const rows = await db.selectFrom('regions').select('code').where('level', '=', level).orderBy('code').execute();
  return rows.map((r) => r.code);
}
