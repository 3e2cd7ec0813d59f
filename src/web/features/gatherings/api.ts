import { queryOptions } from '@tanstack/react-query';
import type { CreateGatheringActionBody, UpdateGatheringActionBody } from '#domain/gathering-actions';
import { CourseList } from '#domain/course-learning';
import type { ExportFormat } from '#domain/exports';
import { AttendanceImportResult } from '#domain/gathering-attendance';
import {
  AgendaItem,
  Gathering,
  GatheringAction,
  GatheringList,
  type CreateGatheringBody,
  type UpdateGatheringBody,
} from '#domain/gatherings';
import { PracticeList } from '#domain/practices';
import { ProblemList } from '#domain/problems';
import { api, ApiError } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';

export const gatheringsQuery = (region: string | null) =>
  apiQuery(region ? `/api/gatherings?region=${encodeURIComponent(region)}` : '/api/gatherings', GatheringList);

/** An id of 0 (a mistyped address) is not asked for: no gathering has it. */
export function gatheringQuery(id: number) {
  const query = apiQuery(`/api/gatherings/${id}`, Gathering);
  return id > 0 ? query : queryOptions({ ...query, queryFn: () => Promise.reject(new ApiError('not_found', 404, 'no such gathering')) });
}

export const createGathering = (body: CreateGatheringBody) => api('/api/gatherings', Gathering, { method: 'POST', body });

export const updateGathering = (id: number, body: UpdateGatheringBody) =>
  api(`/api/gatherings/${id}`, Gathering, { method: 'PATCH', body });

export const writeMinutes = (id: number, itemId: number, minutes: string) =>
  api(`/api/gatherings/${id}/agenda/${itemId}/minutes`, AgendaItem, { method: 'PUT', body: { minutes } });

export const addFollowUp = (id: number, itemId: number, body: CreateGatheringActionBody) =>
  api(`/api/gatherings/${id}/agenda/${itemId}/actions`, GatheringAction, { method: 'POST', body });

export const updateFollowUp = (id: number, itemId: number, actionId: number, body: UpdateGatheringActionBody) =>
  api(`/api/gatherings/${id}/agenda/${itemId}/actions/${actionId}`, GatheringAction, { method: 'PATCH', body });

export const markAttended = (id: number, partnerId: number) =>
  api(`/api/gatherings/${id}/attendance`, Gathering, { method: 'POST', body: { partnerIds: [partnerId] } });

export const unmarkAttended = (id: number, partnerId: number) =>
  api(`/api/gatherings/${id}/attendance/${partnerId}`, Gathering, { method: 'DELETE' });

export const importAttendance = (id: number, text: string, dryRun: boolean) =>
  api(`/api/gatherings/${id}/attendance/import${dryRun ? '?dryRun=1' : ''}`, AttendanceImportResult, { method: 'POST', body: { text } });

export const attendanceFile = (id: number, format: 'csv' | 'pdf') => `/api/gatherings/${id}/attendance.${format}`;
export const packFile = (id: number) => `/api/gatherings/${id}/pack.pdf`;
/** The attendance list as a spreadsheet, through the exports every list has (the PDF is `attendanceFile`). */
export const attendanceExportPath = (id: number, format: ExportFormat) => `/api/gatherings/${id}/attendance/export?format=${format}`;

/** Published stories whose words match, from the whole country: what an agenda may share. */
export const publishedStoriesQuery = (q: string) =>
  apiQuery(`/api/practices?${new URLSearchParams({ status: 'published', q, pageSize: '10' }).toString()}`, PracticeList);

/** The problems of a region still being worked on: what an agenda may work through. */
export const openProblemsQuery = (region: string) =>
  apiQuery(`/api/problems?${new URLSearchParams({ region, status: 'terbuka,ditangani', pageSize: '500' }).toString()}`, ProblemList);

/** The published Elis courses: what an agenda may introduce (few, so all of them at once). */
export const publishedCoursesQuery = apiQuery('/api/courses', CourseList);
