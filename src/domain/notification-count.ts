import { z } from 'zod';

/**
 * The bell's answer: how many of the reader's notifications are unread. Alone in its module
 * because the bell is on every screen, so this ships with the first visit and the rest of the
 * notifications API (`notifications.ts`) loads with the list page.
 */
export const UnreadCount = z.object({ unread: z.number().int() });
