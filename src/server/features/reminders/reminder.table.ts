import type { Generated, Insertable, Selectable } from 'kysely';

export interface ReminderTable {
  id: Generated<number>;
  partner_id: number;
  /** The month the library was silent in, for the monthly round's reminders only. */
  automatic_month: string | null;
  /** Who sent it; null for the monthly round. */
  sent_by: number | null;
  message: string;
  /** How many managers got it in the app. */
  notified: number;
  created_at: string;
}
export type ReminderRow = Selectable<ReminderTable>;
export type NewReminderRow = Insertable<ReminderTable>;
