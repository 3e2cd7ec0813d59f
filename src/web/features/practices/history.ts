import type { PracticeEvent } from '#domain/practices';
import { valueText, type ChangeLine } from '#web/features/activities/detail/history.ts';
import { fieldLabel } from '#web/i18n/errors.ts';
import { lookup, type Dictionary } from '#web/i18n/messages.ts';
import './messages.ts';

interface Context {
  dictionary: Dictionary;
  locale: string;
}

/** Linked activities are ids; a reader wants how many, the story page lists which. */
function activitiesText(value: unknown, ctx: Context): string {
  const count = Array.isArray(value) ? value.length : 0;
  return lookup(ctx.dictionary, 'practice.history.activities', { count }) ?? String(count);
}

/** What an edit changed, field by field, in the reader's language; photo entries say what they are in their title. */
export function practiceChangeLines(event: PracticeEvent, ctx: Context): ChangeLine[] {
  if (event.changes === null || event.kind !== 'edited') return [];
  const values = { ...ctx, subtypeLabel: (code: string) => code };
  return Object.entries(event.changes).map(([field, { from, to }]) => ({
    field,
    label: fieldLabel(field, ctx.dictionary),
    from: field === 'activityIds' ? activitiesText(from, ctx) : valueText(field, from, values),
    to: field === 'activityIds' ? activitiesText(to, ctx) : valueText(field, to, values),
  }));
}

/**
 * The thread: every entry that came with words, oldest first — a return's reason, a note sent
 * with a story again, and the comments.
 */
export const threadOf = (history: readonly PracticeEvent[]): PracticeEvent[] => history.filter((e) => e.comment !== null);

/** The reviewer's last return, for the author to read first; null when the story is not returned. */
export function lastReturn(history: readonly PracticeEvent[]): PracticeEvent | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const event = history[i];
    if (event?.kind === 'returned') return event;
  }
  return null;
}
