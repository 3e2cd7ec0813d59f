import { CourseStatus } from '#domain/courses';
import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { mayAuthor } from './access';
import { listCourses } from './repository';

// The courses a gathering's agenda introduces: who may see one is the courses' own rule (a
// published course is everyone's, a draft only its authors'), so the gatherings feature asks here.

export interface CourseCard {
  id: number;
  title: string;
  status: CourseStatus;
}

/** The courses among these ids, by id; an id missing from the answer is no course. */
export async function courseCards(db: DbOrTx, ids: readonly number[]): Promise<Map<number, CourseCard>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await listCourses(db, CourseStatus.options, unique);
  return new Map(rows.map((r) => [r.id, { id: r.id, title: r.title, status: CourseStatus.parse(r.status) }]));
}

/** Whether the actor may see the course at all (the same rule as `GET /api/courses/:id`). */
export const courseVisibleTo = (actor: Actor, card: Pick<CourseCard, 'status'>) => card.status === 'published' || mayAuthor(actor);
