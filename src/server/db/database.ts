import type { Kysely, Transaction } from 'kysely';
import type { LoginThrottleTable, SessionTable } from '#server/features/auth/session.table';
import type { PartnerTable } from '#server/features/partners/partner.table';
import type { RegionTable } from '#server/features/regions/region.table';
import type { UserTable } from '#server/features/users/user.table';

/** Every table, gathered from the `*.table.ts` file beside the feature that owns it. */
export interface Database {
  regions: RegionTable;
  partners: PartnerTable;
  users: UserTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
}

export type Db = Kysely<Database>;
/** Repositories take either, so the caller owns the transaction. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';
