import type { Generated, Selectable } from 'kysely';

export interface KpiProfileTable {
  id: Generated<number>;
  /** Stable name of the profile across its versions, e.g. `tpbis-2024`. */
  code: string;
  version: number;
  /** The profile's definition as JSON (indicators, weights, targets, thresholds). */
  definition: string;
  /** First day of the periods this version scores. */
  effective_from: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
}
export type KpiProfileRow = Selectable<KpiProfileTable>;
