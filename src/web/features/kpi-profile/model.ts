import { weightTotal, type KpiIndicator, type KpiProfile } from '#domain/kpi/profile';
import { partnerTypes, type PartnerType } from '#domain/taxonomy';

/**
 * The profile form as typed: every number is the text in its box, so a half-typed "0," or an
 * emptied box stays as the person left it; `definitionOf` turns it back into numbers for the
 * server's schema, which says what is wrong.
 */
export interface IndicatorDraft {
  indicator: KpiIndicator;
  weight: string;
  /** Per partner type; absent for an indicator that needs no target (regularity). */
  targets: Record<PartnerType, string> | null;
}

export interface ProfileDraft {
  base: KpiProfile;
  indicators: IndicatorDraft[];
  green: string;
  yellow: string;
  deadlineDay: string;
}

// Targets such as one activity a quarter are thirds: shown and typed as "1/3", kept exact.
const denominators = [1, 2, 3, 4, 6, 12];

/** A number as its box shows it: whole, a simple fraction ("1/3"), or a decimal. */
export function numberText(value: number): string {
  for (const d of denominators) {
    const n = Math.round(value * d);
    if (Math.abs(value * d - n) < 1e-9) return d === 1 ? String(n) : `${n}/${d}`;
  }
  return String(value);
}

/** What a box means: "12", "0,5" or "0.5", "1/3"; NaN for anything else (the schema then names the field). */
export function numberOf(text: string): number {
  const t = text.trim().replace(',', '.');
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return t === '' || !/^-?\d*\.?\d+$/.test(t) ? Number.NaN : Number(t);
}

export function draftOf(profile: KpiProfile): ProfileDraft {
  return {
    base: profile,
    indicators: profile.indicators.map((indicator) => ({
      indicator,
      weight: numberText(indicator.weight),
      targets:
        indicator.kind === 'regularity'
          ? null
          : (Object.fromEntries(partnerTypes.map((type) => [type, numberText(indicator.monthlyTargets[type])])) as Record<
              PartnerType,
              string
            >),
    })),
    green: numberText(profile.thresholds.green),
    yellow: numberText(profile.thresholds.yellow),
    deadlineDay: String(profile.reportingDeadlineDay),
  };
}

/** The definition the draft says, for the server's schema to check (not yet checked). */
export function definitionOf(draft: ProfileDraft): KpiProfile {
  return {
    ...draft.base,
    indicators: draft.indicators.map(({ indicator, weight, targets }) => {
      const withWeight = { ...indicator, weight: numberOf(weight) };
      if (withWeight.kind === 'regularity' || targets === null) return withWeight;
      const monthlyTargets = Object.fromEntries(partnerTypes.map((type) => [type, numberOf(targets[type])])) as Record<PartnerType, number>;
      return { ...withWeight, monthlyTargets };
    }),
    thresholds: { green: numberOf(draft.green), yellow: numberOf(draft.yellow) },
    reportingDeadlineDay: numberOf(draft.deadlineDay),
  };
}

/** The running total of the weights typed so far; a box that is not a number counts 0. */
export function typedWeightTotal(draft: ProfileDraft): number {
  return weightTotal(
    draft.indicators.map((i) => {
      const weight = numberOf(i.weight);
      return { weight: Number.isFinite(weight) ? weight : 0 };
    }),
  );
}
