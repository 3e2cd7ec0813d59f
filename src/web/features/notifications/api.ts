import type { QueryClient } from '@tanstack/react-query';
import { MarkReadBody, NotificationList, UnreadCount } from '#domain/notifications';
import { api } from '#web/api/client.ts';
import { apiKey, apiQuery } from '#web/api/queries.ts';
import { unreadPath } from '#web/shell/NotificationBell.tsx';

export const pageSize = 30;

/** One page of the reader's notifications, newest first; `before` names the last one of the page above. */
export const notificationsQuery = (before: number | null) =>
  apiQuery(`/api/notifications?limit=${pageSize}${before === null ? '' : `&before=${before}`}`, NotificationList);

/** Marks read, and sets the bell to the count the server answers, so it changes at once on every screen. */
export async function markRead(client: QueryClient, body: MarkReadBody): Promise<void> {
  const { unread } = await api('/api/notifications/read', UnreadCount, { method: 'POST', body });
  client.setQueryData(apiKey(unreadPath), { unread });
}
