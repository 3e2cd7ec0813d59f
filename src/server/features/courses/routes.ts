import { z } from 'zod';
import { CourseList, CourseListQuery, LearnerCourse } from '#domain/course-learning';
import { AuthoredCourse, CreateCourseBody, UpdateCourseBody, courseBodyBytes } from '#domain/courses';
import { RowIdParam } from '#domain/ids';
import { NoContent, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { createCourse, deleteCourse, publishCourse, unpublishCourse, updateCourse } from './authoring';
import { ignoreCourseMoments, type CourseListener } from './events';
import { authoredCourseFor, coursesForActor, learnerCourseFor } from './queries';

const IdParams = z.strictObject({ id: RowIdParam });

/**
 * Courses: the list and the learner's view for everyone signed in; writing, publishing and
 * unpublishing for the national office, which reads its courses back with every answer at
 * `/authoring`. A whole course travels in one body, so its routes take up to 2 MB of JSON.
 */
export const courseRoutesWith =
  (listener: CourseListener): Routes =>
  (base) => {
    const app = zodRoutes(base);

    app.get(
      '/api/courses',
      {
        config: { access: 'courses.learn' },
        schema: {
          summary: 'List the published courses, with one’s progress',
          tags: ['courses'],
          querystring: CourseListQuery,
          response: { 200: CourseList },
        },
      },
      (request) => coursesForActor(app.db, actorOf(request), request.query),
    );

    app.post(
      '/api/courses',
      {
        bodyLimit: courseBodyBytes,
        config: { access: 'courses.write' },
        schema: {
          summary: 'Write a course as a draft, with its modules, lessons and quizzes',
          tags: ['courses'],
          errors: [409],
          body: CreateCourseBody,
          response: { 201: AuthoredCourse },
        },
      },
      async (request, reply) => {
        const id = await createCourse(app.db, actorOf(request), request.body, app.clock());
        return reply.status(201).send(await authoredCourseFor(app.db, id));
      },
    );

    app.get(
      '/api/courses/:id',
      {
        config: { access: 'courses.learn' },
        schema: {
          summary: 'Read a course as a learner, with one’s progress',
          tags: ['courses'],
          params: IdParams,
          response: { 200: LearnerCourse },
        },
      },
      (request) => learnerCourseFor(app.db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/courses/:id/authoring',
      {
        config: { access: 'courses.write' },
        schema: {
          summary: 'Read a course as its author, with the correct choices',
          tags: ['courses'],
          params: IdParams,
          response: { 200: AuthoredCourse },
        },
      },
      (request) => authoredCourseFor(app.db, request.params.id),
    );

    app.put(
      '/api/courses/:id',
      {
        bodyLimit: courseBodyBytes,
        config: { access: 'courses.write' },
        schema: {
          summary: 'Replace a course’s content, keeping progress on lessons that remain',
          tags: ['courses'],
          errors: [409],
          params: IdParams,
          body: UpdateCourseBody,
          response: { 200: AuthoredCourse },
        },
      },
      async (request) => {
        await updateCourse(app.db, actorOf(request), request.params.id, request.body, app.clock(), listener);
        return authoredCourseFor(app.db, request.params.id);
      },
    );

    app.delete(
      '/api/courses/:id',
      {
        config: { access: 'courses.write' },
        schema: {
          summary: 'Delete a course that no gathering names',
          tags: ['courses'],
          errors: [409],
          params: IdParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await deleteCourse(app.db, request.params.id, app.config.uploadDir);
        return reply.status(204).send();
      },
    );

    for (const [path, change, summary] of [
      ['publish', publishCourse, 'Publish a course to learners'],
      ['unpublish', unpublishCourse, 'Withdraw a published course from learners'],
    ] as const) {
      app.post(
        `/api/courses/:id/${path}`,
        {
          config: { access: 'courses.write' },
          schema: { summary, tags: ['courses'], errors: [409], params: IdParams, response: { 200: AuthoredCourse } },
        },
        async (request) => {
          await change(app.db, actorOf(request), request.params.id, app.clock());
          return authoredCourseFor(app.db, request.params.id);
        },
      );
    }
  };

/** Nobody listens: for tests and tools that build the routes alone. */
export const courseRoutes = courseRoutesWith(ignoreCourseMoments);
