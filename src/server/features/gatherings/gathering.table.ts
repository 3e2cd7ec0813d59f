import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

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
  created_by: number | null;
  created_at: string;
}
export type GatheringRow = Selectable<GatheringTable>;
export type GatheringUpdate = Updateable<GatheringTable>;

export interface GatheringAttendanceTable {
  gathering_id: number;
  partner_id: number;
}

/** One agenda item; `region_code`, `from_date` and `to_date` belong to `capaian_kpi` items only. */
export interface GatheringAgendaItemTable {
  id: Generated<number>;
  gathering_id: number;
  position: number;
  /** An `AgendaKind`. */
  kind: string;
  title: string;
  region_code: string | null;
  from_date: string | null;
  to_date: string | null;
  minutes: string | null;
  minutes_by: number | null;
  minutes_at: string | null;
}
export type AgendaItemRow = Selectable<GatheringAgendaItemTable>;
export type NewAgendaItemRow = Insertable<GatheringAgendaItemTable>;
export type AgendaItemUpdate = Updateable<GatheringAgendaItemTable>;

export interface GatheringItemPracticeTable {
  item_id: number;
  practice_id: number;
  position: number;
}

export interface GatheringItemProblemTable {
  item_id: number;
  problem_id: number;
  position: number;
}

export interface GatheringItemCourseTable {
  item_id: number;
  course_id: number;
  position: number;
}

/**
 * A follow-up action of an agenda item. One that belongs to a problem names its action
 * (`problem_action_id`) and keeps none of its own fields: the problem's action is the truth.
 */
export interface GatheringActionTable {
  id: Generated<number>;
  gathering_id: number;
  item_id: number;
  problem_action_id: number | null;
  what: string | null;
  owner: string | null;
  due_date: string | null;
  done: Generated<number>;
  done_at: string | null;
  done_by: number | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}
export type GatheringActionRow = Selectable<GatheringActionTable>;
export type NewGatheringActionRow = Insertable<GatheringActionTable>;
export type GatheringActionUpdate = Updateable<GatheringActionTable>;
