import type { DbOrTx } from '#server/db/database';

export function listSubtypes(db: DbOrTx, strategy?: string) {
  let q = db.selectFrom('activity_subtypes').selectAll().where('active', '=', 1);
  if (strategy !== undefined) q = q.where('strategy', '=', strategy);
  return q.orderBy('position').execute();
}

export function findSubtype(db: DbOrTx, code: string) {
  return db.selectFrom('activity_subtypes').selectAll().where('code', '=', code).executeTakeFirst();
}
