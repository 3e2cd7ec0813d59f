import { ReminderBody, ReminderResponse } from '#domain/reminders';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { sendReminders } from './service';

/** Staff remind silent libraries in their scope (the completeness screen's silent list). */
export const reminderRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.post(
    '/api/reminders',
    {
      config: { access: 'reminders.send' },
      schema: {
        summary: 'Remind silent partner libraries to report',
        tags: ['reminders'],
        body: ReminderBody,
        response: { 200: ReminderResponse },
      },
    },
    async (request) => sendReminders(app.db, app.notifier, actorOf(request), request.body, app.clock()),
  );
};
