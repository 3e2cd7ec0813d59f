import { ReminderResponse, type ReminderBody } from '#domain/reminders';
import { api } from '#web/api/client.ts';

export const sendReminders = (body: ReminderBody) => api('/api/reminders', ReminderResponse, { method: 'POST', body });
