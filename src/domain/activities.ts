import { z } from 'zod';
import { RowId, RowIdParam } from './ids';
import { auditEntry, CommentText, commentLimit, UserRef } from './audit';
import { CalendarDate, latestTodayInIndonesia, programmeStartDate } from './calendar';
import type { FieldIssue } from './errors';
import { exportFormatField } from './exports';
import { Photo } from './photos';
import { RegionCode } from './regions';
import { ActivityStatus, Strategy } from './taxonomy';
import { PlainText } from './text';

/** The earliest activity a partner can report: the programme's first day. */
export const firstActivityDate = programmeStartDate;

/** Upper bounds of every free-text and counted field; the web form shows the same limits. */
export const activityLimits = {
  title: 200,
  description: 5000,
  location: 200,
  stakeholder: 100,
  stakeholders: 20,
  documentNumber: 100,
  comment: commentLimit,
  participants: 100_000,
  amountRupiah: 10_000_000_000_000,
} as const;

/** The latest date an activity may carry: today somewhere in Indonesia, so no reporter's today is refused. */
export function latestActivityDate(now: Date): string {
  return latestTodayInIndonesia(now);
}

export const ActivityDate = CalendarDate.refine((d) => d >= firstActivityDate, `must not be before ${firstActivityDate}`);

/** Sub-type codes are data (table `activity_subtypes`); the schema only checks their shape. */
export const SubtypeCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be a sub-type code such as sosialisasi');

/** What an advocacy activity produced: an MoU, a village or regional regulation, a decree, a budget allocation. */
export const outcomeDocumentTypes = ['mou', 'perdes', 'perda', 'perkada', 'sk', 'anggaran', 'lainnya'] as const;
export const OutcomeDocumentType = z.enum(outcomeDocumentTypes);
export type OutcomeDocumentType = z.infer<typeof OutcomeDocumentType>;

export const AdvocacyOutcome = z.strictObject({
  documentType: OutcomeDocumentType,
  documentNumber: PlainText.trim().min(1).max(activityLimits.documentNumber).nullable().optional(),
  amountRupiah: z.number().int().min(0).max(activityLimits.amountRupiah).nullable().optional(),
});
export type AdvocacyOutcome = z.infer<typeof AdvocacyOutcome>;

const Count = z.number().int().min(0).max(activityLimits.participants);
const Title = PlainText.trim().min(3).max(activityLimits.title);
const Description = PlainText.trim().max(activityLimits.description);
const Location = PlainText.trim().max(activityLimits.location);
const Stakeholders = z.array(PlainText.trim().min(1).max(activityLimits.stakeholder)).max(activityLimits.stakeholders);
export const Comment = CommentText;

/** The rules that span fields, checked on the whole activity (after an edit: on the result), by the server and the web form alike. */
export interface ActivityConsistencyInput {
  strategy: Strategy;
  participantsMale: number;
  participantsFemale: number;
  participantsDisability?: number | undefined;
  participantsElderly?: number | undefined;
  participantsChildren?: number | undefined;
  outcome?: AdvocacyOutcome | null | undefined;
}

export const participantSubgroups = ['participantsDisability', 'participantsElderly', 'participantsChildren'] as const;

export function activityConsistencyIssues(a: ActivityConsistencyInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const total = a.participantsMale + a.participantsFemale;
  for (const field of participantSubgroups) {
    const n = a[field] ?? 0;
    if (n > total)
      issues.push({ field, issue: 'exceeds_total', message: `must not exceed the ${total} participants in total`, limit: total });
  }
  if (a.outcome && a.strategy !== 'advokasi') {
    issues.push({ field: 'outcome', issue: 'advocacy_only', message: 'only an advocacy (advokasi) activity has a document outcome' });
  }
  return issues;
}

const activityFields = {
  strategy: Strategy,
  subtype: SubtypeCode.nullable().optional(),
  title: Title,
  date: ActivityDate,
  description: Description.nullable().optional(),
  location: Location.nullable().optional(),
  participantsMale: Count,
  participantsFemale: Count,
  participantsDisability: Count.optional(),
  participantsElderly: Count.optional(),
  participantsChildren: Count.optional(),
  stakeholders: Stakeholders.optional(),
  outcome: AdvocacyOutcome.nullable().optional(),
};

/**
 * `clientId` is a UUID the device makes once per report: a retried create returns the first result.
 * The shape is checked here; the rules across fields (`activityConsistencyIssues`, which the web form
 * also runs), the date against today and the sub-type against its strategy are checked by the server next.
 */
export const CreateActivityBody = z.strictObject({
  partnerId: RowId,
  clientId: z.uuid().optional(),
  ...activityFields,
});
export type CreateActivityBody = z.infer<typeof CreateActivityBody>;

/** Any subset of the fields; `null` clears an optional one. Cross-field rules are checked on the merged result. */
export const UpdateActivityBody = z.strictObject({
  strategy: activityFields.strategy.optional(),
  subtype: activityFields.subtype,
  title: Title.optional(),
  date: ActivityDate.optional(),
  description: activityFields.description,
  location: activityFields.location,
  participantsMale: Count.optional(),
  participantsFemale: Count.optional(),
  participantsDisability: Count.optional(),
  participantsElderly: Count.optional(),
  participantsChildren: Count.optional(),
  stakeholders: Stakeholders.optional(),
  outcome: activityFields.outcome,
});
export type UpdateActivityBody = z.infer<typeof UpdateActivityBody>;

/** A reporter may add a note when (re)submitting, e.g. what was fixed after a return. */
export const SubmitActivityBody = z.strictObject({ comment: Comment.optional() }).nullish();
export const ReturnActivityBody = z.strictObject({ comment: Comment });
export const ReopenActivityBody = z.strictObject({ reason: Comment });
export const CommentBody = z.strictObject({ text: Comment });
export const BulkVerifyBody = z.strictObject({ ids: z.array(RowId).min(1).max(200) });
export const BulkVerifyResult = z.object({ verified: z.array(z.number().int()) });

/** A sub-type as the form offers it, with its Indonesian and English label (the list itself is data, see `subtypes.ts`). */
export const ActivitySubtypeOption = z.object({ code: z.string(), strategy: Strategy, labelId: z.string(), labelEn: z.string() });
export type ActivitySubtypeOption = z.infer<typeof ActivitySubtypeOption>;
export const ActivitySubtypeQuery = z.strictObject({ strategy: Strategy.optional() });
export const ActivitySubtypeList = z.object({ items: z.array(ActivitySubtypeOption) });

export const activityEventKinds = [
  'created',
  'edited',
  'submitted',
  'verified',
  'returned',
  'reopened',
  'commented',
  'photo_added',
  'photo_removed',
] as const;
export const ActivityEventKind = z.enum(activityEventKinds);
export type ActivityEventKind = z.infer<typeof ActivityEventKind>;

/** One entry of the audit trail: who did what when; `changes` for edits, `comment` for returns, reopenings, notes and comments. */
export const ActivityEvent = auditEntry(ActivityEventKind);
export type ActivityEvent = z.infer<typeof ActivityEvent>;

/** An activity's evidence photo: the photo any owner holds (see `photos.ts`). */
export const ActivityPhoto = Photo;
export type ActivityPhoto = Photo;

/** What the current user may do to an activity now; the web app shows only these buttons. */
export const activityOperations = ['edit', 'delete', 'submit', 'verify', 'return', 'reopen', 'comment', 'addPhoto', 'removePhoto'] as const;
export const ActivityOperation = z.enum(activityOperations);
export type ActivityOperation = z.infer<typeof ActivityOperation>;

export const ActivitySummary = z.object({
  id: z.number().int(),
  partnerId: z.number().int(),
  partnerName: z.string(),
  regionCode: z.string(),
  strategy: Strategy,
  subtype: z.string().nullable(),
  title: z.string(),
  date: z.string(),
  status: ActivityStatus,
  participantsMale: z.number().int(),
  participantsFemale: z.number().int(),
  participantsTotal: z.number().int(),
  photoCount: z.number().int(),
  /** The first photo (its `thumbnailUrl` is the review queue's picture); null without photos. */
  coverPhoto: Photo.nullable(),
  /** The reviewer's comment while the activity is returned; null otherwise. */
  returnComment: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type ActivitySummary = z.infer<typeof ActivitySummary>;

export const PossibleDuplicate = z.object({ id: z.number().int(), title: z.string(), status: ActivityStatus });

export const Activity = ActivitySummary.extend({
  description: z.string().nullable(),
  location: z.string().nullable(),
  participantsDisability: z.number().int(),
  participantsElderly: z.number().int(),
  participantsChildren: z.number().int(),
  stakeholders: z.array(z.string()),
  outcome: z
    .object({ documentType: OutcomeDocumentType, documentNumber: z.string().nullable(), amountRupiah: z.number().nullable() })
    .nullable(),
  clientId: z.string().nullable(),
  createdBy: UserRef,
  reviewedBy: UserRef.nullable(),
  photos: z.array(ActivityPhoto),
  history: z.array(ActivityEvent),
  /** Other activities of the same partner, date and strategy with a near-identical title: a likely double report. */
  possibleDuplicates: z.array(PossibleDuplicate),
  allowed: z.array(ActivityOperation),
});
export type Activity = z.infer<typeof Activity>;

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};
const filters = {
  partner: RowIdParam.optional(),
  /** Activities of partners anywhere inside this region. */
  region: RegionCode.optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
  strategy: Strategy.optional(),
  subtype: SubtypeCode.optional(),
  /** Part of the title, any case. */
  q: PlainText.trim().min(1).max(60).optional(),
};

export const activitySorts = ['newest', 'oldest', 'oldest_submitted', 'recently_updated'] as const;

/** `newest` / `oldest` by activity date; `oldest_submitted` is the review order. */
export const ActivityListQuery = z.strictObject({
  ...filters,
  status: ActivityStatus.optional(),
  sort: z.enum(activitySorts).default('newest'),
  ...paging,
});
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

/** The review queue: submitted activities, oldest submission first. */
export const ReviewQueueQuery = z.strictObject({ ...filters, ...paging });
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

export const PagingQuery = z.strictObject(paging);

export const ActivityList = z.object({ items: z.array(ActivitySummary), total: z.number().int() });
export type ActivityList = z.infer<typeof ActivityList>;

/**
 * `GET /api/activities/export`: the list's filters and a file format; every matching activity,
 * no paging, in the order they were reported (the list's `sort` does not apply: the file is sorted in Excel).
 */
export const ActivityExportQuery = ActivityListQuery.omit({ sort: true, page: true, pageSize: true }).extend(exportFormatField);
export type ActivityExportQuery = z.infer<typeof ActivityExportQuery>;
