import { sql } from 'kysely';
import type { DbOrTx } from '#server/db/database';
import type { NewNotificationRow } from './notification.table';

// Notifications and their mail. The recipients' contact details (address, switch, language)
// are columns of `users` that this feature added and owns, so it reads them here.

export interface Recipient {
  id: number;
  email: string | null;
  email_notifications: number;
  language: string;
}

export function activeRecipients(db: DbOrTx, ids: readonly number[]): Promise<Recipient[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'email', 'email_notifications', 'language'])
    .where('id', 'in', [...ids])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
}

/** Who a person is in a notification's words. */
export async function nameOfUser(db: DbOrTx, id: number): Promise<string> {
  const row = await db.selectFrom('users').select(['username', 'display_name']).where('id', '=', id).executeTakeFirst();
  return row?.display_name ?? row?.username ?? '?';
}

/** Staff whose region holds the region (a province's admin, a regency's facilitator…), not the national office. */
export async function regionalStaffOver(db: DbOrTx, lineage: readonly string[]): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', 'in', ['admin_provinsi', 'fasilitator', 'konsultan'])
    .where('region_code', 'in', [...lineage])
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function insertNotification(db: DbOrTx, row: NewNotificationRow): Promise<number> {
  const { id } = await db.insertInto('notifications').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function queueMail(db: DbOrTx, notificationId: number, at: string): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({ notification_id: notificationId, state: 'queued', next_attempt_at: at, created_at: at })
    .onConflict((oc) => oc.column('notification_id').doNothing())
    .execute();
}

export function notificationsOf(db: DbOrTx, userId: number, q: { unreadOnly: boolean; before?: number | undefined; limit: number }) {
  let query = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (q.unreadOnly) query = query.where('read_at', 'is', null);
  if (q.before !== undefined) query = query.where('id', '<', q.before);
  return query.orderBy('id', 'desc').limit(q.limit).execute();
}

export async function unreadCount(db: DbOrTx, userId: number): Promise<number> {
  const { n } = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Of these ids, those that are the user's own. */
export async function ownIds(db: DbOrTx, userId: number, ids: readonly number[]): Promise<Set<number>> {
  const rows = await db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', userId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Marks read what is still unread; a second marking keeps the first time. */
export async function markRead(db: DbOrTx, userId: number, ids: readonly number[] | 'all', at: string): Promise<void> {
  let query = db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids !== 'all') query = query.where('id', 'in', [...ids]);
  await query.execute();
}

// ---- The mail outbox ----

/**
 * Claims up to `limit` mails that are due, atomically: the one UPDATE both picks and takes them,
 * and re-checks each row's state as it takes it, so of two instances on one PostgreSQL (or two
 * processes on one SQLite file) only one gets a row. A `sending` row whose lease has run out was
 * held by an instance that stopped mid-send: it is due again.
 */
export async function claimDueMails(
  db: DbOrTx,
  p: { now: string; leaseUntil: string; claim: string; limit: number },
): Promise<{ id: number; notification_id: number; attempts: number }[]> {
  return db
    .updateTable('mail_outbox')
    .set({ state: 'sending', claim: p.claim, lease_until: p.leaseUntil, attempts: sql<number>`attempts + 1` })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('mail_outbox')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('state', '=', 'queued'), w('next_attempt_at', '<=', p.now)]),
            w.and([w('state', '=', 'sending'), w('lease_until', '<', p.now)]),
          ]),
        )
        .orderBy('id')
        .limit(p.limit),
    )
    .where((w) =>
      w.or([
        w.and([w('state', '=', 'queued'), w('next_attempt_at', '<=', p.now)]),
        w.and([w('state', '=', 'sending'), w('lease_until', '<', p.now)]),
      ]),
    )
    .returning(['id', 'notification_id', 'attempts'])
    .execute();
}

/** What a claimed mail says and to whom, as the recipient's details stand now. */
export function mailDetails(db: DbOrTx, notificationId: number) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.kind',
      'notifications.params',
      'notifications.link',
      'users.email',
      'users.email_notifications',
      'users.language',
      'users.active',
    ])
    .where('notifications.id', '=', notificationId)
    .executeTakeFirst();
}

/** Settles a claimed mail; only the holder of the claim may, so a mail taken over after a lease ran out is settled once. */
export async function settleMail(
  db: DbOrTx,
  id: number,
  claim: string,
  set: { state: 'sent' | 'queued' | 'failed' | 'skipped'; sent_at?: string; next_attempt_at?: string; last_error?: string | null },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ ...set, claim: null, lease_until: null })
    .where('id', '=', id)
    .where('claim', '=', claim)
    .where('state', '=', 'sending')
    .execute();
}

/** A library's name, for "a new problem at …". */
export async function nameOfPartner(db: DbOrTx, id: number): Promise<string> {
  const row = await db.selectFrom('partners').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? '?';
}
