import { randomUUID } from 'node:crypto';
import type { AuthoredCourse } from '#domain/courses';
import type { LearnerCourse } from '#domain/course-learning';
import type { Actor } from '#domain/permissions';
import { enrol } from '#server/features/courses/learning';
import { answersFor, completeCourse, courseBody, publishedCourse } from '#test/courses';
import { photoUpload, smallJpeg, type PartnerKey, type World } from './world';

/**
 * Elis in the reliability world, built the first time a case needs it: one published course in
 * which every partner's manager is enrolled (so the staff's progress view has learners in and
 * out of every scope, named with their partner's token) and every main actor has finished it
 * (so each has a certificate to download); a picture on it; fresh courses for cases that change one.
 */
export interface CourseWorld {
  course: AuthoredCourse;
  imageId: number;
  /** The national admin's certificate: it names no library, so a stranger may be shown it. */
  publicCode: string;
  quizAnswers(): { attemptId: string; answers: { questionId: number; choiceId: number }[] };
  freshCourse(published: boolean): Promise<AuthoredCourse>;
  freshImage(): Promise<{ courseId: number; imageId: number }>;
}

const worlds = new WeakMap<World, Promise<CourseWorld>>();

export function courseWorld(w: World): Promise<CourseWorld> {
  let built = worlds.get(w);
  if (!built) {
    built = build(w);
    worlds.set(w, built);
  }
  return built;
}

async function build(w: World): Promise<CourseWorld> {
  const pusat = w.agents.admin_pusat;
  const freshCourse = (published: boolean) => publishedCourse(pusat, courseBody({ title: w.unique('Kursus matriks') }), published);
  const upload = async (courseId: number) => {
    const res = await pusat.request({ method: 'POST', url: `/api/courses/${courseId}/images`, ...photoUpload(await smallJpeg(), 'file') });
    if (res.statusCode !== 201) throw new Error(`course image upload failed: ${res.statusCode} ${res.body}`);
    return res.json<{ id: number }>().id;
  };

  const course = await freshCourse(true);
  const imageId = await upload(course.id);
  for (const key of Object.keys(w.partners) as PartnerKey[]) {
    const p = w.partners[key];
    const manager: Actor = { id: p.managerId, role: 'pengelola', partnerId: p.id };
    await enrol(w.t.db, manager, course.id, w.t.clock.now());
  }
  for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan', 'pengelola'] as const) {
    await completeCourse(w.agents[role], course);
  }
  const mine = (await pusat.get(`/api/courses/${course.id}`)).json<LearnerCourse>();
  const publicCode = mine.progress?.certificateCode;
  if (!publicCode) throw new Error('the national admin has no certificate after completing the course');
  const first = course.modules[0];
  if (!first) throw new Error('the course has no module');

  return {
    course,
    imageId,
    publicCode,
    quizAnswers: () => ({ attemptId: randomUUID(), answers: answersFor(first) }),
    freshCourse,
    freshImage: async () => {
      const fresh = await freshCourse(false);
      return { courseId: fresh.id, imageId: await upload(fresh.id) };
    },
  };
}
