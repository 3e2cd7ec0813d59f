import type { QueryClient } from '@tanstack/react-query';
import { Account, AccountSession, type UpdateMeBody } from '#domain/accounts';
import { UnreadCount } from '#domain/notification-count';
import { MarkReadBody, NotificationList } from '#domain/notifications';
import { api } from '#web/api/client.ts';
import { apiKey, apiQuery } from '#web/api/queries.ts';

/** The bell's poll. */
export const unreadPath = '/api/notifications/unread';

export const pageSize = 30;

/** One page of the reader's notifications, newest first; `before` names the last one of the page above. */
export const notificationsQuery = (before: number | null) =>
  apiQuery(`/api/notifications?limit=${pageSize}${before === null ? '' : `&before=${before}`}`, NotificationList);

/** Marks read, and sets the bell to the count the server answers, so it changes at once on every screen. */
export async function markRead(client: QueryClient, body: MarkReadBody): Promise<void> {
  const { unread } = await api('/api/notifications/read', UnreadCount, { method: 'POST', body });
  client.setQueryData(apiKey(unreadPath), { unread });
}

/** The signed-in user with their notification settings (the first visit's session leaves these out). */
export const accountQuery = () => apiQuery('/api/auth/me', AccountSession);

/** The user's own e-mail address, its switch, or the language their notifications are written in. */
export const updateMe = (body: UpdateMeBody) => api('/api/auth/me', Account, { method: 'PATCH', body });
