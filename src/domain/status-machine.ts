/**
 * A review workflow declared as data: its states, where a new item starts, and each transition
 * with the states it leaves from, the state it reaches, the permission it takes and whether the
 * one who takes it must say why. Activities (draft → submitted → verified / returned), stories
 * and problems each declare one; the rules of moving are written once, here.
 *
 * Scope (which region or partner) is not the machine's business: the owner checks it on the row
 * first, so an item outside the actor's scope is simply not there.
 */

/** `required`: no move without words (a return's reason, a problem's resolution); `optional`: a note may come along. */
export type CommentRule = 'required' | 'optional';

export interface TransitionSpec<S extends string, A extends string> {
  readonly from: readonly S[];
  readonly to: S;
  /** The permission (an action of `permissions.ts`) the actor's role must grant. */
  readonly by: A;
  /** Absent: the transition takes no comment. */
  readonly comment?: CommentRule;
}

export type TransitionRefusal = 'not_allowed' | 'wrong_status' | 'comment_required';

export interface StatusMachine<S extends string, T extends string, A extends string> {
  readonly states: readonly S[];
  readonly initial: S;
  readonly transitions: { readonly [K in T]: TransitionSpec<S, A> };
  /**
   * Why the actor may not take the transition now, or null when it may. Checked in this order:
   * the role's permission, then the current state, then the comment, so a reporter who may
   * never verify hears "not allowed" rather than "wrong state".
   */
  refusal(transition: T, now: { status: S; may: (action: A) => boolean; comment?: string | null | undefined }): TransitionRefusal | null;
  /** The transitions the actor may take from this state (ignoring comments, which come with the request). */
  available(status: S, may: (action: A) => boolean): T[];
}

/** Declares a machine; fails at load time when a transition names a state the machine does not have. */
export function statusMachine<const S extends string, const T extends string, const A extends string>(definition: {
  states: readonly S[];
  initial: NoInfer<S>;
  transitions: { readonly [K in T]: TransitionSpec<NoInfer<S>, A> };
}): StatusMachine<S, T, A> {
  const { states, initial, transitions } = definition;
  const known = new Set<string>(states);
  const unknown = (s: string) => !known.has(s);
  if (unknown(initial)) throw new Error(`initial state ${initial} is not one of ${states.join(', ')}`);
  const names = Object.keys(transitions) as T[];
  for (const name of names) {
    const t = transitions[name];
    const stray = [...t.from, t.to].filter(unknown);
    if (stray.length > 0) throw new Error(`transition ${name} names unknown states: ${stray.join(', ')}`);
    if (t.from.length === 0) throw new Error(`transition ${name} leaves from no state`);
  }

  const blocked = (name: T, status: S, may: (action: A) => boolean): 'not_allowed' | 'wrong_status' | null => {
    const t = transitions[name];
    if (!may(t.by)) return 'not_allowed';
    if (!t.from.includes(status)) return 'wrong_status';
    return null;
  };

  return {
    states,
    initial,
    transitions,
    refusal: (name, now) => {
      const reason = blocked(name, now.status, now.may);
      if (reason) return reason;
      return transitions[name].comment === 'required' && !now.comment?.trim() ? 'comment_required' : null;
    },
    available: (status, may) => names.filter((name) => blocked(name, status, may) === null),
  };
}
