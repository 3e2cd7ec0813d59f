import { queryOptions } from '@tanstack/react-query';
import type { ExportFormat } from '#domain/exports';
import { Photo } from '#domain/photos';
import {
  Practice,
  PracticeEvent,
  PracticeList,
  practicePhotoField,
  type CreatePracticeBody,
  type UpdatePracticeBody,
} from '#domain/practices';
import { api, ApiError, apiNoContent, upload, type UploadOptions } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';
import { listParams, listSearch, type PracticeFilters } from './filters';

export const practicesQuery = (filters: PracticeFilters, page: number, pageSize: number) =>
  apiQuery(`/api/practices?${listSearch(filters, page, pageSize)}`, PracticeList);

/** The list as filtered now, as a file: every matching story, no paging. */
export function practicesExportPath(filters: PracticeFilters, format: ExportFormat): string {
  const params = listParams(filters);
  params.set('format', format);
  return `/api/practices/export?${params.toString()}`;
}

/** An id of 0 (a mistyped address) is not asked for: no story has it. */
export function practiceQuery(id: number) {
  const query = apiQuery(`/api/practices/${id}`, Practice);
  return id > 0 ? query : queryOptions({ ...query, queryFn: () => Promise.reject(new ApiError('not_found', 404, 'no such story')) });
}

export const createPractice = (body: CreatePracticeBody) => api('/api/practices', Practice, { method: 'POST', body });

export const updatePractice = (id: number, body: UpdatePracticeBody) => api(`/api/practices/${id}`, Practice, { method: 'PATCH', body });

export const deletePractice = (id: number) => apiNoContent(`/api/practices/${id}`, { method: 'DELETE' });

export const submitPractice = (id: number, comment?: string) =>
  api(`/api/practices/${id}/submit`, Practice, { method: 'POST', body: comment ? { comment } : {} });

export const publishPractice = (id: number) => api(`/api/practices/${id}/publish`, Practice, { method: 'POST' });

export const returnPractice = (id: number, comment: string) =>
  api(`/api/practices/${id}/return`, Practice, { method: 'POST', body: { comment } });

export const featurePractice = (id: number, featured: boolean) =>
  api(`/api/practices/${id}/${featured ? 'feature' : 'unfeature'}`, Practice, { method: 'POST' });

export const commentOnPractice = (id: number, text: string) =>
  api(`/api/practices/${id}/comments`, PracticeEvent, { method: 'POST', body: { text } });

/** One photo of a story, in the multipart field the contract names (`file`). */
export function uploadPracticePhoto(practiceId: number, file: Blob, options: UploadOptions = {}) {
  const form = new FormData();
  form.append(practicePhotoField, file);
  return upload(`/api/practices/${practiceId}/photos`, form, Photo, options);
}

export const deletePracticePhoto = (practiceId: number, photoId: number) =>
  apiNoContent(`/api/practices/${practiceId}/photos/${photoId}`, { method: 'DELETE' });
