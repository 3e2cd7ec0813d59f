import { statusMachine } from './status-machine';
import { activityStatuses } from './taxonomy';

/**
 * The activity review loop: the reporter submits a draft, or a fixed returned report with an
 * optional note; a reviewer verifies it or returns it with what to fix; a verified activity is
 * locked until an admin reopens it with a reason, and then it is back with the reporter as returned.
 */
export const activityReview = statusMachine({
  states: activityStatuses,
  initial: 'draft',
  transitions: {
    submit: { from: ['draft', 'returned'], to: 'submitted', by: 'activities.report', comment: 'optional' },
    verify: { from: ['submitted'], to: 'verified', by: 'activities.review' },
    return: { from: ['submitted'], to: 'returned', by: 'activities.review', comment: 'required' },
    reopen: { from: ['verified'], to: 'returned', by: 'activities.reopen', comment: 'required' },
  },
});
export type ActivityTransition = keyof typeof activityReview.transitions;
