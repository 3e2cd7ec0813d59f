import { z } from 'zod';
import { Strategy } from '#domain/taxonomy';
import { PlainText } from '#domain/text';

/**
 * A KPI profile: which indicators make up a partner's rapor (report card), their weights,
 * their monthly targets per partner type, and where the colours change. Profiles are data,
 * so the national office can publish a new version without a release.
 */

/** A monthly target for each partner type; fractions are allowed (1/3 = one every quarter). */
export const MonthlyTargets = z.strictObject({
  desa: z.number().finite().min(0),
  tbm: z.number().finite().min(0),
  kabkota: z.number().finite().min(0),
  provinsi: z.number().finite().min(0),
});
export type MonthlyTargets = z.infer<typeof MonthlyTargets>;

const indicatorBase = {
  code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and underscores'),
  label: PlainText.trim().min(1).max(120),
  weight: z.number().finite().positive().max(100),
};

/** Achieved = number of counted activities of one strategy. */
const CountIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('count_strategy'),
  strategy: Strategy,
  monthlyTargets: MonthlyTargets,
});

/** Achieved = participants (all sexes) of the counted activities of one strategy. */
const ParticipantsIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('participants_strategy'),
  strategy: Strategy,
  monthlyTargets: MonthlyTargets,
});

/**
 * Achieved = months touched by the range with at least one counted activity; its target is the
 * number of months touched, so it needs no monthly target.
 */
const RegularityIndicator = z.strictObject({ ...indicatorBase, kind: z.literal('regularity') });

export const KpiIndicator = z.discriminatedUnion('kind', [CountIndicator, ParticipantsIndicator, RegularityIndicator]);
export type KpiIndicator = z.infer<typeof KpiIndicator>;
export type IndicatorKind = KpiIndicator['kind'];

export const ColorThresholds = z.strictObject({
  green: z.number().finite().min(0).max(100),
  yellow: z.number().finite().min(0).max(100),
});

/** "Paling lambat tanggal 5 bulan berikutnya": the programme's reporting deadline. */
export const defaultReportingDeadlineDay = 5;

// Weights are decimals typed by people; a sum off by float noise is still 100.
const weightTolerance = 1e-6;

/** What the indicators' weights add up to: the form shows it as it is typed, the schema wants 100. */
export const weightTotal = (indicators: readonly { weight: number }[]): number => indicators.reduce((total, i) => total + i.weight, 0);

export const weightsMakeWhole = (total: number): boolean => Math.abs(total - 100) <= weightTolerance;

export const KpiProfileDefinition = z
  .strictObject({
    name: PlainText.trim().min(1).max(120),
    indicators: z.array(KpiIndicator).min(1).max(20),
    thresholds: ColorThresholds,
    /**
     * The day of the next month by which a month's first report must be submitted to count as on
     * time (completeness, DESIGN.md). 28 at most, so every month has it; versions stored before the
     * setting existed read as the programme's day 5.
     */
    reportingDeadlineDay: z.number().int().min(1).max(28).default(defaultReportingDeadlineDay),
  })
  .superRefine((profile, ctx) => {
    const sum = weightTotal(profile.indicators);
    if (!weightsMakeWhole(sum))
      ctx.addIssue({
        code: 'custom',
        path: ['indicators'],
        message: `weights must sum to 100, not ${sum}`,
        params: { issue: 'weights_sum' },
      });
    const seen = new Set<string>();
    profile.indicators.forEach((indicator, index) => {
      if (seen.has(indicator.code))
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'code'],
          message: `duplicate code ${indicator.code}`,
          params: { issue: 'duplicate_code' },
        });
      seen.add(indicator.code);
    });
    if (profile.thresholds.yellow >= profile.thresholds.green)
      ctx.addIssue({ code: 'custom', path: ['thresholds', 'yellow'], message: 'must be below green', params: { issue: 'below_green' } });
  });
export type KpiProfile = z.infer<typeof KpiProfileDefinition>;
