import type { CreatePracticeBody, UpdatePracticeBody } from '#domain/practices';
import { Strategy } from '#domain/taxonomy';
import type { PracticeRow, PracticeTable } from './practice.table';

/** What an author writes: everything but the library, status and bookkeeping. */
export interface PracticeContent {
  title: string;
  summary: string;
  story: string;
  strategy: Strategy | null;
  testimony: string | null;
  testimonyBy: string | null;
  /** Sorted and without repeats, so an edit that only reorders them changes nothing. */
  activityIds: number[];
}

/** An empty text field means "none": stored as null, never as ''. */
const blankToNull = (s: string | null | undefined) => (s === undefined || s === null || s === '' ? null : s);
const idSet = (ids: readonly number[] | undefined) => [...new Set(ids ?? [])].sort((a, b) => a - b);

export function contentOfBody(body: CreatePracticeBody): PracticeContent {
  return {
    title: body.title,
    summary: body.summary,
    story: body.story,
    strategy: body.strategy ?? null,
    testimony: blankToNull(body.testimony),
    testimonyBy: blankToNull(body.testimonyBy),
    activityIds: idSet(body.activityIds),
  };
}

/** An edit laid over the stored content: absent fields keep their value, `null` clears. */
export function applyEdit(current: PracticeContent, patch: UpdatePracticeBody): PracticeContent {
  return {
    title: patch.title ?? current.title,
    summary: patch.summary ?? current.summary,
    story: patch.story ?? current.story,
    strategy: patch.strategy === undefined ? current.strategy : patch.strategy,
    testimony: patch.testimony === undefined ? current.testimony : blankToNull(patch.testimony),
    testimonyBy: patch.testimonyBy === undefined ? current.testimonyBy : blankToNull(patch.testimonyBy),
    activityIds: patch.activityIds === undefined ? current.activityIds : idSet(patch.activityIds),
  };
}

export function contentOfRow(row: PracticeRow, activityIds: readonly number[]): PracticeContent {
  return {
    title: row.title,
    summary: row.summary,
    story: row.story,
    strategy: row.strategy === null ? null : Strategy.parse(row.strategy),
    testimony: row.testimony,
    testimonyBy: row.testimony_by,
    activityIds: idSet(activityIds),
  };
}

type ContentColumns = Pick<PracticeTable, 'title' | 'summary' | 'story' | 'strategy' | 'testimony' | 'testimony_by'>;

/** The columns of the story's own row; the activity links live in their own table. */
export function columnsOfContent(c: PracticeContent): ContentColumns {
  return { title: c.title, summary: c.summary, story: c.story, strategy: c.strategy, testimony: c.testimony, testimony_by: c.testimonyBy };
}
