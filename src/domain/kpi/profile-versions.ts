import { z } from 'zod';
import { CalendarDate } from '#domain/calendar';
import { RegionPeriodQuery } from '#domain/dashboard';
import { PlainText } from '#domain/text';
import { KpiColor } from './score';
import { KpiProfileDefinition } from './profile';

/** One stored version of the KPI profile, as `GET /api/kpi/profiles` lists it (newest first). */
export const KpiProfileVersion = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  definition: KpiProfileDefinition,
});
export type KpiProfileVersion = z.infer<typeof KpiProfileVersion>;

export const KpiProfileVersionList = z.object({ items: z.array(KpiProfileVersion) });

/**
 * The version in force on a day: the latest effective date on or before it, the higher version
 * on a tie (as the server picks it); before every version's date, the earliest one.
 */
export function versionInForce<V extends { version: number; effectiveFrom: string }>(versions: readonly V[], day: string): V | undefined {
  const started = versions.filter((v) => v.effectiveFrom <= day);
  const pool = started.length > 0 ? started : versions;
  const later = (a: V, b: V) => (a.effectiveFrom === b.effectiveFrom ? a.version > b.version : a.effectiveFrom > b.effectiveFrom);
  const earlier = (a: V, b: V) => (a.effectiveFrom === b.effectiveFrom ? a.version > b.version : a.effectiveFrom < b.effectiveFrom);
  return pool.reduce<V | undefined>(
    (best, v) => (best === undefined || (started.length > 0 ? later(v, best) : earlier(v, best)) ? v : best),
    undefined,
  );
}

/** `POST /api/kpi/profiles`: the next version, in force from `effectiveFrom` (decision 005). */
export const PublishProfileBody = z.strictObject({
  definition: KpiProfileDefinition,
  effectiveFrom: CalendarDate,
  note: PlainText.trim().max(500).optional(),
});
export type PublishProfileBody = z.infer<typeof PublishProfileBody>;

/**
 * `POST /api/kpi/profiles/preview`: what a version not yet saved would do to a region's colours
 * over a period (region absent: the viewer's whole scope).
 */
export const ProfilePreviewBody = RegionPeriodQuery.safeExtend({ definition: KpiProfileDefinition, effectiveFrom: CalendarDate });
export type ProfilePreviewBody = z.infer<typeof ProfilePreviewBody>;

export const ColorTransition = z.object({ from: KpiColor, to: KpiColor, count: z.number().int() });
export type ColorTransition = z.infer<typeof ColorTransition>;

export const ProfilePreviewResponse = z.object({
  /** The version the period is scored with today: the one in force on its last day. */
  current: z.object({ id: z.number().int(), version: z.number().int() }),
  /**
   * False when the period ends before `effectiveFrom`: saving would leave its colours as they are
   * (history is never recoloured); the counts say what the new rules would make of it.
   */
  appliesToPeriod: z.boolean(),
  partners: z.number().int(),
  changed: z.number().int(),
  transitions: z.array(ColorTransition),
  /** The child regions (provinces of the country, regencies of a province …) with a change, by code. */
  regions: z.array(
    z.object({
      regionCode: z.string(),
      name: z.string(),
      partners: z.number().int(),
      changed: z.number().int(),
      transitions: z.array(ColorTransition),
    }),
  ),
});
export type ProfilePreviewResponse = z.infer<typeof ProfilePreviewResponse>;
