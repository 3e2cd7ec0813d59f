import { describe, expect, it } from 'vitest';
import { activityReview } from './activity-review';
import { statusMachine } from './status-machine';

// A story machine as the next issue describes praktik baik: draft → submitted → published,
// or returned with a comment. Declared here only to show the helper serves a second owner.
const story = statusMachine({
  states: ['draft', 'submitted', 'published', 'returned'],
  initial: 'draft',
  transitions: {
    submit: { from: ['draft', 'returned'], to: 'submitted', by: 'stories.write' },
    publish: { from: ['submitted'], to: 'published', by: 'stories.review' },
    return: { from: ['submitted'], to: 'returned', by: 'stories.review', comment: 'required' },
  },
});

const writer = (action: string) => action === 'stories.write';
const reviewer = (action: string) => action === 'stories.review';

describe('a status machine', () => {
  it('lets the role that holds the permission take a transition from one of its states', () => {
    expect(story.refusal('submit', { status: 'draft', may: writer })).toBeNull();
    expect(story.refusal('submit', { status: 'returned', may: writer })).toBeNull();
    expect(story.refusal('publish', { status: 'submitted', may: reviewer })).toBeNull();
    expect(story.transitions.publish.to).toBe('published');
    expect(story.initial).toBe('draft');
  });

  it('refuses a role without the permission before it looks at the state', () => {
    expect(story.refusal('publish', { status: 'submitted', may: writer })).toBe('not_allowed');
    expect(story.refusal('publish', { status: 'draft', may: writer })).toBe('not_allowed');
  });

  it('refuses a transition from a state it does not leave from', () => {
    expect(story.refusal('publish', { status: 'draft', may: reviewer })).toBe('wrong_status');
    expect(story.refusal('submit', { status: 'published', may: writer })).toBe('wrong_status');
  });

  it('refuses a transition that needs a comment without one, or with only blanks', () => {
    expect(story.refusal('return', { status: 'submitted', may: reviewer })).toBe('comment_required');
    expect(story.refusal('return', { status: 'submitted', may: reviewer, comment: null })).toBe('comment_required');
    expect(story.refusal('return', { status: 'submitted', may: reviewer, comment: '   ' })).toBe('comment_required');
    expect(story.refusal('return', { status: 'submitted', may: reviewer, comment: 'Tambahkan foto kegiatan.' })).toBeNull();
    // The state is judged first: a return from a draft is wrong whatever the comment.
    expect(story.refusal('return', { status: 'draft', may: reviewer })).toBe('wrong_status');
  });

  it('lists what an actor may take from a state, in declaration order, comments aside', () => {
    expect(story.available('submitted', reviewer)).toEqual(['publish', 'return']);
    expect(story.available('submitted', writer)).toEqual([]);
    expect(story.available('returned', writer)).toEqual(['submit']);
    expect(story.available('published', () => true)).toEqual([]);
  });

  it('fails at declaration when a transition names a state the machine does not have', () => {
    const states = ['terbuka', 'ditangani', 'selesai'];
    expect(() =>
      statusMachine({
        states,
        initial: 'terbuka',
        transitions: { close: { from: ['terbuka'], to: 'ditutup', by: 'problems.write' } },
      }),
    ).toThrow(/close names unknown states: ditutup/);
    expect(() => statusMachine({ states, initial: 'baru', transitions: {} })).toThrow(/initial state baru/);
    expect(() =>
      statusMachine({ states, initial: 'terbuka', transitions: { handle: { from: [], to: 'ditangani', by: 'problems.write' } } }),
    ).toThrow(/handle leaves from no state/);
  });
});

describe('the activity review machine', () => {
  const may =
    (...actions: string[]) =>
    (action: string) =>
      actions.includes(action);

  it('is the review loop of the design: submit, verify, return with a comment, reopen with a reason', () => {
    expect(activityReview.initial).toBe('draft');
    expect(activityReview.available('draft', may('activities.report'))).toEqual(['submit']);
    expect(activityReview.available('submitted', may('activities.review'))).toEqual(['verify', 'return']);
    expect(activityReview.available('verified', may('activities.review', 'activities.reopen'))).toEqual(['reopen']);
    expect(activityReview.available('returned', may('activities.report'))).toEqual(['submit']);
    expect(activityReview.transitions.return.to).toBe('returned');
    expect(activityReview.transitions.reopen.to).toBe('returned');
  });

  it('asks a reason for a return and a reopening, and takes an optional note with a submission', () => {
    const reviewer = may('activities.review', 'activities.reopen');
    expect(activityReview.refusal('return', { status: 'submitted', may: reviewer })).toBe('comment_required');
    expect(activityReview.refusal('reopen', { status: 'verified', may: reviewer, comment: '' })).toBe('comment_required');
    expect(activityReview.refusal('verify', { status: 'submitted', may: reviewer })).toBeNull();
    expect(activityReview.refusal('submit', { status: 'draft', may: may('activities.report') })).toBeNull();
    expect(activityReview.transitions.submit.comment).toBe('optional');
  });
});
