import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ActivityTable {
  id: Generated<number>;
  partner_id: number;
  /** The partner's region, copied so region filters and rollups need no join; kept in step when a partner moves. */
  region_code: string;
  strategy: string;
  subtype: string | null;
  title: string;
  /** `YYYY-MM-DD`, the day the activity took place. */
  date: string;
  description: string | null;
  location: string | null;
  participants_male: number;
  participants_female: number;
  participants_disability: number;
  participants_elderly: number;
  participants_children: number;
  /** JSON array of names. */
  stakeholders: string;
  outcome_document_type: string | null;
  outcome_document_number: string | null;
  outcome_amount_rupiah: number | null;
  status: string;
  /** The device's UUID for this report; unique per reporter, so a retried create finds the first. */
  client_id: string | null;
  /** Kept with a conditional update when a photo is added (see photos.ts), so two uploads at once cannot pass the limit. */
  photo_count: Generated<number>;
  /** The reviewer's comment while returned, for the reporter's list; the audit trail keeps every comment. */
  return_comment: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: number | null;
}
export type ActivityRow = Selectable<ActivityTable>;
export type NewActivityRow = Insertable<ActivityTable>;
export type ActivityUpdate = Updateable<ActivityTable>;

/** Sub-types per strategy are data, seeded by migration 0002; more can be added without code. */
export interface ActivitySubtypeTable {
  code: string;
  strategy: string;
  label_id: string;
  label_en: string;
  position: number;
  active: Generated<number>;
}
