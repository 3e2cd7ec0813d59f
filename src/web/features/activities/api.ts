import { queryOptions } from '@tanstack/react-query';
import {
  Activity,
  ActivityEvent,
  ActivityList,
  ActivityPhoto,
  ActivitySubtypeList,
  BulkVerifyResult,
  type CreateActivityBody,
  type UpdateActivityBody,
} from '#domain/activities';
import type { ExportFormat } from '#domain/exports';
import { photoField } from '#domain/photos';
import type { ActivityStatus, Strategy } from '#domain/taxonomy';
import { api, ApiError, apiNoContent, upload, type UploadOptions } from '#web/api/client.ts';
import { apiQuery, unchanging } from '#web/api/queries.ts';

export interface ActivityFilters {
  status?: ActivityStatus | undefined;
  strategy?: Strategy | undefined;
  from?: string | undefined;
  to?: string | undefined;
  partner?: number | undefined;
  region?: string | undefined;
  q?: string | undefined;
}

/** The query string of a list request: only the filters that are set. */
function listSearch(filters: ActivityFilters, page: number, pageSize: number, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

export const activitiesQuery = (filters: ActivityFilters, page: number, pageSize: number) =>
  apiQuery(`/api/activities?${listSearch(filters, page, pageSize, { sort: 'newest' })}`, ActivityList);

/** The export of the list as filtered now: every matching activity, no paging. */
export function activitiesExportPath(filters: ActivityFilters, format: ExportFormat): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return `/api/activities/export?${params.toString()}`;
}

export const reviewQueueQuery = (filters: Omit<ActivityFilters, 'status'>, page: number, pageSize: number) =>
  apiQuery(`/api/activities/review-queue?${listSearch(filters, page, pageSize)}`, ActivityList);

export const returnedQuery = apiQuery('/api/activities/returned?pageSize=20', ActivityList);

/** An id of 0 (a mistyped address) is not asked for: no activity has it. */
export function activityQuery(id: number) {
  const query = apiQuery(`/api/activities/${id}`, Activity);
  return id > 0 ? query : queryOptions({ ...query, queryFn: () => Promise.reject(new ApiError('not_found', 404, 'no such activity')) });
}

export const createActivity = (body: CreateActivityBody) => api('/api/activities', Activity, { method: 'POST', body });

export const updateActivity = (id: number, body: UpdateActivityBody) => api(`/api/activities/${id}`, Activity, { method: 'PATCH', body });

export const deleteActivity = (id: number) => apiNoContent(`/api/activities/${id}`, { method: 'DELETE' });

export const submitActivity = (id: number, comment?: string) =>
  api(`/api/activities/${id}/submit`, Activity, { method: 'POST', body: comment ? { comment } : {} });

export const verifyActivity = (id: number) => api(`/api/activities/${id}/verify`, Activity, { method: 'POST' });

export const returnActivity = (id: number, comment: string) =>
  api(`/api/activities/${id}/return`, Activity, { method: 'POST', body: { comment } });

export const reopenActivity = (id: number, reason: string) =>
  api(`/api/activities/${id}/reopen`, Activity, { method: 'POST', body: { reason } });

export const commentOnActivity = (id: number, text: string) =>
  api(`/api/activities/${id}/comments`, ActivityEvent, { method: 'POST', body: { text } });

export const bulkVerify = (ids: number[]) => api('/api/activities/bulk-verify', BulkVerifyResult, { method: 'POST', body: { ids } });

export function uploadPhoto(activityId: number, file: Blob, options: UploadOptions = {}) {
  const form = new FormData();
  form.append(photoField, file);
  return upload(`/api/activities/${activityId}/photos`, form, ActivityPhoto, options);
}

export const deletePhoto = (activityId: number, photoId: number) =>
  apiNoContent(`/api/activities/${activityId}/photos/${photoId}`, { method: 'DELETE' });

// Sub-types are data that changes only with a deployment: one request per visit is enough.
export const subtypesQuery = queryOptions({ ...apiQuery('/api/activity-subtypes', ActivitySubtypeList), ...unchanging });
