import { UnreadCount } from '#domain/notification-count';
import { MarkReadBody, NotificationList, NotificationListQuery } from '#domain/notifications';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { markNotificationsRead, notificationsFor, unreadOf } from './service';

/**
 * Each person's own notifications: every signed-in user has them, and reads and marks only
 * their own, so the routes need a session and nothing more; the service looks only at the
 * asker's rows.
 */
export const notificationRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/notifications',
    {
      config: { access: 'session' },
      schema: {
        summary: 'List one’s notifications, newest first',
        tags: ['notifications'],
        querystring: NotificationListQuery,
        response: { 200: NotificationList },
      },
    },
    (request) => notificationsFor(app.db, actorOf(request).id, request.query),
  );

  // The bell's poll: one count, no texts.
  app.get(
    '/api/notifications/unread',
    {
      config: { access: 'session' },
      schema: { summary: 'Count one’s unread notifications', tags: ['notifications'], response: { 200: UnreadCount } },
    },
    (request) => unreadOf(app.db, actorOf(request).id),
  );

  app.post(
    '/api/notifications/read',
    {
      config: { access: 'session' },
      schema: { summary: 'Mark notifications read', tags: ['notifications'], body: MarkReadBody, response: { 200: UnreadCount } },
    },
    (request) => markNotificationsRead(app.db, actorOf(request).id, request.body, app.clock()),
  );
};
