import type { ActivitySubtypeOption } from '#domain/activities';
import { Strategy } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { listSubtypes } from './subtypes.repository';

/** The active sub-types, in the order the form offers them. */
export async function subtypeOptions(db: DbOrTx, strategy?: Strategy): Promise<ActivitySubtypeOption[]> {
  const rows = await listSubtypes(db, strategy);
  return rows.map((r) => ({ code: r.code, strategy: Strategy.parse(r.strategy), labelId: r.label_id, labelEn: r.label_en }));
}
