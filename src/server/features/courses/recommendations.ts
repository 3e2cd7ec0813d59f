import type { RecommendedCourse } from '#domain/course-learning';
import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { progressInCourses } from './progress';
import { managerIdsOf } from './progress.repository';
import { listCourses, modulesOfCourses } from './repository';
import { codesOf } from './tree';

/** An indicator as the rapor scored it: its code and how much of its target was met (1 = met). */
export interface ScoredIndicator {
  code: string;
  ratio: number;
}

/**
 * The published courses that serve the partner's indicators below target, as the rapor scored
 * them (never recomputed here): one entry per course, for the indicator furthest from its target
 * that it serves, with the module that serves it most closely. Progress is the asker's own when
 * a manager of the library asks, else that of the library's manager who has come furthest.
 */
export async function recommendedCoursesFor(
  db: DbOrTx,
  actor: Actor,
  partnerId: number,
  indicators: readonly ScoredIndicator[],
): Promise<RecommendedCourse[]> {
  const below = indicators
    .map((indicator, order) => ({ ...indicator, order }))
    .filter((i) => i.ratio < 1)
    .sort((a, b) => a.ratio - b.ratio || a.order - b.order);
  if (below.length === 0) return [];
  const picks = (await listCourses(db, ['published'])).flatMap((course) => {
    const codes = codesOf(course.indicator_codes);
    const indicator = below.find((i) => codes.includes(i.code));
    return indicator ? [{ course, indicator }] : [];
  });
  if (picks.length === 0) return [];
  const ids = picks.map((p) => p.course.id);
  const modules = await modulesOfCourses(db, ids);
  const learners = actor.role === 'pengelola' && actor.partnerId === partnerId ? [actor.id] : await managerIdsOf(db, partnerId);
  const progress = await Promise.all(learners.map((id) => progressInCourses(db, id, ids)));

  return picks
    .sort(
      (a, b) =>
        a.indicator.ratio - b.indicator.ratio || a.indicator.order - b.indicator.order || a.course.title.localeCompare(b.course.title),
    )
    .map(({ course, indicator }) => {
      const serving = modules
        .filter((m) => m.course_id === course.id)
        .map((m) => ({ ...m, codes: codesOf(m.indicator_codes) }))
        .filter((m) => m.codes.includes(indicator.code))
        .sort((a, b) => a.codes.length - b.codes.length || a.position - b.position)[0];
      const furthest = progress
        .map((p) => p.get(course.id))
        .filter((p) => p !== undefined)
        .sort((a, b) => b.percent - a.percent || a.enrolledAt.localeCompare(b.enrolledAt))[0];
      return {
        id: course.id,
        title: course.title,
        indicatorCode: indicator.code,
        module: serving ? { id: serving.id, title: serving.title } : null,
        ...(furthest
          ? { progress: { enrolledAt: furthest.enrolledAt, percent: furthest.percent, completedAt: furthest.completedAt } }
          : {}),
      };
    });
}
