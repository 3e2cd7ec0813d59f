import type { Photo } from '#domain/photos';
import type { LinkedActivity, Practice, PracticeEvent, PracticeOperation, PracticeSummary } from '#domain/practices';
import { PracticeStatus } from '#domain/practices';
import { ActivityStatus, Strategy } from '#domain/taxonomy';
import type { PracticeDetailRow, PracticeSummaryRow, linkedActivities } from './repository';

type RegionPath = PracticeSummary['regionPath'];

export function toSummary(row: PracticeSummaryRow, extras: { regionPath: RegionPath; coverPhoto: Photo | null }): PracticeSummary {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    regionCode: row.region_code,
    regionPath: extras.regionPath,
    title: row.title,
    summary: row.summary,
    strategy: row.strategy === null ? null : Strategy.parse(row.strategy),
    status: PracticeStatus.parse(row.status),
    featured: row.featured === 1,
    photoCount: row.photo_count,
    coverPhoto: extras.coverPhoto,
    returnComment: row.return_comment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    featuredAt: row.featured_at,
  };
}

export const toLinkedActivity = (row: Awaited<ReturnType<typeof linkedActivities>>[number]): LinkedActivity => ({
  id: row.id,
  title: row.title,
  date: row.date,
  strategy: Strategy.parse(row.strategy),
  status: ActivityStatus.parse(row.status),
});

export interface PracticeExtras {
  regionPath: RegionPath;
  photos: Photo[];
  activities: LinkedActivity[];
  history: PracticeEvent[];
  allowed: PracticeOperation[];
}

export function toPractice(row: PracticeDetailRow, extras: PracticeExtras): Practice {
  return {
    ...toSummary(row, { regionPath: extras.regionPath, coverPhoto: extras.photos[0] ?? null }),
    story: row.story,
    testimony: row.testimony,
    testimonyBy: row.testimony_by,
    activities: extras.activities,
    photos: extras.photos,
    createdBy: { id: row.created_by, username: row.author_username, displayName: row.author_display_name },
    publishedBy:
      row.published_by === null || row.publisher_username === null
        ? null
        : { id: row.published_by, username: row.publisher_username, displayName: row.publisher_display_name },
    history: extras.history,
    allowed: extras.allowed,
  };
}
