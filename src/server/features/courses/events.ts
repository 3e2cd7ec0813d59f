import type { DbOrTx } from '#server/db/database';

/**
 * A learner's certificate was issued: the one moment of Elis that its learner is told of. It
 * is announced in the transaction that completed the course, so the notice and the certificate
 * are written together or not at all.
 */
export interface CertificateIssued {
  kind: 'certificate_issued';
  userId: number;
  courseId: number;
  courseTitle: string;
  code: string;
  at: string;
}

export type CourseListener = (db: DbOrTx, moment: CertificateIssued) => Promise<void>;

/** For callers nobody need hear from (the demo seed, the importer, factories). */
export const ignoreCourseMoments: CourseListener = () => Promise.resolve();
