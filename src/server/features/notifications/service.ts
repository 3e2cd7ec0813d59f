import { notificationText } from '#domain/notification-texts';
import { linkOf, NotificationEvent } from '#domain/notification-events';
import type { MarkReadBody, Notification, NotificationList } from '#domain/notifications';
import { Language } from '#domain/accounts';
import type { DbOrTx } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import type { NotificationRow } from './notification.table';
import { activeRecipients, insertNotification, markRead, notificationsOf, ownIds, queueMail, unreadCount } from './repository';

/**
 * The one way anything tells people something. Other features announce their moments to their
 * listeners (`listeners.ts` turns those into events); a reminder calls `notify` itself.
 */
export interface Notifier {
  /**
   * Records the event for each recipient, in the caller's transaction when given one, so the
   * notice exists exactly when the change it tells of does; with mail on, the recipient's mail
   * is queued in the same transaction and sent later by the worker, off the request path.
   * Unknown and deactivated recipients are passed over; a recipient named twice is told once.
   */
  notify(db: DbOrTx, recipients: readonly number[], event: NotificationEvent): Promise<void>;
}

export function notifierFor(options: { mail: boolean; clock: () => Date }): Notifier {
  return {
    async notify(db, recipients, event) {
      const parsed = NotificationEvent.parse(event);
      const { kind, ...params } = parsed;
      const at = options.clock().toISOString();
      for (const recipient of await activeRecipients(db, [...new Set(recipients)])) {
        const id = await insertNotification(db, {
          user_id: recipient.id,
          kind,
          params: JSON.stringify(params),
          link: linkOf(parsed),
          created_at: at,
          read_at: null,
        });
        if (options.mail && recipient.email && recipient.email_notifications === 1) await queueMail(db, id, at);
      }
    },
  };
}

/** The stored event of a row; a row that no longer parses is a bug to see, not to hide. */
export function eventOf(row: { kind: string; params: string }): NotificationEvent {
  return NotificationEvent.parse({ ...(JSON.parse(row.params) as object), kind: row.kind });
}

export const languageOf = (stored: string): Language => Language.catch('id').parse(stored);

function toNotification(row: NotificationRow, language: Language): Notification {
  return {
    id: row.id,
    kind: row.kind,
    text: notificationText(eventOf(row), language),
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** The reader's own notifications, newest first, in the language they chose last, with their unread count. */
export async function notificationsFor(
  db: DbOrTx,
  userId: number,
  query: { unread?: string | undefined; before?: number | undefined; limit: number },
): Promise<NotificationList> {
  const [recipient] = await activeRecipients(db, [userId]);
  const language = languageOf(recipient?.language ?? 'id');
  const rows = await notificationsOf(db, userId, { unreadOnly: query.unread !== undefined, before: query.before, limit: query.limit });
  return { items: rows.map((row) => toNotification(row, language)), unread: await unreadCount(db, userId) };
}

export const unreadOf = async (db: DbOrTx, userId: number) => ({ unread: await unreadCount(db, userId) });

/**
 * Marks the reader's notifications read. Another person's notification is as unknown as one
 * that never was (404, nothing marked), so ids cannot be probed; marking one twice is no error.
 */
export async function markNotificationsRead(db: DbOrTx, userId: number, body: MarkReadBody, now: Date): Promise<{ unread: number }> {
  const at = now.toISOString();
  if (body.ids) {
    const own = await ownIds(db, userId, body.ids);
    const unknown = body.ids.flatMap((id, i) =>
      own.has(id) ? [] : [{ field: `ids.${i}`, issue: 'not_found', message: `no notification ${id}` }],
    );
    if (unknown.length > 0) throw new ApiError('not_found', 'no such notification', unknown);
    await markRead(db, userId, body.ids, at);
  } else {
    await markRead(db, userId, 'all', at);
  }
  return unreadOf(db, userId);
}
