import type { DbOrTx } from '#server/db/database';
import { findPartnerScope } from './repository';

export interface PartnerScope {
  id: number;
  regionCode: string;
  /** An inactive partner keeps its history but takes no new reports. */
  active: boolean;
}

/**
 * Where a partner sits and whether it still reports, for the scope checks of other features
 * (activities, users, gatherings). Apart from the partners service, which itself calls the
 * activities service: importing it from there would close a circle.
 */
export async function partnerScope(db: DbOrTx, id: number): Promise<PartnerScope | null> {
  return (await findPartnerScope(db, id)) ?? null;
}
