import { z } from 'zod';
import { Account } from '#domain/accounts';
import { Activity } from '#domain/activities';
import { LearnerCourse } from '#domain/course-learning';
import { AuthoredCourse } from '#domain/courses';
import { Gathering } from '#domain/gatherings';
import { Partner, PartnerDetail } from '#domain/partners';
import { Photo } from '#domain/photos';
import { Practice } from '#domain/practices';
import { Problem, ProblemAction } from '#domain/problems';

/**
 * The shapes many routes answer, written once in the document as named components and referred
 * to (`#/components/schemas/Activity`; `ActivityInput` where a route reads one) rather than
 * inlined in every route: a smaller document, and named types for a client generator. Kept here,
 * not as `.meta({ id })` on the domain schemas, so the web bundle's schemas stay as they are.
 */
export const namedSchemas = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries({
  Account,
  Activity,
  AuthoredCourse,
  Gathering,
  LearnerCourse,
  Partner,
  PartnerDetail,
  Photo,
  Practice,
  Problem,
  ProblemAction,
})) {
  namedSchemas.add(schema, { id });
}
