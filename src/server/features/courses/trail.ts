import { CourseEventKind, type CourseEvent } from '#domain/courses';
import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import { dropTrail, recordAudit, trailOf, type AuditInput } from '#server/features/audit/trail';

// A course's history (created, edited, published, unpublished, pictures) is the shared audit trail.

export const courseRef = (id: number): OwnerRef => ({ kind: 'course', id });

export function auditCourse(db: DbOrTx, courseId: number, entry: AuditInput<CourseEventKind>): Promise<number> {
  return recordAudit(db, courseRef(courseId), entry);
}

export function courseHistory(db: DbOrTx, courseId: number): Promise<CourseEvent[]> {
  return trailOf(db, courseRef(courseId), CourseEventKind);
}

export function dropCourseTrail(db: DbOrTx, courseId: number): Promise<void> {
  return dropTrail(db, courseRef(courseId));
}
