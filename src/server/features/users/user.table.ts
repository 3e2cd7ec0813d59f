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
}
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
