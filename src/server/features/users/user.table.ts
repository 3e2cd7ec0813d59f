import type { Generated, Insertable, Selectable } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: string;
  region_code: string | null;
  partner_id: number | null;
  display_name: string | null;
  active: Generated<number>;
  created_at: string;
}
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
