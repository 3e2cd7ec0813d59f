import type { Generated, Insertable, Selectable } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: string;
  region_code: string | null;
  partner_id: number | null;
  display_name: string | null;
  /** `+628…` (domain/mobile-phone.ts). */
  phone: string | null;
  /** 1 after an admin's reset, until the user chose a new password. */
  must_change_password: Generated<number>;
  active: Generated<number>;
  created_at: string;
  email: string | null;
  /** 1 unless the user switched notification mail off. */
  email_notifications: Generated<number>;
  /** `id` or `en`: the language notifications are written in, as last chosen in the app. */
  language: Generated<string>;
}
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
