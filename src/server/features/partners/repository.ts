import type { DbOrTx } from '#server/db/database';
import type { NewPartnerRow } from './partner.table';

/** Just where a partner sits, for scope checks. */
export async function findPartnerScope(db: DbOrTx, id: number): Promise<{ id: number; regionCode: string } | undefined> {
  const row = await db.selectFrom('partners').select(['id', 'region_code']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, regionCode: row.region_code };
}

export async function insertPartner(db: DbOrTx, row: NewPartnerRow): Promise<number> {
  const { id } = await db.insertInto('partners').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findPartnerByRegion(db: DbOrTx, regionCode: string) {
  return db.selectFrom('partners').selectAll().where('region_code', '=', regionCode).orderBy('id').executeTakeFirst();
}
