import { randomBytes } from 'node:crypto';
import type { CertificateCheck } from '#domain/course-learning';
import { certificateCodeAlphabet, certificateCodeLength, normalizeCertificateCode } from '#domain/course-scoring';
import { dateAtOffset, indonesianZones } from '#domain/calendar';
import type { DbOrTx } from '#server/db/database';
import { notFound } from '#server/http/errors';
import type { CourseCertificateRow, CourseRow } from './course.table';
import { findCertificate, findCertificateByCode, insertCertificate, learnerIdentity } from './progress.repository';

/**
 * 12 characters of Crockford base32 from the operating system's random source: 60 bits, so a
 * code cannot be guessed, and `GET /api/certificates/:code` cannot be walked through. 256 is a
 * multiple of 32, so every character is equally likely.
 */
export function newCertificateCode(): string {
  return [...randomBytes(certificateCodeLength)].map((b) => certificateCodeAlphabet[b % 32]).join('');
}

/**
 * Issues the learner's certificate for the course, once: a second call answers the first. It
 * says what was true when it was issued (the learner's name, their library, the course's title),
 * dated in Western Indonesian Time, the programme's reference clock.
 */
export async function issueCertificate(db: DbOrTx, userId: number, course: CourseRow, now: Date): Promise<CourseCertificateRow> {
  const existing = await findCertificate(db, userId, course.id);
  if (existing) return existing;
  const who = await learnerIdentity(db, userId);
  if (!who) throw new Error(`learner ${userId} vanished while completing course ${course.id}`);
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await insertCertificate(db, {
      code: newCertificateCode(),
      user_id: userId,
      course_id: course.id,
      learner_name: who.display_name ?? who.username,
      library_name: who.partner_name,
      course_title: course.title,
      issued_at: now.toISOString(),
      issued_on: dateAtOffset(now, indonesianZones.WIB),
    });
    if (row) return row;
    // Nothing inserted: either the learner's certificate arrived meanwhile, or (once in 2^60) the code was taken.
    const raced = await findCertificate(db, userId, course.id);
    if (raced) return raced;
  }
  throw new Error('could not find a free certificate code');
}

/** What the certificate says, for anyone who holds its code; the same 404 for a code malformed or unknown. */
export async function verifyCertificate(db: DbOrTx, typed: string): Promise<CertificateCheck> {
  const code = normalizeCertificateCode(typed);
  const row = code === null ? undefined : await findCertificateByCode(db, code);
  if (!row) throw notFound('certificate');
  return {
    code: row.code,
    name: row.learner_name,
    course: row.course_title,
    courseId: row.course_id,
    issuedOn: row.issued_on,
    ...(row.library_name ? { library: row.library_name } : {}),
  };
}

/** The learner's own certificate for the course, or 404 before they complete it. */
export async function certificateOfLearner(db: DbOrTx, userId: number, courseId: number): Promise<CourseCertificateRow> {
  const row = await findCertificate(db, userId, courseId);
  if (!row) throw notFound('certificate: complete every lesson and pass every quiz first');
  return row;
}
