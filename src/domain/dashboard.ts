import { z } from 'zod';
import { CalendarDate, dateBounds } from './calendar';
import { exportFormatField } from './exports';
import { KpiColor, KpiIndicatorResult } from './kpi/score';
import { RegionCode, RegionLevel } from './regions';
import { PlainText } from './text';
import { PartnerScheme, PartnerType } from './taxonomy';

/** Any region (or, for the national office, the whole country) and an inclusive date range. */
export const RegionPeriodQuery = z
  .strictObject({ region: RegionCode.optional(), from: CalendarDate, to: CalendarDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .refine((q) => q.from >= dateBounds.earliest && q.to <= dateBounds.latest, {
    path: ['from'],
    message: 'outside the years the programme can have run',
  });
export type RegionPeriodQuery = z.infer<typeof RegionPeriodQuery>;

/**
 * `GET /api/kpi/partners`: the ranking of a region and period, a page at a time (a province's
 * whole list is megabytes). Without `pageSize` a page holds the most allowed, so a regency's or a
 * small province's whole ranking still comes in one answer.
 */
export const KpiListQuery = RegionPeriodQuery.safeExtend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(500),
  sort: z.enum(['score', 'name']).default('score'),
  q: PlainText.trim().min(1).max(60).optional(),
});
export type KpiListQuery = z.infer<typeof KpiListQuery>;

/** `GET /api/kpi/partners/export`: the ranking's region and period, and a file format. */
export const KpiExportQuery = RegionPeriodQuery.safeExtend(exportFormatField);
export type KpiExportQuery = z.infer<typeof KpiExportQuery>;

/** `GET /api/dashboard/export`: the dashboard's region and period, and a file format. */
export const DashboardExportQuery = RegionPeriodQuery.safeExtend(exportFormatField);
export type DashboardExportQuery = z.infer<typeof DashboardExportQuery>;

/** Whose data extent: a region (default the viewer's own scope; a manager always gets its partner's). */
export const DataExtentQuery = z.strictObject({ region: RegionCode.optional() });

/**
 * The first and last day with counted activities in the viewer's scope, so screens open on a
 * period that has data (the demo's ends in 2024); nulls when nothing was reported yet.
 * `demoPeriod`: while what the viewer sees is the demo, the period its figures are for (the
 * source document's 1 January – 25 September 2024); null otherwise.
 */
export const DataExtentResponse = z.object({
  firstDate: CalendarDate.nullable(),
  lastDate: CalendarDate.nullable(),
  demoPeriod: z.object({ from: CalendarDate, to: CalendarDate }).nullable(),
});
export type DataExtentResponse = z.infer<typeof DataExtentResponse>;

/** The profile version a figure was computed with, and where its colours change (for chart lines). */
export const ProfileRef = z.object({
  id: z.number().int(),
  version: z.number().int(),
  thresholds: z.object({ green: z.number(), yellow: z.number() }),
});

export const KpiListItem = z.object({
  partnerId: z.number().int(),
  name: z.string(),
  type: PartnerType,
  scheme: PartnerScheme,
  regionCode: z.string(),
  score: z.number(),
  color: KpiColor,
  indicators: z.array(KpiIndicatorResult),
});
export type KpiListItem = z.infer<typeof KpiListItem>;

/** A ranked partner: its competition rank by score in the whole region (equal scores share one). */
export const KpiRankingItem = KpiListItem.extend({ rank: z.number().int().min(1) });
export type KpiRankingItem = z.infer<typeof KpiRankingItem>;

/** One page of the ranking; `total` counts the partners that match `q` (all of the region without it). */
export const KpiListResponse = z.object({
  profile: ProfileRef,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(KpiRankingItem),
});
export type KpiListResponse = z.infer<typeof KpiListResponse>;

const colorCounts = z.object({ hijau: z.number().int(), kuning: z.number().int(), merah: z.number().int() });

export const DashboardResponse = z.object({
  region: z.object({ code: z.string().nullable(), name: z.string(), level: RegionLevel.nullable() }),
  from: z.string(),
  to: z.string(),
  profile: ProfileRef,
  activities: z.object({
    layanan_informasi: z.number().int(),
    pelibatan_masyarakat: z.number().int(),
    advokasi: z.number().int(),
    total: z.number().int(),
  }),
  participants: z.object({ male: z.number().int(), female: z.number().int(), total: z.number().int() }),
  partners: z.object({ total: z.number().int(), byScheme: z.record(z.string(), z.number().int()) }),
  kpi: colorCounts,
  champions: z.array(z.object({ partnerId: z.number().int(), name: z.string(), score: z.number(), regionCode: z.string() })),
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;

export const TrendResponse = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      layanan_informasi: z.number().int(),
      pelibatan_masyarakat: z.number().int(),
      advokasi: z.number().int(),
      participants: z.number().int(),
    }),
  ),
});
export type TrendResponse = z.infer<typeof TrendResponse>;

export const ChildrenResponse = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: RegionLevel,
      partners: z.number().int(),
      averageScore: z.number().nullable(),
      kpi: colorCounts,
      activities: z.number().int(),
    }),
  ),
});
export type ChildrenResponse = z.infer<typeof ChildrenResponse>;
