import { z } from 'zod';
import { auditEntry, CommentText, UserRef } from './audit';
import { CalendarDate, dateBounds, programmeStartDate, todayIn } from './calendar';
import { exportFormatField } from './exports';
import { RowId, RowIdParam } from './ids';
import { RegionCode } from './regions';
import { PlainText } from './text';

// Kendala (problems) a partner faces: raised by its manager or by staff in scope, discussed in a
// thread, followed up by actions with an owner and a due date, and worked through
// terbuka → ditangani → selesai (with a written resolution) or ditutup. See problem-flow.ts.

export const problemCategories = [
  'sdm',
  'anggaran',
  'koleksi',
  'sarana_tik',
  'dukungan_pemda',
  'partisipasi',
  'pelaporan',
  'lainnya',
] as const;
/** sdm: staff; anggaran: budget; koleksi: collection; sarana_tik: ICT equipment; dukungan_pemda: local government support; partisipasi: community participation; pelaporan: reporting. */
export const ProblemCategory = z.enum(problemCategories);
export type ProblemCategory = z.infer<typeof ProblemCategory>;

/** terbuka: open; ditangani: being handled; selesai: solved; ditutup: closed without a solution. */
export const problemStatuses = ['terbuka', 'ditangani', 'selesai', 'ditutup'] as const;
export const ProblemStatus = z.enum(problemStatuses);
export type ProblemStatus = z.infer<typeof ProblemStatus>;

/** The statuses of a problem still being worked on: it counts as open, and its late actions as overdue. */
export const openProblemStatuses = ['terbuka', 'ditangani'] as const satisfies readonly ProblemStatus[];
export const isOpenProblem = (status: ProblemStatus): boolean => (openProblemStatuses as readonly ProblemStatus[]).includes(status);

/** Upper bounds of every free-text field; the web form shows the same limits. */
export const problemLimits = { title: 200, description: 5000, resolution: 5000, what: 300, owner: 120 } as const;

/** Earliest and latest due date an action may carry: the programme's start, and a bound that catches a mistyped year. */
export const dueDateBounds = { earliest: programmeStartDate, latest: dateBounds.latest } as const;

/**
 * Today's date for due dates, in Indonesia's westernmost zone (WIB, UTC+7): an action is overdue
 * only once its due day has ended for everyone. One call, to repoint at the shared calendar.
 */
export function dueDateToday(now: Date): string {
  return todayIn('WIB', now);
}

/** An action is overdue while it is not done, its due day is past, and its problem is still being worked on. */
export function isOverdue(action: { done: boolean; dueDate: string }, status: ProblemStatus, today: string): boolean {
  return !action.done && action.dueDate < today && isOpenProblem(status);
}

/** Free text of a problem. Trimmed; the shared rules for text apply once they are in one schema. */
const text = (min: number, max: number) => PlainText.trim().min(min).max(max);

const Title = text(3, problemLimits.title);
const Description = text(1, problemLimits.description);
const What = text(3, problemLimits.what);
const Owner = text(1, problemLimits.owner);
const DueDate = CalendarDate.refine(
  (d) => d >= dueDateBounds.earliest && d <= dueDateBounds.latest,
  `must lie between ${dueDateBounds.earliest} and ${dueDateBounds.latest}`,
);
const UserId = RowId;

export const CreateProblemBody = z.strictObject({
  partnerId: RowId,
  title: Title,
  category: ProblemCategory,
  description: Description,
});
export type CreateProblemBody = z.infer<typeof CreateProblemBody>;

/** Any subset of the fields; the trail keeps each changed field's old and new value. */
export const UpdateProblemBody = z.strictObject({
  title: Title.optional(),
  category: ProblemCategory.optional(),
  description: Description.optional(),
});
export type UpdateProblemBody = z.infer<typeof UpdateProblemBody>;

/**
 * A move to another status. `selesai` needs the `resolution` (how it was solved); the other
 * moves take an optional `comment`, which reopening needs (why it is open again).
 */
export const ProblemStatusBody = z.strictObject({
  status: ProblemStatus,
  resolution: text(1, problemLimits.resolution).optional(),
  comment: CommentText.optional(),
});
export type ProblemStatusBody = z.infer<typeof ProblemStatusBody>;

export const ProblemCommentBody = z.strictObject({ text: CommentText });

/**
 * A follow-up action. `owner` names who does it, as people say it ("Kepala Desa Cendil");
 * `ownerUserId`, when the owner has an account, is whom an assignment will notify.
 */
export const CreateProblemActionBody = z.strictObject({
  what: What,
  owner: Owner,
  dueDate: DueDate,
  ownerUserId: UserId.nullable().optional(),
});
export type CreateProblemActionBody = z.infer<typeof CreateProblemActionBody>;

/** Ticks an action done (or not), and edits what, who and when; `ownerUserId: null` clears the account. */
export const UpdateProblemActionBody = z.strictObject({
  done: z.boolean().optional(),
  what: What.optional(),
  owner: Owner.optional(),
  dueDate: DueDate.optional(),
  ownerUserId: UserId.nullable().optional(),
});
export type UpdateProblemActionBody = z.infer<typeof UpdateProblemActionBody>;

export const problemEventKinds = [
  'raised',
  'edited',
  'handled',
  'resolved',
  'closed',
  'reopened',
  'commented',
  'action_added',
  'action_edited',
  'action_done',
  'action_undone',
  'gathering_linked',
  'gathering_unlinked',
] as const;
export const ProblemEventKind = z.enum(problemEventKinds);
export type ProblemEventKind = z.infer<typeof ProblemEventKind>;

/** One entry of a problem's trail; an action's changes are named `actions.<id>.<field>`. */
export const ProblemEvent = auditEntry(ProblemEventKind);
export type ProblemEvent = z.infer<typeof ProblemEvent>;

export const ProblemAction = z.object({
  id: z.number().int(),
  problemId: z.number().int(),
  what: z.string(),
  owner: z.string(),
  ownerUserId: z.number().int().nullable(),
  dueDate: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  doneBy: UserRef.nullable(),
  /** Not done, past its due day, on a problem still being worked on. */
  overdue: z.boolean(),
  createdBy: UserRef,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProblemAction = z.infer<typeof ProblemAction>;

/** What the current user may do to a problem now; the web app shows only these buttons. */
export const problemOperations = ['edit', 'comment', 'addAction', 'editAction', 'handle', 'resolve', 'close', 'reopen'] as const;
export const ProblemOperation = z.enum(problemOperations);
export type ProblemOperation = z.infer<typeof ProblemOperation>;

export const ProblemSummary = z.object({
  id: z.number().int(),
  partnerId: z.number().int(),
  partnerName: z.string(),
  /** The partner's region, and its name (for a village library: the village). */
  regionCode: z.string(),
  regionName: z.string(),
  title: z.string(),
  category: ProblemCategory,
  status: ProblemStatus,
  createdBy: UserRef,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Actions not yet done. */
  openActions: z.number().int(),
  overdueActions: z.number().int(),
});
export type ProblemSummary = z.infer<typeof ProblemSummary>;

export const Problem = ProblemSummary.extend({
  description: z.string(),
  /** How it was solved, while it is `selesai`. */
  resolution: z.string().nullable(),
  /** The discussion: comments, and the words that came with status changes (a resolution, a reason to reopen). */
  comments: z.array(ProblemEvent),
  actions: z.array(ProblemAction),
  /** The gatherings where it was discussed, earliest first. */
  gatheringIds: z.array(z.number().int()),
  /** The whole audit trail, oldest first. */
  history: z.array(ProblemEvent),
  allowed: z.array(ProblemOperation),
});
export type Problem = z.infer<typeof Problem>;

/** `status=terbuka,ditangani` asks for either. */
/**
 * `status=terbuka,ditangani`. A wrong part is the field's fault as a whole (`status`, not
 * `status.0`), so the form that sent it can point at the one field the user chose.
 */
const StatusList = z.string().transform((s, ctx) => {
  const parts = [...new Set(s.split(',').map((part) => part.trim()))];
  const known = parts.filter((part): part is ProblemStatus => (problemStatuses as readonly string[]).includes(part));
  if (known.length === 0 || known.length < parts.length) {
    ctx.addIssue({ code: 'custom', message: `must be one or more of ${problemStatuses.join(', ')}, separated by commas` });
    return z.NEVER;
  }
  return known;
});

export const ProblemListQuery = z.strictObject({
  /** Problems of partners anywhere inside this region. */
  region: RegionCode.optional(),
  partner: RowIdParam.optional(),
  status: StatusList.optional(),
  category: ProblemCategory.optional(),
  /** true: only problems with an overdue action. */
  overdue: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ProblemListQuery = z.infer<typeof ProblemListQuery>;

/** `GET /api/problems/export`: the list's filters without paging, and a file format. */
export const ProblemExportQuery = ProblemListQuery.omit({ page: true, pageSize: true }).extend(exportFormatField);
export type ProblemExportQuery = z.infer<typeof ProblemExportQuery>;

export const ProblemList = z.object({ items: z.array(ProblemSummary), total: z.number().int() });
export type ProblemList = z.infer<typeof ProblemList>;

/** Open problems and overdue actions of a region (default: the actor's) or of one partner. */
export const ProblemSummaryQuery = z.strictObject({
  region: RegionCode.optional(),
  partner: RowIdParam.optional(),
});
export type ProblemSummaryQuery = z.infer<typeof ProblemSummaryQuery>;

export const ProblemCounts = z.object({ open: z.number().int(), overdueActions: z.number().int() });
export type ProblemCounts = z.infer<typeof ProblemCounts>;

export const ProblemRegionSummary = ProblemCounts.extend({
  /** The region summed up (null: the whole country), or null for one partner's summary. */
  regionCode: z.string().nullable(),
  partnerId: z.number().int().nullable(),
  /** Per child region (the provinces for the whole country; none for a partner or a village). */
  children: z.array(ProblemCounts.extend({ regionCode: z.string(), name: z.string() })),
});
export type ProblemRegionSummary = z.infer<typeof ProblemRegionSummary>;
