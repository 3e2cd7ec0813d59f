import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface PartnerTable {
  id: Generated<number>;
  name: string;
  type: string;
  scheme: string;
  region_code: string;
  cohort_year: number;
  address: string | null;
  phone: string | null;
  /** 1 or 0: SQLite has no boolean. */
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type PartnerRow = Selectable<PartnerTable>;
export type NewPartnerRow = Insertable<PartnerTable>;
export type PartnerUpdate = Updateable<PartnerTable>;
