import type { DbOrTx } from '#server/db/database';
import { gatheringsLinkingCourse } from './agenda.repository';

// What the courses feature asks of gatherings: whether a course is on some meeting's agenda, so
// deleting it would rewrite that meeting's record (decision 020, addendum).

/** The ids of the gatherings that introduce the course on an `elis` item. */
export function gatheringsIntroducingCourse(db: DbOrTx, courseId: number): Promise<number[]> {
  return gatheringsLinkingCourse(db, courseId);
}
