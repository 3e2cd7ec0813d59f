import type { DbOrTx } from '#server/db/database';

export function listProfileVersions(db: DbOrTx, code: string) {
  return db.selectFrom('kpi_profiles').selectAll().where('code', '=', code).orderBy('version', 'desc').execute();
}

/** The version in force on a day: the newest whose effective date is on or before it. */
export function profileInForce(db: DbOrTx, code: string, day: string) {
  return db
    .selectFrom('kpi_profiles')
    .selectAll()
    .where('code', '=', code)
    .where('effective_from', '<=', day)
    .orderBy('effective_from', 'desc')
    .orderBy('version', 'desc')
    .executeTakeFirst();
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
