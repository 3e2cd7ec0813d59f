import type { DbOrTx } from '#server/db/database';

export async function insertDemoBuild(
  db: DbOrTx,
  row: { regionCode: string; reportFrom: string; reportTo: string; asOf: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('demo_builds')
    .values({
      region_code: row.regionCode,
      report_from: row.reportFrom,
      report_to: row.reportTo,
      as_of: row.asOf,
      created_at: row.createdAt,
    })
    .execute();
}

export function listDemoBuilds(db: DbOrTx) {
  return db.selectFrom('demo_builds').selectAll().orderBy('region_code').execute();
}
