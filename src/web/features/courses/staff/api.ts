import { z } from 'zod';
import { CourseList, CourseProgressReport, ElisProgress, LearnerCourse, LearnerLesson } from '#domain/course-learning';
import { AuthoredCourse, courseImageField, type CourseBody } from '#domain/courses';
import type { ExportFormat } from '#domain/exports';
import { Photo } from '#domain/photos';
import { api, ApiError, apiNoContent, upload, type UploadOptions } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';

// The staff's side of Elis: authoring (the national office) and the progress of learners in scope.

/** An id of 0 (a mistyped address) is not asked for: no course has it. */
function byId<Q extends object>(id: number, query: Q): Q {
  return id > 0 ? query : { ...query, queryFn: () => Promise.reject(new ApiError('not_found', 404, 'no such course')) };
}

/** Every course, drafts included: the authors' list. */
export const allCoursesQuery = () => apiQuery('/api/courses?status=all', CourseList);

export const authoredCourseQuery = (id: number) => byId(id, apiQuery(`/api/courses/${id}/authoring`, AuthoredCourse));

/** The course as a learner reads it (an author may read a draft so: the preview). */
export const learnerViewQuery = (id: number) => byId(id, apiQuery(`/api/courses/${id}`, LearnerCourse));

/** One lesson rendered by the server's rules, as a learner reads it. */
export const lessonViewQuery = (courseId: number, lessonId: number) =>
  apiQuery(`/api/courses/${courseId}/lessons/${lessonId}`, LearnerLesson);

const search = (params: Record<string, string | number | null>) => {
  const kept = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== null);
  return kept.length === 0 ? '' : `?${new URLSearchParams(kept.map(([k, v]) => [k, String(v)])).toString()}`;
};

/** Every course counted in a region (null: the asker's own scope). */
export const elisProgressQuery = (region: string | null) => apiQuery(`/api/courses/progress${search({ region })}`, ElisProgress);

export const courseProgressQuery = (id: number, region: string | null, page: number, pageSize: number) =>
  byId(id, apiQuery(`/api/courses/${id}/progress${search({ region, page, pageSize })}`, CourseProgressReport));

/** Every learner of the course in the region (null: the asker's own scope) as a file, not a page. */
export const courseProgressExportPath = (id: number, region: string | null, format: ExportFormat) =>
  `/api/courses/${id}/progress/export${search({ region, format })}`;

/** The KPI indicators a course may name, from every version of the profiles (as the server checks). */
const Profiles = z.object({
  items: z.array(z.object({ definition: z.object({ indicators: z.array(z.object({ code: z.string(), label: z.string() })) }) })),
});
export const indicatorsQuery = () => apiQuery('/api/kpi/profiles', Profiles);

export const createCourse = (body: CourseBody) => api('/api/courses', AuthoredCourse, { method: 'POST', body });

export const saveCourse = (id: number, body: CourseBody) => api(`/api/courses/${id}`, AuthoredCourse, { method: 'PUT', body });

export const publishCourse = (id: number) => api(`/api/courses/${id}/publish`, AuthoredCourse, { method: 'POST' });

export const unpublishCourse = (id: number) => api(`/api/courses/${id}/unpublish`, AuthoredCourse, { method: 'POST' });

export const deleteCourse = (id: number) => apiNoContent(`/api/courses/${id}`, { method: 'DELETE' });

/** A lesson picture, through the same checks as evidence photos on the server. */
export function uploadCourseImage(courseId: number, file: Blob, options: UploadOptions = {}) {
  const form = new FormData();
  form.append(courseImageField, file);
  return upload(`/api/courses/${courseId}/images`, form, Photo, options);
}
