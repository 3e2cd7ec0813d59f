import { z } from 'zod';
import { CalendarDate } from './calendar';
import { RecommendedCourse } from './course-learning';
import { KpiColor, KpiResult } from './kpi/score';
import { ProfileRef } from './dashboard';
import { PartnerScheme, PartnerType } from './taxonomy';

/** Rapor (report card): one partner's score, indicators, what is missing for green, and its history. */
export const RaporQuery = z
  .strictObject({ from: CalendarDate, to: CalendarDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' });

const Gap = z.object({ code: z.string(), unit: z.enum(['activities', 'participants', 'months']), missing: z.number().int() });

export const RaporResponse = z.object({
  partner: z.object({
    id: z.number().int(),
    name: z.string(),
    type: PartnerType,
    scheme: PartnerScheme,
    regionCode: z.string(),
    regionPath: z.array(z.object({ code: z.string(), name: z.string() })),
    cohortYear: z.number().int(),
  }),
  from: z.string(),
  to: z.string(),
  /** Indicator labels come with the profile, so a new profile's indicators still read well. */
  profile: ProfileRef.extend({ name: z.string(), labels: z.record(z.string(), z.string()) }),
  result: KpiResult,
  gap: z.object({ toGreen: z.array(Gap), toFull: z.array(Gap) }),
  history: z.array(z.object({ month: z.string(), score: z.number(), color: KpiColor })),
  /** Elis courses for the indicators below target in this range, with the library manager's progress once started. */
  recommendedCourses: z.array(RecommendedCourse),
});
export type RaporResponse = z.infer<typeof RaporResponse>;
