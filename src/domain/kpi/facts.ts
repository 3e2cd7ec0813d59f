import { countedStatuses, type ActivityStatus, type Strategy } from '#domain/taxonomy';
import { isDateInRange, monthOfDate, type DateRange } from '#domain/calendar';

/** What a partner did in a range, already reduced to counted activities (submitted or verified). */
export interface PartnerFacts {
  counts: Partial<Record<Strategy, number>>;
  /** Participants of all sexes, per strategy. */
  participants: Partial<Record<Strategy, number>>;
  /** Months `YYYY-MM` with at least one counted activity of any strategy. */
  activeMonths: Iterable<string>;
}

/** The fields of an activity the KPI looks at. */
export interface CountableActivity {
  date: string;
  strategy: Strategy;
  status: ActivityStatus;
  participantsMale: number;
  participantsFemale: number;
}

export function isCounted(activity: Pick<CountableActivity, 'status' | 'date'>, range: DateRange): boolean {
  return countedStatuses.includes(activity.status) && isDateInRange(activity.date, range);
}

/**
 * Reduces one partner's raw activities to its facts. The server reads rollups instead; this is
 * the reference the rollups are tested against, and what the demo generator checks itself with.
 */
export function factsFromActivities(activities: Iterable<CountableActivity>, range: DateRange): PartnerFacts {
  const counts: Partial<Record<Strategy, number>> = {};
  const participants: Partial<Record<Strategy, number>> = {};
  const activeMonths = new Set<string>();
  for (const activity of activities) {
    if (!isCounted(activity, range)) continue;
    counts[activity.strategy] = (counts[activity.strategy] ?? 0) + 1;
    participants[activity.strategy] = (participants[activity.strategy] ?? 0) + activity.participantsMale + activity.participantsFemale;
    activeMonths.add(monthOfDate(activity.date));
  }
  return { counts, participants, activeMonths };
}
