import { z } from 'zod';
import { CourseList, CourseListQuery, LearnerCourse } from '#domain/course-learning';
import { AuthoredCourse, CreateCourseBody, UpdateCourseBody, courseBodyBytes } from '#domain/courses';
import { RowIdParam } from '#domain/ids';
import { zodRoutes, type Routes } from '#server/http/types';
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
      { config: { access: 'courses.learn' }, schema: { querystring: CourseListQuery, response: { 200: CourseList } } },
      (request) => coursesForActor(app.db, actorOf(request), request.query),
    );

    app.post(
      '/api/courses',
      {
        bodyLimit: courseBodyBytes,
        config: { access: 'courses.write' },
        schema: { body: CreateCourseBody, response: { 201: AuthoredCourse } },
      },
      async (request, reply) => {
        const id = await createCourse(app.db, actorOf(request), request.body, app.clock());
        return reply.status(201).send(await authoredCourseFor(app.db, id));
      },
    );

    app.get(
      '/api/courses/:id',
      { config: { access: 'courses.learn' }, schema: { params: IdParams, response: { 200: LearnerCourse } } },
      (request) => learnerCourseFor(app.db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/courses/:id/authoring',
      { config: { access: 'courses.write' }, schema: { params: IdParams, response: { 200: AuthoredCourse } } },
      (request) => authoredCourseFor(app.db, request.params.id),
    );

    app.put(
      '/api/courses/:id',
      {
        bodyLimit: courseBodyBytes,
        config: { access: 'courses.write' },
        schema: { params: IdParams, body: UpdateCourseBody, response: { 200: AuthoredCourse } },
      },
      async (request) => {
        await updateCourse(app.db, actorOf(request), request.params.id, request.body, app.clock(), listener);
        return authoredCourseFor(app.db, request.params.id);
      },
    );

    app.delete('/api/courses/:id', { config: { access: 'courses.write' }, schema: { params: IdParams } }, async (request, reply) => {
      await deleteCourse(app.db, request.params.id, app.config.uploadDir);
      return reply.status(204).send();
    });

    for (const [path, change] of [
      ['publish', publishCourse],
      ['unpublish', unpublishCourse],
    ] as const) {
      app.post(
        `/api/courses/:id/${path}`,
        { config: { access: 'courses.write' }, schema: { params: IdParams, response: { 200: AuthoredCourse } } },
        async (request) => {
          await change(app.db, actorOf(request), request.params.id, app.clock());
          return authoredCourseFor(app.db, request.params.id);
        },
      );
    }
  };

/** Nobody listens: for tests and tools that build the routes alone. */
export const courseRoutes = courseRoutesWith(ignoreCourseMoments);
