import { z } from 'zod';
import { RowId, RowIdParam } from './ids';
import { auditEntry, CommentText, commentLimit, UserRef } from './audit';
import { CalendarDate } from './calendar';
import { exportFormatField } from './exports';
import { Photo, photoLimits } from './photos';
import { RegionCode } from './regions';
import { PlainText } from './text';
import { ActivityStatus, Strategy } from './taxonomy';

// Praktik baik (good-practice story): a library's story of what its programme work changed, told
// by its manager, reviewed by a facilitator or admin, published for every partner in the country
// to learn from, and printed in the programme's booklet of impact stories.

export const practiceStatuses = ['draft', 'submitted', 'published', 'returned'] as const;
export const PracticeStatus = z.enum(practiceStatuses);
export type PracticeStatus = z.infer<typeof PracticeStatus>;

/**
 * Upper bounds of every field; the web form shows the same limits. A story is printed on one
 * booklet page beside its photo, so the story, summary and testimony together must fit one page.
 */
export const practiceLimits = {
  title: 150,
  summary: 500,
  story: 4000,
  testimony: 800,
  testimonyBy: 120,
  activities: 20,
  photos: photoLimits.perActivity,
  comment: commentLimit,
} as const;

/** The multipart field a story's photo travels in (`POST /api/practices/:id/photos`). */
export const practicePhotoField = 'file';

const Title = PlainText.trim().min(3).max(practiceLimits.title);
const Summary = PlainText.trim().min(10).max(practiceLimits.summary);
const StoryText = PlainText.trim().min(30).max(practiceLimits.story);
/** Optional words: empty means none (stored as null). */
const Testimony = PlainText.trim().max(practiceLimits.testimony).nullable().optional();
const TestimonyBy = PlainText.trim().max(practiceLimits.testimonyBy).nullable().optional();
/** Activities of the story's own library that the story tells of. */
const ActivityIds = z.array(RowId).max(practiceLimits.activities);

export const CreatePracticeBody = z.strictObject({
  partnerId: RowId,
  title: Title,
  summary: Summary,
  story: StoryText,
  strategy: Strategy.nullable().optional(),
  /** A beneficiary's own words, and who said them ("Ibu Sari, peserta kelas menjahit"). */
  testimony: Testimony,
  testimonyBy: TestimonyBy,
  activityIds: ActivityIds.optional(),
});
export type CreatePracticeBody = z.infer<typeof CreatePracticeBody>;

/** Any subset of the fields; `null` clears an optional one; `activityIds` replaces the links. */
export const UpdatePracticeBody = z.strictObject({
  title: Title.optional(),
  summary: Summary.optional(),
  story: StoryText.optional(),
  strategy: Strategy.nullable().optional(),
  testimony: Testimony,
  testimonyBy: TestimonyBy,
  activityIds: ActivityIds.optional(),
});
export type UpdatePracticeBody = z.infer<typeof UpdatePracticeBody>;

/** The author may say what changed when resubmitting after a return. */
export const SubmitPracticeBody = z.strictObject({ comment: CommentText.optional() }).nullish();
export const ReturnPracticeBody = z.strictObject({ comment: CommentText });
export const PracticeCommentBody = z.strictObject({ text: CommentText });

export const practiceEventKinds = [
  'created',
  'edited',
  'submitted',
  'published',
  'returned',
  'featured',
  'unfeatured',
  'commented',
  'photo_added',
  'photo_removed',
] as const;
export const PracticeEventKind = z.enum(practiceEventKinds);
export type PracticeEventKind = z.infer<typeof PracticeEventKind>;
export const PracticeEvent = auditEntry(PracticeEventKind);
export type PracticeEvent = z.infer<typeof PracticeEvent>;

/** What the current user may do to a story now; the web app shows only these buttons. */
export const practiceOperations = [
  'edit',
  'delete',
  'submit',
  'publish',
  'return',
  'feature',
  'unfeature',
  'comment',
  'addPhoto',
  'removePhoto',
] as const;
export const PracticeOperation = z.enum(practiceOperations);
export type PracticeOperation = z.infer<typeof PracticeOperation>;

const RegionStep = z.object({ code: z.string(), name: z.string() });

export const PracticeSummary = z.object({
  id: z.number().int(),
  partnerId: z.number().int(),
  partnerName: z.string(),
  regionCode: z.string(),
  /** Where the library is, province first down to its own region, for "Perpusdes Puput · Bangka Barat". */
  regionPath: z.array(RegionStep),
  title: z.string(),
  summary: z.string(),
  strategy: Strategy.nullable(),
  status: PracticeStatus,
  featured: z.boolean(),
  photoCount: z.number().int(),
  /** The first photo, for the gallery card. */
  coverPhoto: Photo.nullable(),
  /** The reviewer's comment while the story is returned; null otherwise. */
  returnComment: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  featuredAt: z.string().nullable(),
});
export type PracticeSummary = z.infer<typeof PracticeSummary>;

export const LinkedActivity = z.object({
  id: z.number().int(),
  title: z.string(),
  date: z.string(),
  strategy: Strategy,
  status: ActivityStatus,
});
export type LinkedActivity = z.infer<typeof LinkedActivity>;

export const Practice = PracticeSummary.extend({
  story: z.string(),
  testimony: z.string().nullable(),
  testimonyBy: z.string().nullable(),
  activities: z.array(LinkedActivity),
  photos: z.array(Photo),
  createdBy: UserRef,
  publishedBy: UserRef.nullable(),
  /** The trail with its comments (a return's reason among them); empty for a reader outside the story's region. */
  history: z.array(PracticeEvent),
  allowed: z.array(PracticeOperation),
});
export type Practice = z.infer<typeof Practice>;

export const PracticeListQuery = z.strictObject({
  /** Stories of libraries anywhere inside this region. */
  region: RegionCode.optional(),
  status: PracticeStatus.optional(),
  strategy: Strategy.optional(),
  /** Words in the title, summary, story or testimony, any case. */
  q: PlainText.trim().min(1).max(100).optional(),
  featured: z.stringbool().optional(),
  partner: RowIdParam.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PracticeListQuery = z.infer<typeof PracticeListQuery>;

/** `GET /api/practices/export`: the list's filters without paging, and a file format. */
export const PracticeExportQuery = PracticeListQuery.omit({ page: true, pageSize: true }).extend(exportFormatField);
export type PracticeExportQuery = z.infer<typeof PracticeExportQuery>;

export const PracticeList = z.object({ items: z.array(PracticeSummary), total: z.number().int() });
export type PracticeList = z.infer<typeof PracticeList>;

/** Most stories one booklet compiles: one page each, with a photo. */
export const bookletLimit = 60;

/** `ids=3,8,12`: the stories chosen, in the order they are to be printed. */
const IdList = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'must be story ids separated by commas, such as 3,8,12')
  .transform((s) => [...new Set(s.split(',').map(Number))])
  .pipe(z.array(RowId).max(bookletLimit));

/** Published stories of a region, published within the period (`from`/`to`, inclusive), or the ones chosen. */
export const BookletQuery = z
  .strictObject({
    region: RegionCode.optional(),
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
    /** `true`: only the featured stories; `false` or absent: featured or not. */
    featured: z.stringbool().optional(),
    ids: IdList.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type BookletQuery = z.infer<typeof BookletQuery>;
