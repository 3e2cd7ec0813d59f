import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A kendala of one partner; its region is the partner's. */
export interface ProblemTable {
  id: Generated<number>;
  partner_id: number;
  title: string;
  /** A `ProblemCategory`. */
  category: string;
  description: string;
  /** A `ProblemStatus`. */
  status: string;
  /** How it was solved, while `selesai`. */
  resolution: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}
export type ProblemRow = Selectable<ProblemTable>;
export type NewProblemRow = Insertable<ProblemTable>;
export type ProblemUpdate = Updateable<ProblemTable>;

/** A follow-up action of a problem: what, who (a name, and the account when there is one), by when, done. */
export interface ProblemActionTable {
  id: Generated<number>;
  problem_id: number;
  what: string;
  owner: string;
  owner_user_id: number | null;
  due_date: string;
  /** 1 or 0: SQLite has no boolean. */
  done: Generated<number>;
  done_at: string | null;
  done_by: number | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}
export type ProblemActionRow = Selectable<ProblemActionTable>;
export type NewProblemActionRow = Insertable<ProblemActionTable>;
export type ProblemActionUpdate = Updateable<ProblemActionTable>;

/** A gathering where a problem was discussed (its `pemecahan_masalah` agenda item). */
export interface ProblemGatheringTable {
  gathering_id: number;
  problem_id: number;
}
