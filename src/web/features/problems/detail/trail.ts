import { formatDate } from '#domain/calendar';
import { ProblemCategory, ProblemStatus, type ProblemEvent } from '#domain/problems';
import { fieldLabel } from '#web/i18n/errors.ts';
import { lookup, type Dictionary } from '#web/i18n/messages.ts';
import '../messages.ts';

/** One line of what a trail entry changed: "Status: Terbuka → Ditangani", or just what was added. */
export interface TrailLine {
  key: string;
  label: string;
  /** null when something was added rather than changed. */
  from: string | null;
  to: string;
}

export interface TrailContext {
  dictionary: Dictionary;
  locale: string;
  /** What an action is about ("Ajukan anggaran ke BPD"), by its id; undefined for one no longer there. */
  actionName: (id: number) => string | undefined;
}

const none = '—';
/** A long description in full would bury the trail; the start says which text it was. */
const longest = 120;
const clip = (text: string) => (text.length > longest ? `${text.slice(0, longest - 1)}…` : text);

const say = (ctx: TrailContext, key: string, params?: Record<string, string | number>) => lookup(ctx.dictionary, key, params) ?? key;

/** A field of the problem, or of one of its actions, by the name the trail stores. */
function labelOf(field: string, ctx: TrailContext): string {
  return lookup(ctx.dictionary, `problemTrail.field.${field}`) ?? fieldLabel(field, ctx.dictionary);
}

/** One recorded value as a person reads it: names instead of codes, dates in the reader's format. */
export function valueText(field: string, value: unknown, ctx: TrailContext): string {
  if (value === null || value === undefined || value === '') return none;
  if (field === 'status') {
    const status = ProblemStatus.safeParse(value);
    if (status.success) return say(ctx, `problemStatus.${status.data}`);
  }
  if (field === 'category') {
    const category = ProblemCategory.safeParse(value);
    if (category.success) return say(ctx, `problemCategory.${category.data}`);
  }
  if (field === 'dueDate' && typeof value === 'string') return formatDate(value, ctx.locale);
  if (field === 'done' && typeof value === 'boolean') return say(ctx, value ? 'problemTrail.done' : 'problemTrail.notDone');
  if (field === 'gathering' && typeof value === 'number') return say(ctx, 'problemTrail.gathering', { id: value });
  if (typeof value === 'string') return clip(value);
  return clip(JSON.stringify(value));
}

/** An added action, in one line: what, who, by when. */
function addedText(value: unknown, ctx: TrailContext): string {
  if (typeof value !== 'object' || value === null) return none;
  const { what, owner, dueDate } = value as Record<string, unknown>;
  return say(ctx, 'problemTrail.added', {
    what: typeof what === 'string' ? clip(what) : none,
    owner: typeof owner === 'string' ? owner : none,
    due: typeof dueDate === 'string' ? formatDate(dueDate, ctx.locale) : none,
  });
}

/** `actions.12.dueDate` → the action's id and field. */
function actionField(path: string): { id: number; field: string } | null {
  const match = /^actions\.(\d+)\.(\w+)$/.exec(path);
  return match ? { id: Number(match[1]), field: match[2] ?? '' } : null;
}

/**
 * What an entry changed, field by field, in the reader's language. A change to an action names
 * the action ("Tindak lanjut “Ajukan anggaran” · Batas waktu"), since one history holds them all.
 */
export function trailLines(event: ProblemEvent, ctx: TrailContext): TrailLine[] {
  if (event.changes === null) return [];
  return Object.entries(event.changes).map(([path, { from, to }]) => {
    // Linked or unlinked: the entry's title says which, the line says which gathering.
    if (path === 'gathering') return { key: path, label: labelOf(path, ctx), from: null, to: valueText(path, to ?? from, ctx) };
    const action = actionField(path);
    if (action === null) return { key: path, label: labelOf(path, ctx), from: valueText(path, from, ctx), to: valueText(path, to, ctx) };
    if (action.field === 'added') return { key: path, label: say(ctx, 'problemTrail.action'), from: null, to: addedText(to, ctx) };
    const name = ctx.actionName(action.id);
    const subject = name === undefined ? say(ctx, 'problemTrail.action') : say(ctx, 'problemTrail.actionNamed', { what: clip(name) });
    const label = action.field === 'done' ? subject : `${subject} · ${labelOf(action.field, ctx)}`;
    return { key: path, label, from: valueText(action.field, from, ctx), to: valueText(action.field, to, ctx) };
  });
}
