import type { Tx } from '#server/db/database';

/**
 * The moments of a report that others will want to hear of: it was sent for review, verified,
 * returned or reopened with a reason, or commented on. The review loop announces each one
 * inside the transaction that made it, after the change is written, so a listener that records
 * a notification there writes it with the change or not at all. A listener must not do slow
 * work (mail) in the transaction: it queues it instead.
 */
export interface ActivityMoment {
  kind: 'submitted' | 'verified' | 'returned' | 'reopened' | 'commented';
  activityId: number;
  title: string;
  partnerId: number;
  regionCode: string;
  /** Who reported it: the one a review or a comment concerns first. */
  reporterId: number;
  /** Who made the moment. */
  actorId: number;
  at: string;
  /** The return's comment, the reopening's reason, the comment, or the note sent with a submission. */
  comment: string | null;
}

export type ActivityListener = (tx: Tx, moment: ActivityMoment) => Promise<void>;

/** For callers nobody need hear from (the demo seed, factories). */
export const ignoreActivityMoments: ActivityListener = () => Promise.resolve();
