import { z } from 'zod';
import { CalendarDate, CalendarMonth, dateAtOffset, indonesianZones, monthBounds, monthsBetween, shiftMonth } from './calendar';
import { exportFormatField } from './exports';
import { RegionCode, RegionLevel } from './regions';

/**
 * Completeness (kelengkapan pelaporan): of a region's active partners, how many reported a month
 * — at least one counted activity dated in it — and how many of those did so on time: their
 * first such activity submitted by the KPI profile's deadline day of the next month.
 */

/** The most silent partners one answer lists, longest silent first; `silentTotal` counts them all. */
export const silentListLimit = 500;
/** The longest trend one request may ask for. */
export const trendMonthsLimit = 36;

/** The last day a month's first report is on time: day `deadlineDay` of the next month. */
export function reportingDeadlineDate(month: string, deadlineDay: number): string {
  const next = monthBounds(shiftMonth(month, 1)).from;
  return `${next.slice(0, 8)}${String(deadlineDay).padStart(2, '0')}`;
}

/**
 * The instant before which a submission is on time: the end of the deadline day in Western
 * Indonesia (WIB, UTC+7), the last of the country's zones to finish it — no reporter loses a day
 * to the clock of another island. ISO 8601 in UTC, as `submitted_at` is stored, so the two compare as text.
 */
export function onTimeBefore(month: string, deadlineDay: number): string {
  const deadline = reportingDeadlineDate(month, deadlineDay);
  const endOfDay = new Date(`${deadline}T00:00:00.000Z`).getTime() + 86_400_000 - indonesianZones.WIB * 3_600_000;
  return new Date(endOfDay).toISOString();
}

/** True when a submission at `submittedAt` (ISO 8601) met the month's deadline. */
export function submittedOnTime(submittedAt: string, month: string, deadlineDay: number): boolean {
  return new Date(submittedAt).getTime() < new Date(onTimeBefore(month, deadlineDay)).getTime();
}

/** The WIB calendar day of an instant, for showing when something was submitted. */
export const dayInWib = (instant: Date): string => dateAtOffset(instant, indonesianZones.WIB);

/** reported ÷ partners as a fraction 0..1; a region without partners has nothing missing, so 0. */
export const completenessRate = (reported: number, partners: number): number => (partners === 0 ? 0 : reported / partners);

export const CompletenessQuery = z.strictObject({ region: RegionCode.optional(), month: CalendarMonth });
export type CompletenessQuery = z.infer<typeof CompletenessQuery>;

/** What `GET /api/completeness/export` writes: the child regions' figures (default), or every silent partner. */
export const completenessExportRows = ['children', 'silent'] as const;
export type CompletenessExportRows = (typeof completenessExportRows)[number];

/** `GET /api/completeness/export`: the screen's region and month, a file format, and which of its tables. */
export const CompletenessExportQuery = CompletenessQuery.extend({
  ...exportFormatField,
  rows: z.enum(completenessExportRows).default('children'),
});
export type CompletenessExportQuery = z.infer<typeof CompletenessExportQuery>;

export const CompletenessTrendQuery = z
  .strictObject({ region: RegionCode.optional(), from: CalendarMonth, to: CalendarMonth })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .refine((q) => q.from > q.to || monthsBetween(q.from, q.to).length <= trendMonthsLimit, {
    path: ['from'],
    message: `at most ${trendMonthsLimit} months at once`,
  });
export type CompletenessTrendQuery = z.infer<typeof CompletenessTrendQuery>;

const Count = z.number().int().min(0);
const Rate = z.number().min(0).max(1);

export const CompletenessChild = z.object({
  regionCode: z.string(),
  name: z.string(),
  level: RegionLevel,
  partners: Count,
  reported: Count,
  rate: Rate,
  onTime: Count,
});
export type CompletenessChild = z.infer<typeof CompletenessChild>;

export const SilentPartner = z.object({
  partnerId: z.number().int(),
  name: z.string(),
  regionCode: z.string(),
  /** The day of its latest counted activity up to the month's end; null if it never reported. */
  lastReportDate: CalendarDate.nullable(),
});
export type SilentPartner = z.infer<typeof SilentPartner>;

export const CompletenessResponse = z.object({
  month: z.string(),
  region: z.object({ code: z.string().nullable(), name: z.string(), level: RegionLevel.nullable() }),
  /** The last day a first report of the month was on time. */
  deadline: CalendarDate,
  partners: Count,
  reported: Count,
  rate: Rate,
  onTime: Count,
  children: z.array(CompletenessChild),
  /** Active partners with no counted activity dated in the month: never reported first, then longest silent. */
  silent: z.array(SilentPartner),
  /** All silent partners, of which `silent` lists at most `silentListLimit`. */
  silentTotal: Count,
});
export type CompletenessResponse = z.infer<typeof CompletenessResponse>;

export const CompletenessPoint = z.object({ month: z.string(), partners: Count, reported: Count, rate: Rate, onTime: Count });
export type CompletenessPoint = z.infer<typeof CompletenessPoint>;

export const CompletenessTrendResponse = z.object({ months: z.array(CompletenessPoint) });
export type CompletenessTrendResponse = z.infer<typeof CompletenessTrendResponse>;
