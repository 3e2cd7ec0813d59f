import { z } from 'zod';
import { RowId, RowIdParam } from './ids';

/**
 * The notifications API as the server answers it and the web app reads it. What happened is in
 * `notification-events.ts` and its words in `notification-texts.ts`, both server-side.
 */

export const Notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  /** Written in the reader's language. */
  text: z.string(),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationListQuery = z.strictObject({
  /** Only those not read yet. */
  unread: z.enum(['1', 'true']).optional(),
  /** Older than this notification id: the next page. */
  before: RowIdParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** Mark the named notifications read, or all of the reader's (`{all: true}`, an extension of the contract). */
export const MarkReadBody = z
  .strictObject({ ids: z.array(RowId).min(1).max(200).optional(), all: z.literal(true).optional() })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), {
    path: ['ids'],
    message: 'name the notifications to mark read (ids), or send all: true',
    params: { issue: 'required' },
  });
export type MarkReadBody = z.infer<typeof MarkReadBody>;
