import { can, inScope, type Action, type Actor, type Scoped } from './permissions';
import { practiceReview, type PracticeTransition } from './practice-review';
import { practiceOperations, practiceStatuses, type PracticeOperation, type PracticeStatus } from './practices';

/**
 * Who may see and do what to a story. A published story is the whole country's to read; until
 * then it stays with its library's managers and the reviewers whose scope holds it. Everything
 * else happens in scope: a library's manager writes its own library's stories, facilitators and
 * admins of the region review them, provincial and national admins feature them.
 */

/** A story's place: its library and the library's region, its status and whether it is featured. */
export interface PracticeScoped extends Scoped {
  partnerId: number;
  status: PracticeStatus;
  featured: boolean;
}

const moving = (t: PracticeTransition) => ({ action: practiceReview.transitions[t].by, from: practiceReview.transitions[t].from });
const whileWritten: readonly PracticeStatus[] = ['draft', 'returned'];
const rules: Record<PracticeOperation, { action: Action; from: readonly PracticeStatus[] }> = {
  edit: { action: 'practices.write', from: whileWritten },
  delete: { action: 'practices.write', from: whileWritten },
  submit: moving('submit'),
  publish: moving('publish'),
  return: moving('return'),
  feature: { action: 'practices.feature', from: ['published'] },
  unfeature: { action: 'practices.feature', from: ['published'] },
  comment: { action: 'practices.comment', from: practiceStatuses },
  addPhoto: { action: 'practices.write', from: whileWritten },
  removePhoto: { action: 'practices.write', from: whileWritten },
};

/** Statuses from which an operation starts, for a conditional update that loses no race. */
export const practiceOperationFrom = (operation: PracticeOperation): readonly PracticeStatus[] => rules[operation].from;

const writesOrReviews = (actor: Actor) => can(actor, 'practices.write') || can(actor, 'practices.review');

/** The story's own circle: its library's managers and the reviewers (and admins) in scope. */
export function inPracticeCircle(actor: Actor, story: PracticeScoped): boolean {
  return writesOrReviews(actor) && inScope(actor, story);
}

/** True when the story exists for the actor: published, or within the actor's circle. */
export function practiceVisible(actor: Actor, story: PracticeScoped): boolean {
  if (!can(actor, 'practices.read')) return false;
  return story.status === 'published' || inPracticeCircle(actor, story);
}

/** The trail and its thread (a return's reason, the review discussion) stay in the story's region. */
export function seesPracticeTrail(actor: Actor, story: PracticeScoped): boolean {
  return practiceVisible(actor, story) && inScope(actor, story);
}

export type PracticeRefusal = 'not_visible' | 'not_allowed' | 'out_of_scope' | 'wrong_status';

/**
 * Why the actor may not do the operation, or null when it may. In this order: a story the actor
 * cannot see is not there (404); a role without the right, or a reader of a published story
 * outside its region, is refused (403); a story in the wrong status is a conflict (409).
 */
export function practiceRefusal(actor: Actor, story: PracticeScoped, operation: PracticeOperation): PracticeRefusal | null {
  if (!practiceVisible(actor, story)) return 'not_visible';
  const rule = rules[operation];
  if (!can(actor, rule.action)) return 'not_allowed';
  if (!inScope(actor, story)) return 'out_of_scope';
  if (!rule.from.includes(story.status)) return 'wrong_status';
  return null;
}

/** The operations to offer now: featuring an already featured story (or the reverse) changes nothing, so it is not offered. */
export function allowedPracticeOperations(actor: Actor, story: PracticeScoped): PracticeOperation[] {
  return practiceOperations.filter((op) => {
    if (op === 'feature' && story.featured) return false;
    if (op === 'unfeature' && !story.featured) return false;
    return practiceRefusal(actor, story, op) === null;
  });
}

/** A new story is written for a library inside the actor's scope (a manager: its own library). */
export function mayWritePracticeFor(actor: Actor, partner: { id: number; regionCode: string }): boolean {
  return can(actor, 'practices.write') && inScope(actor, { regionCode: partner.regionCode, partnerId: partner.id });
}

/** The unpublished stories an actor may list, as a filter a query can apply: the circle of `inPracticeCircle`. */
export type PracticeCircle =
  { kind: 'none' } | { kind: 'everywhere' } | { kind: 'partner'; partnerId: number } | { kind: 'region'; regionCode: string };

export function practiceCircle(actor: Actor): PracticeCircle {
  if (!writesOrReviews(actor)) return { kind: 'none' };
  if (actor.role === 'pengelola') return actor.partnerId === null ? { kind: 'none' } : { kind: 'partner', partnerId: actor.partnerId };
  return actor.regionCode === null ? { kind: 'everywhere' } : { kind: 'region', regionCode: actor.regionCode };
}
