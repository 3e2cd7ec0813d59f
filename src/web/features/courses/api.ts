import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  CertificateCheck,
  CourseList,
  LearnerCourse,
  LearnerLesson,
  LearnerProgress,
  QuizResult,
  type QuizAttemptBody,
} from '#domain/course-learning';
import { api, ApiError } from '#web/api/client.ts';
import { apiKey, apiQuery } from '#web/api/queries.ts';
import { fetchKept, type CopyStore } from './keptCopies';

/**
 * A GET whose answer the device keeps, so the page opens again without a connection. Keyed apart
 * from plain API queries (its answer says whether it is the kept copy), and never under 'api'.
 */
function keptQuery<S extends z.ZodType>(path: string, schema: S, copies: CopyStore) {
  return queryOptions({
    queryKey: ['elis', 'kept', ...apiKey(path)],
    queryFn: ({ signal }) => fetchKept(path, schema, copies, () => api(path, schema, { signal })),
  });
}

const notFound = () => Promise.reject(new ApiError('not_found', 404, 'no such course or lesson'));

/** An id of 0 (a mistyped address) is not asked for: nothing has it. */
function unlessZero<T extends { queryFn?: unknown }>(ids: number[], query: T): T {
  return ids.every((id) => id > 0) ? query : { ...query, queryFn: notFound };
}

export const courseListQuery = (copies: CopyStore) => keptQuery('/api/courses', CourseList, copies);

export const courseQuery = (copies: CopyStore, id: number) => unlessZero([id], keptQuery(`/api/courses/${id}`, LearnerCourse, copies));

export const lessonQuery = (copies: CopyStore, courseId: number, lessonId: number) =>
  unlessZero([courseId, lessonId], keptQuery(`/api/courses/${courseId}/lessons/${lessonId}`, LearnerLesson, copies));

/** Every Elis answer the device keeps: what a page refreshes once the outbox has sent something. */
export const keptQueries = ['elis', 'kept'] as const;

export const enrolInCourse = (id: number) => api(`/api/courses/${id}/enrol`, LearnerProgress, { method: 'POST', body: {} });

export const completeLesson = (courseId: number, lessonId: number) =>
  api(`/api/courses/${courseId}/lessons/${lessonId}/complete`, LearnerProgress, { method: 'POST', body: {} });

export const submitQuiz = (courseId: number, moduleId: number, body: QuizAttemptBody) =>
  api(`/api/courses/${courseId}/modules/${moduleId}/quiz`, QuizResult, { method: 'POST', body });

/** The learner's certificate as a PDF; the server names the file and sends it as an attachment. */
export const certificatePdfUrl = (courseId: number) => `/api/courses/${courseId}/certificate.pdf`;

/** What a certificate says, for anyone holding its code; no session needed. */
export const certificateQuery = (code: string) => apiQuery(`/api/certificates/${encodeURIComponent(code)}`, CertificateCheck);
