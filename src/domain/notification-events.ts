import { z } from 'zod';
import { certificatePagePath } from './course-scoring';
import { RowId } from './ids';

/**
 * What a person is told about (DESIGN "Reporting regularity and notifications"). Each event
 * carries the facts its words need, so the words can be written when it is read, in the
 * language the reader chose then; the words themselves are in `notification-texts.ts`, which
 * the web app never loads (the server sends `text` ready to show).
 */
const title = z.string();
const comment = z.string();
/** The display name (or username) of whoever made it happen. */
const by = z.string();

export const NotificationEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report_returned'), activityId: RowId, title, comment }),
  z.object({ kind: z.literal('report_verified'), activityId: RowId, title }),
  z.object({ kind: z.literal('report_commented'), activityId: RowId, title, comment, by }),
  z.object({ kind: z.literal('story_returned'), practiceId: RowId, title, comment }),
  z.object({ kind: z.literal('story_published'), practiceId: RowId, title }),
  z.object({ kind: z.literal('story_featured'), practiceId: RowId, title }),
  z.object({ kind: z.literal('story_commented'), practiceId: RowId, title, comment, by }),
  z.object({ kind: z.literal('problem_raised'), problemId: RowId, title, partner: z.string() }),
  z.object({ kind: z.literal('problem_commented'), problemId: RowId, title, comment, by }),
  z.object({ kind: z.literal('action_assigned'), problemId: RowId, title, what: z.string(), dueDate: z.string() }),
  z.object({ kind: z.literal('certificate_issued'), course: z.string(), code: z.string() }),
  /** A reminder from staff (or the automatic monthly one): their message, and where to act on it (default: report an activity). */
  z.object({ kind: z.literal('reminder'), message: z.string(), by: z.string().optional(), link: z.string().startsWith('/').optional() }),
]);
export type NotificationEvent = z.infer<typeof NotificationEvent>;
export type NotificationKind = NotificationEvent['kind'];

/** The web path of what the event is about: every notification leads somewhere. */
export function linkOf(event: NotificationEvent): string {
  switch (event.kind) {
    case 'report_returned':
    case 'report_verified':
    case 'report_commented':
      return `/kegiatan/${event.activityId}`;
    case 'story_returned':
    case 'story_published':
    case 'story_featured':
    case 'story_commented':
      return `/praktik-baik/${event.practiceId}`;
    case 'problem_raised':
    case 'problem_commented':
    case 'action_assigned':
      return `/kendala/${event.problemId}`;
    case 'certificate_issued':
      return certificatePagePath(event.code);
    case 'reminder':
      return event.link ?? '/lapor';
  }
}
