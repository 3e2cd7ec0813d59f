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

/**
 * The same look-up, each partner asked once: for work that reports for the same partners many
 * times in one transaction (an import), where nothing changes a partner meanwhile.
 */
export function rememberedPartnerScopes(db: DbOrTx): (id: number) => Promise<PartnerScope | null> {
  const known = new Map<number, Promise<PartnerScope | null>>();
  return (id) => {
    let scope = known.get(id);
    if (!scope) known.set(id, (scope = partnerScope(db, id)));
    return scope;
  };
}
