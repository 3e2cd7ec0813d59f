import type { Generated, Selectable } from 'kysely';

export interface GatheringTable {
  id: Generated<number>;
  title: string;
  date: string;
  /** `online` or `offline` */
  mode: string;
  region_code: string;
  /** JSON array of names */
  facilitators: string;
  /** JSON array of names */
  consultants: string;
  /** JSON array of agenda items */
  agenda: string;
  created_by: number | null;
  created_at: string;
}
export type GatheringRow = Selectable<GatheringTable>;

export interface GatheringAttendanceTable {
  gathering_id: number;
  partner_id: number;
}
