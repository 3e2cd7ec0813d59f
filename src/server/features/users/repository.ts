import { sql } from 'kysely';
import type { DbOrTx } from '#server/db/database';
import type { NewUserRow, UserRow, UserTable } from './user.table';

/** A user with its partner's name, so screens can say "Perpustakaan Desa …" rather than a number. */
function withPartnerName(db: DbOrTx) {
  return db
    .selectFrom('users')
    .leftJoin('partners', 'partners.id', 'users.partner_id')
    .selectAll('users')
    .select('partners.name as partner_name');
}

export function findUserByUsername(db: DbOrTx, username: string) {
  return withPartnerName(db).where('users.username', '=', username).executeTakeFirst();
}

export function findUserById(db: DbOrTx, id: number) {
  return withPartnerName(db).where('users.id', '=', id).executeTakeFirst();
}

export async function insertUser(db: DbOrTx, row: NewUserRow): Promise<number> {
  const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The account fields a user or an admin changes (e-mail, its switch, the language of notifications). */
export async function updateUserRow(db: DbOrTx, id: number, set: Partial<Pick<UserRow, 'email' | 'email_notifications' | 'language'>>) {
  if (Object.keys(set).length === 0) return;
  await db.updateTable('users').set(set).where('id', '=', id).execute();
}

export async function updatePasswordHash(db: DbOrTx, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export interface UserFilter {
  /** Users whose region, or whose partner's region, lies inside this one. */
  withinRegion?: string | undefined;
  partnerId?: number | undefined;
  role?: string | undefined;
  /** Part of the username, display name or partner's name. */
  text?: string | undefined;
  active?: boolean | undefined;
}

function filtered(db: DbOrTx, f: UserFilter) {
  let q = db.selectFrom('users').leftJoin('partners', 'partners.id', 'users.partner_id');
  if (f.withinRegion !== undefined) {
    const r = f.withinRegion;
    q = q.where((eb) =>
      eb.or([
        eb('users.region_code', '=', r),
        eb('users.region_code', 'like', `${r}.%`),
        eb('partners.region_code', '=', r),
        eb('partners.region_code', 'like', `${r}.%`),
      ]),
    );
  }
  if (f.partnerId !== undefined) q = q.where('users.partner_id', '=', f.partnerId);
  if (f.role !== undefined) q = q.where('users.role', '=', f.role);
  if (f.text !== undefined) {
    const pattern = `%${f.text.toLowerCase().replace(/[\\%_]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['users.username']), 'like', pattern),
        eb(eb.fn('lower', ['users.display_name']), 'like', pattern),
        eb(eb.fn('lower', ['partners.name']), 'like', pattern),
      ]),
    );
  }
  if (f.active !== undefined) q = q.where('users.active', '=', f.active ? 1 : 0);
  return q;
}

export async function listUsers(db: DbOrTx, f: UserFilter, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    filtered(db, f)
      .select([
        'users.id',
        'users.username',
        'users.role',
        'users.region_code',
        'users.partner_id',
        'users.display_name',
        'users.phone',
        'users.active',
        'users.must_change_password',
        'partners.name as partner_name',
      ])
      // Staff before the many library managers, then by name.
      .orderBy(sql`CASE WHEN users.role = 'pengelola' THEN 1 ELSE 0 END`)
      .orderBy('users.username')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The columns an admin changes on a user; the caller has checked scope and rules. */
export type UserChanges = Partial<Pick<UserTable, 'display_name' | 'phone' | 'role' | 'region_code' | 'partner_id'>> &
  Partial<Pick<UserRow, 'email' | 'email_notifications' | 'language'>> & {
    active?: number;
    must_change_password?: number;
    password_hash?: string;
  };

export async function updateUser(db: DbOrTx, id: number, changes: UserChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}
