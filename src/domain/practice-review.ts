import { practiceStatuses } from './practices';
import { statusMachine } from './status-machine';

/**
 * The story review loop: the author submits a draft, or a fixed returned story with an optional
 * note; a facilitator or admin publishes it for the whole country, or returns it with what to
 * change. A published story stays published; featuring it is a mark on it, not a state.
 */
export const practiceReview = statusMachine({
  states: practiceStatuses,
  initial: 'draft',
  transitions: {
    submit: { from: ['draft', 'returned'], to: 'submitted', by: 'practices.write', comment: 'optional' },
    publish: { from: ['submitted'], to: 'published', by: 'practices.review' },
    return: { from: ['submitted'], to: 'returned', by: 'practices.review', comment: 'required' },
  },
});
export type PracticeTransition = keyof typeof practiceReview.transitions;
