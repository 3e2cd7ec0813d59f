import type { DbOrTx } from '#server/db/database';

export function listProfileVersions(db: DbOrTx, code: string) {
  return db.selectFrom('kpi_profiles').selectAll().where('code', '=', code).orderBy('version', 'desc').execute();
}

export function findProfileVersion(db: DbOrTx, code: string, version: number) {
  return db.selectFrom('kpi_profiles').selectAll().where('code', '=', code).where('version', '=', version).executeTakeFirst();
}

export async function latestVersionNumber(db: DbOrTx, code: string): Promise<number> {
  const row = await db
    .selectFrom('kpi_profiles')
    .select((eb) => eb.fn.max<number | null>('version').as('v'))
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

export async function insertProfileVersion(
  db: DbOrTx,
  row: {
    code: string;
    version: number;
    definition: string;
    effectiveFrom: string;
    note: string | null;
    createdBy: number | null;
    createdAt: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('kpi_profiles')
    .values({
      code: row.code,
      version: row.version,
      definition: row.definition,
      effective_from: row.effectiveFrom,
      note: row.note,
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The newest version's id of each profile code (what the notices of migration 0025 announce). */
export async function newestProfileIds(db: DbOrTx): Promise<{ code: string; id: number }[]> {
  const rows = await db
    .selectFrom('kpi_profiles')
    .select((eb) => ['code', eb.fn.max<number>('id').as('id')])
    .groupBy('code')
    .execute();
  return rows.map((r) => ({ code: r.code, id: Number(r.id) }));
}
