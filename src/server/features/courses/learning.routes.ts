import { z } from 'zod';
import {
  CertificateCheck,
  CertificateCodeParam,
  CompleteLessonBody,
  CourseProgressExportQuery,
  CourseProgressQuery,
  CourseProgressReport,
  ElisProgress,
  ElisProgressQuery,
  EnrolBody,
  LearnerLesson,
  LearnerProgress,
  QuizAttemptBody,
  QuizResult,
} from '#domain/course-learning';
import { certificatePagePath } from '#domain/course-scoring';
import { RowIdParam } from '#domain/ids';
import { mediaTypes, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { exportProduces, sendExport } from '#server/features/exports/reply';
import { certificatePdf } from './certificate-pdf';
import { certificateOfLearner, verifyCertificate } from './certificates';
import { ignoreCourseMoments, type CourseListener } from './events';
import { completeLesson, enrol, submitQuiz } from './learning';
import { courseProgressExport, courseProgressSheet } from './progress-export';
import { learnerLessonFor } from './queries';
import { courseProgressReport, elisProgress } from './report';

const IdParams = z.strictObject({ id: RowIdParam });
const LessonParams = z.strictObject({ id: RowIdParam, lessonId: RowIdParam });
const ModuleParams = z.strictObject({ id: RowIdParam, moduleId: RowIdParam });

/**
 * Learning (enrol, read, mark done, take a quiz, the certificate), the public check of a
 * certificate, and the staff's view of progress in their scope.
 */
export const learningRoutesWith =
  (listener: CourseListener): Routes =>
  (base) => {
    const app = zodRoutes(base);

    app.get(
      '/api/courses/progress',
      {
        config: { access: 'courses.progress' },
        schema: {
          summary: 'Read the Elis progress of the learners in a region',
          tags: ['courses'],
          querystring: ElisProgressQuery,
          response: { 200: ElisProgress },
        },
      },
      (request) => elisProgress(app.db, actorOf(request), request.query.region),
    );

    app.post(
      '/api/courses/:id/enrol',
      {
        config: { access: 'courses.learn' },
        schema: {
          summary: 'Enrol in a published course',
          tags: ['courses'],
          errors: [409],
          params: IdParams,
          body: EnrolBody,
          response: { 200: LearnerProgress },
        },
      },
      (request) => enrol(app.db, actorOf(request), request.params.id, app.clock()),
    );

    app.get(
      '/api/courses/:id/lessons/:lessonId',
      {
        config: { access: 'courses.learn' },
        schema: { summary: 'Read one lesson of a course', tags: ['courses'], params: LessonParams, response: { 200: LearnerLesson } },
      },
      (request) => learnerLessonFor(app.db, actorOf(request), request.params.id, request.params.lessonId),
    );

    app.post(
      '/api/courses/:id/lessons/:lessonId/complete',
      {
        config: { access: 'courses.learn' },
        schema: {
          summary: 'Mark a lesson done',
          tags: ['courses'],
          errors: [409],
          params: LessonParams,
          body: CompleteLessonBody,
          response: { 200: LearnerProgress },
        },
      },
      (request) => completeLesson(app.db, actorOf(request), request.params.id, request.params.lessonId, app.clock(), listener),
    );

    app.post(
      '/api/courses/:id/modules/:moduleId/quiz',
      {
        config: { access: 'courses.learn' },
        schema: {
          summary: 'Answer a module’s quiz and get the score',
          tags: ['courses'],
          errors: [409],
          params: ModuleParams,
          body: QuizAttemptBody,
          response: { 200: QuizResult },
        },
      },
      (request) => submitQuiz(app.db, actorOf(request), request.params.id, request.params.moduleId, request.body, app.clock(), listener),
    );

    app.get(
      '/api/courses/:id/progress',
      {
        config: { access: 'courses.progress' },
        schema: {
          summary: 'Read the progress of each learner in a course, in one’s scope',
          tags: ['courses'],
          params: IdParams,
          querystring: CourseProgressQuery,
          response: { 200: CourseProgressReport },
        },
      },
      (request) => courseProgressReport(app.db, actorOf(request), request.params.id, request.query),
    );

    app.get(
      '/api/courses/:id/progress/export',
      {
        config: { access: 'courses.progress' },
        schema: {
          tags: ['courses'],
          produces: exportProduces,
          summary: "A course's learners in a region with their progress, as XLSX or CSV",
          params: IdParams,
          querystring: CourseProgressExportQuery,
        },
      },
      async (request, reply) => {
        const { stem, rows } = await courseProgressExport(app.db, actorOf(request), request.params.id, request.query.region);
        return sendExport(reply, { format: request.query.format, stem, sheet: courseProgressSheet, rows, now: app.clock() });
      },
    );

    app.get(
      '/api/courses/:id/certificate.pdf',
      {
        config: { access: 'courses.learn' },
        schema: {
          summary: 'Download one’s certificate of a completed course as PDF',
          tags: ['courses'],
          produces: [mediaTypes.pdf],
          params: IdParams,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const certificate = await certificateOfLearner(app.db, actor.id, request.params.id);
        // The QR code points at this server's public page, as the learner reached it.
        const verifyUrl = `${request.protocol}://${request.host}${certificatePagePath(certificate.code)}`;
        const pdf = await certificatePdf(certificate, verifyUrl);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="sertifikat-elis-${certificate.code}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );

    // Anyone holding a certificate's code may read what it says; codes are 60 random bits, so none can be guessed.
    app.get(
      '/api/certificates/:code',
      {
        config: { access: 'public' },
        schema: {
          summary: 'Check a certificate by its code (no login needed)',
          tags: ['courses'],
          params: CertificateCodeParam,
          response: { 200: CertificateCheck },
        },
      },
      (request) => verifyCertificate(app.db, request.params.code),
    );
  };

/** Nobody listens: for tests and tools that build the routes alone. */
export const learningRoutes = learningRoutesWith(ignoreCourseMoments);
