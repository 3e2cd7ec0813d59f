import type { Selectable } from 'kysely';

/** The demo built in this database, if any (see migration 0011). */
export interface DemoBuildTable {
  region_code: string;
  /** The period the demo's figures are for (the source document's 1 January – 25 September 2024). */
  report_from: string;
  report_to: string;
  /** The demo's "today": nothing in it is dated later. */
  as_of: string;
  created_at: string;
}
export type DemoBuildRow = Selectable<DemoBuildTable>;
