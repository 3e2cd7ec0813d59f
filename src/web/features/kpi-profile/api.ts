import {
  KpiProfileVersion,
  KpiProfileVersionList,
  ProfilePreviewResponse,
  type ProfilePreviewBody,
  type PublishProfileBody,
} from '#domain/kpi/profile-versions';
import { api } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';

export const profileVersionsQuery = () => apiQuery('/api/kpi/profiles', KpiProfileVersionList);

export const previewProfile = (body: ProfilePreviewBody) =>
  api('/api/kpi/profiles/preview', ProfilePreviewResponse, { method: 'POST', body });

export const publishProfile = (body: PublishProfileBody) => api('/api/kpi/profiles', KpiProfileVersion, { method: 'POST', body });
