import { z } from 'zod';
import { auditEntry, UserRef } from './audit';
import { CourseStatus } from './courses';
import { addDays, CalendarDate, type DateRange } from './calendar';
import { RowId } from './ids';
import { ProblemStatus } from './problems';
import { RegionCode } from './regions';
import { PartnerType } from './taxonomy';
import { PlainText } from './text';

// Pertemuan (a gathering): a meeting or webinar of the programme with a typed agenda — the KPI
// presented, the stories shared, the problems worked on, the courses introduced — the partners
// whose managers attended, and after it the minutes and follow-up actions of each item.

export const gatheringModes = ['online', 'offline'] as const;
export const GatheringMode = z.enum(gatheringModes);
export type GatheringMode = z.infer<typeof GatheringMode>;

/**
 * capaian_kpi: the KPI achievement of a region and period presented; praktik_baik: stories shared;
 * pemecahan_masalah: problems worked through; elis: e-learning courses introduced; lainnya: anything else.
 */
export const agendaKinds = ['capaian_kpi', 'praktik_baik', 'pemecahan_masalah', 'elis', 'lainnya'] as const;
export const AgendaKind = z.enum(agendaKinds);
export type AgendaKind = z.infer<typeof AgendaKind>;

/**
 * The period a gathering looks back on unless told otherwise: from 1 January to the day before it
 * (a gathering on 1 January looks back on the whole previous year). The KPI item and the pack use it.
 */
export function gatheringPeriod(date: string): DateRange {
  const to = addDays(date, -1);
  return { from: `${to.slice(0, 4)}-01-01`, to };
}

/** Upper bounds of every field; the web forms show the same limits. */
export const gatheringLimits = {
  title: 200,
  name: 120,
  names: 20,
  items: 30,
  itemTitle: 300,
  /** Stories, problems or courses one agenda item links. */
  links: 20,
  minutes: 10_000,
} as const;

const Name = PlainText.trim().min(1).max(gatheringLimits.name);
const Names = z.array(Name).max(gatheringLimits.names);
const Title = PlainText.trim().min(3).max(gatheringLimits.title);
const ItemTitle = PlainText.trim().min(1).max(gatheringLimits.itemTitle);
const Links = z.array(RowId).max(gatheringLimits.links).default([]);

/** `id`, when given, keeps that existing item (its minutes and follow-ups) in an edit; without it the item is new. */
const itemBase = { id: RowId.optional(), title: ItemTitle };

/** The region and period whose KPI is presented; without them, the gathering's region from 1 January of its year to the day before it. */
const KpiItemInput = z.strictObject({
  ...itemBase,
  kind: z.literal('capaian_kpi'),
  region: RegionCode.optional(),
  from: CalendarDate.optional(),
  to: CalendarDate.optional(),
});
/** Published stories, from any region: partners learn from other provinces. */
const PracticeItemInput = z.strictObject({ ...itemBase, kind: z.literal('praktik_baik'), practiceIds: Links });
/** Problems of libraries inside the gathering's region. */
const ProblemItemInput = z.strictObject({ ...itemBase, kind: z.literal('pemecahan_masalah'), problemIds: Links });
/** Elis courses the meeting introduces: published ones (drafts too for their authors). */
const ElisItemInput = z.strictObject({ ...itemBase, kind: z.literal('elis'), courseIds: Links });
const OtherItemInput = z.strictObject({ ...itemBase, kind: z.literal('lainnya') });

export const AgendaItemInput = z.discriminatedUnion('kind', [
  KpiItemInput,
  PracticeItemInput,
  ProblemItemInput,
  ElisItemInput,
  OtherItemInput,
]);
export type AgendaItemInput = z.infer<typeof AgendaItemInput>;

const Agenda = z.array(AgendaItemInput).max(gatheringLimits.items);

export const CreateGatheringBody = z.strictObject({
  title: Title,
  date: CalendarDate,
  mode: GatheringMode,
  regionCode: RegionCode,
  facilitators: Names.default([]),
  consultants: Names.default([]),
  agenda: Agenda.default([]),
});
export type CreateGatheringBody = z.infer<typeof CreateGatheringBody>;

/**
 * Any subset; `agenda` replaces the whole agenda in the order given: items sent with their `id`
 * stay (with their minutes and follow-ups), items left out are removed. The region stays: the
 * attendance and the problems on the agenda were chosen inside it.
 */
export const UpdateGatheringBody = z.strictObject({
  title: Title.optional(),
  date: CalendarDate.optional(),
  mode: GatheringMode.optional(),
  facilitators: Names.optional(),
  consultants: Names.optional(),
  agenda: Agenda.optional(),
});
export type UpdateGatheringBody = z.infer<typeof UpdateGatheringBody>;

/** The minutes of one agenda item, replaced whole; an empty text clears them. */
export const MinutesBody = z.strictObject({ minutes: PlainText.trim().max(gatheringLimits.minutes) });
export type MinutesBody = z.infer<typeof MinutesBody>;

export const AttendanceBody = z.strictObject({ partnerIds: z.array(RowId).min(1).max(1000) });
export type AttendanceBody = z.infer<typeof AttendanceBody>;

export const GatheringSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  date: z.string(),
  mode: GatheringMode,
  regionCode: z.string(),
  regionName: z.string(),
  attendees: z.number().int(),
});
export type GatheringSummary = z.infer<typeof GatheringSummary>;

/** A follow-up action decided at the gathering; on a problem's item it is that problem's action, read from it. */
export const GatheringAction = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  what: z.string(),
  owner: z.string(),
  dueDate: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  /** Not done and past its due day (for a problem's action: while the problem is still open). */
  overdue: z.boolean(),
  /** The problem it belongs to, and its id among that problem's actions. */
  problemId: z.number().int().nullable(),
  problemActionId: z.number().int().nullable(),
  createdBy: UserRef,
  createdAt: z.string(),
});
export type GatheringAction = z.infer<typeof GatheringAction>;

/** A story on the agenda: every signed-in user may read a published one. */
export const AgendaPractice = z.object({ id: z.number().int(), title: z.string(), partnerId: z.number().int(), partnerName: z.string() });
export type AgendaPractice = z.infer<typeof AgendaPractice>;

/** A problem on the agenda, shown only to those who may see it (its `problemIds` counts all). */
export const AgendaProblem = z.object({
  id: z.number().int(),
  title: z.string(),
  partnerId: z.number().int(),
  partnerName: z.string(),
  status: ProblemStatus,
});
export type AgendaProblem = z.infer<typeof AgendaProblem>;

/** A course on the agenda, shown only to those who may see it (a draft to its authors; its `courseIds` counts all). */
export const AgendaCourse = z.object({ id: z.number().int(), title: z.string(), status: CourseStatus });
export type AgendaCourse = z.infer<typeof AgendaCourse>;

/** One agenda item as the API shows it: the fields of its kind, then the minutes and follow-ups of the meeting. */
export const AgendaItem = z.object({
  id: z.number().int(),
  position: z.number().int(),
  kind: AgendaKind,
  title: z.string(),
  region: z.string().optional(),
  regionName: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  practiceIds: z.array(z.number().int()).optional(),
  practices: z.array(AgendaPractice).optional(),
  problemIds: z.array(z.number().int()).optional(),
  problems: z.array(AgendaProblem).optional(),
  courseIds: z.array(z.number().int()).optional(),
  courses: z.array(AgendaCourse).optional(),
  minutes: z.string().nullable(),
  minutesAt: z.string().nullable(),
  actions: z.array(GatheringAction),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const gatheringEventKinds = [
  'created',
  'edited',
  'agenda_changed',
  'minutes_written',
  'action_added',
  'action_edited',
  'action_done',
  'action_undone',
  'attendance_added',
  'attendance_removed',
  'attendance_imported',
] as const;
export const GatheringEventKind = z.enum(gatheringEventKinds);
export type GatheringEventKind = z.infer<typeof GatheringEventKind>;

/** One entry of a gathering's trail; an item's fields are named `agenda.<itemId>.<field>`. */
export const GatheringEvent = auditEntry(GatheringEventKind);
export type GatheringEvent = z.infer<typeof GatheringEvent>;

export const Attendee = z.object({ partnerId: z.number().int(), name: z.string(), type: PartnerType, regionCode: z.string() });
export type Attendee = z.infer<typeof Attendee>;

export const Gathering = GatheringSummary.extend({
  facilitators: z.array(z.string()),
  consultants: z.array(z.string()),
  agenda: z.array(AgendaItem),
  attendance: z.array(Attendee),
  /** Every change, oldest first. */
  history: z.array(GatheringEvent),
  /** Whether the current user may change it (edit, agenda, minutes, follow-ups, attendance). */
  editable: z.boolean(),
  createdAt: z.string(),
});
export type Gathering = z.infer<typeof Gathering>;

export const GatheringListQuery = z.strictObject({ region: RegionCode.optional() });
export const GatheringList = z.object({ items: z.array(GatheringSummary) });
export type GatheringList = z.infer<typeof GatheringList>;
