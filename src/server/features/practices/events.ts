import type { Tx } from '#server/db/database';

/**
 * The moments of a story that others will want to hear of (notifications come in a later issue):
 * it was sent for review, published, returned with a reason, featured, or commented on. The
 * service announces each one inside the transaction that made it, after the change is written,
 * so a listener that records a notification there writes it with the change or not at all.
 * A listener must not do slow work (mail) in the transaction: it queues it instead.
 */
export interface PracticeMoment {
  kind: 'submitted' | 'published' | 'returned' | 'featured' | 'commented';
  practiceId: number;
  title: string;
  partnerId: number;
  /** The library's region, for "a story in your region". */
  regionCode: string;
  /** Who wrote the story: the one a return, a publication or a comment concerns first. */
  authorId: number;
  /** Who made the moment. */
  actorId: number;
  at: string;
  /** The return's reason, the comment, or the note sent with a submission. */
  comment: string | null;
}

export type PracticeListener = (tx: Tx, moment: PracticeMoment) => Promise<void>;

/** Nobody listens yet. */
export const ignorePracticeMoments: PracticeListener = () => Promise.resolve();
