import { factsFromActivities } from '#domain/kpi/facts';
import { unitsToReach } from '#domain/kpi/gap';
import type { KpiProfile } from '#domain/kpi/profile';
import { indicatorTarget, scorePartner } from '#domain/kpi/score';
import type { ActivitySubtypeCode } from '#domain/subtypes';
import { strategies, type ActivityStatus, type PartnerType, type Strategy } from '#domain/taxonomy';
import { pickParticipants, pickSubtype } from './activity-mix';
import { apportion } from './apportion';
import { monthOf, pickReportMonth, reportDateIn, reportMonths } from './calendar';
import type { PartnerEffort } from './effort';
import { demoCountedActivities, demoReportRange } from './figures';
import type { DemoPartner } from './partners';
import type { Random } from './random';

/** An activity before it gets its title; the report range's activities are all counted. */
export interface PlannedActivity {
  partnerRef: number;
  strategy: Strategy;
  subtype: ActivitySubtypeCode;
  date: string;
  participantsMale: number;
  participantsFemale: number;
  status: ActivityStatus;
}

/** Whole units a partner type needs per indicator for 100 over the report range. */
function fullMarks(profile: KpiProfile, type: PartnerType): Map<string, number> {
  return new Map(profile.indicators.map((i) => [i.code, unitsToReach(0, indicatorTarget(i, type, demoReportRange))]));
}

/** What a champion needs of a strategy's activities, per the profile's count indicators. */
function championMinimum(profile: KpiProfile, strategy: Strategy): number {
  const marks = fullMarks(profile, 'desa');
  const indicator = profile.indicators.find((i) => i.kind === 'count_strategy' && i.strategy === strategy);
  return indicator ? (marks.get(indicator.code) ?? 0) : 0;
}

function plannedFor(partner: DemoPartner, strategy: Strategy, month: number, random: Random): PlannedActivity {
  const subtype = pickSubtype(strategy, partner, month, random);
  const people = pickParticipants(subtype, partner.type, random);
  return {
    partnerRef: partner.ref,
    strategy,
    subtype,
    date: reportDateIn(month, random),
    participantsMale: people.male,
    participantsFemale: people.female,
    status: 'verified',
  };
}

function scoreOf(profile: KpiProfile, partner: DemoPartner, planned: PlannedActivity[]): number {
  const facts = factsFromActivities(planned, demoReportRange);
  return scorePartner(profile, partner.type, demoReportRange, facts).score;
}

/** Champions must also meet the participants target; extra people join their busiest events. */
function topUpParticipants(profile: KpiProfile, partner: DemoPartner, planned: PlannedActivity[]): void {
  const indicator = profile.indicators.find((i) => i.kind === 'participants_strategy');
  if (indicator?.kind !== 'participants_strategy') return;
  const events = planned.filter((a) => a.strategy === indicator.strategy);
  const need = fullMarks(profile, partner.type).get(indicator.code) ?? 0;
  let missing = need - events.reduce((sum, a) => sum + a.participantsMale + a.participantsFemale, 0);
  for (let i = 0; missing > 0 && events.length > 0; i += 1) {
    const event = events[i % events.length];
    if (!event) break;
    if (i % 2 === 0) event.participantsFemale += 1;
    else event.participantsMale += 1;
    missing -= 1;
  }
}

/**
 * Only the twelve champions may score 100. A busy partner that happens to meet every target
 * skipped its quietest month instead: its reports of that month move to the next one, which
 * keeps every total and leaves its regularity at 8 of 9 months.
 */
function skipQuietestMonth(planned: PlannedActivity[], random: Random): void {
  const perMonth = reportMonths.map((m) => ({ m, n: planned.filter((a) => monthOf(a.date) === m).length }));
  const quietest = perMonth.reduce((a, b) => (b.n < a.n ? b : a));
  const at = reportMonths.indexOf(quietest.m);
  const neighbour = reportMonths[at + 1] ?? reportMonths[at - 1] ?? quietest.m;
  for (const activity of planned) if (monthOf(activity.date) === quietest.m) activity.date = reportDateIn(neighbour, random);
}

/**
 * The counted activities of the report range: exact totals per strategy (apportioned by each
 * partner's effort, champions first getting what 100 needs), spread over the months, then
 * checked with the KPI engine itself.
 */
export function planReportActivities(
  profile: KpiProfile,
  partners: readonly DemoPartner[],
  efforts: readonly PartnerEffort[],
  champions: ReadonlySet<number>,
  random: Random,
): PlannedActivity[] {
  const counts = new Map(
    strategies.map((strategy) => {
      const minimum = championMinimum(profile, strategy);
      const weights = efforts.map((e) => e.weights[strategy]);
      const minimums = partners.map((p) => (champions.has(p.ref) ? minimum : 0));
      return [strategy, apportion(demoCountedActivities[strategy], weights, { minimums })] as const;
    }),
  );
  return partners.flatMap((partner) => {
    const effort = efforts[partner.ref];
    const champion = champions.has(partner.ref);
    const mine = strategies.flatMap((s) => Array.from({ length: counts.get(s)?.[partner.ref] ?? 0 }, () => s));
    const planned = random.shuffle(mine).map((strategy, i) => {
      // A champion reports every month; the first nine of its shuffled activities see to that.
      const month = champion && i < reportMonths.length ? (reportMonths[i] ?? 1) : pickReportMonth(random, effort?.startMonth ?? 1);
      return plannedFor(partner, strategy, month, random);
    });
    if (champion) topUpParticipants(profile, partner, planned);
    let score = scoreOf(profile, partner, planned);
    if (!champion && score === 100) {
      skipQuietestMonth(planned, random);
      score = scoreOf(profile, partner, planned);
    }
    if (champion !== (score === 100)) throw new Error(`demo partner ${partner.name} scores ${score}`);
    return planned;
  });
}
