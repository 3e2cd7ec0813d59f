import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface PracticeTable {
  id: Generated<number>;
  /** The library whose story it is; the story's region is the library's. */
  partner_id: number;
  title: string;
  summary: string;
  story: string;
  strategy: string | null;
  testimony: string | null;
  testimony_by: string | null;
  status: string;
  /** 1 or 0: SQLite has no boolean. */
  featured: Generated<number>;
  /** Kept with a conditional update when a photo is added (see photos.ts), so two uploads at once cannot pass the limit. */
  photo_count: Generated<number>;
  /** The reviewer's comment while returned, for the author; the audit trail keeps every comment. */
  return_comment: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  published_at: string | null;
  published_by: number | null;
  featured_at: string | null;
  featured_by: number | null;
}
export type PracticeRow = Selectable<PracticeTable>;
export type NewPracticeRow = Insertable<PracticeTable>;
export type PracticeUpdate = Updateable<PracticeTable>;

/** The activities of its own library a story tells of. */
export interface PracticeActivityTable {
  practice_id: number;
  activity_id: number;
}
