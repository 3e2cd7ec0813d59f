import { monthBounds, monthOfDate, monthsTouched, shiftMonth, type DateRange } from '#domain/calendar';
import { gapToGreen } from '#domain/kpi/gap';
import { scorePartner } from '#domain/kpi/score';
import { raporInScope, type Actor } from '#domain/permissions';
import { lineageOfCode } from '#domain/regions';
import type { RaporResponse } from '#domain/rapor';
import { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { notFound } from '#server/http/errors';
import { recommendedCoursesFor } from '#server/features/courses/recommendations';
import { regionNames } from '#server/features/regions/service';
import { factsByPartner, noFacts } from './facts';
import { profileForPeriod, profileRef } from './profiles';
import { partnersToScore } from './repository';

/** How many months of history a rapor shows, ending with the range's last month. */
const historyMonths = 12;

/**
 * One partner's rapor for a range. Out of scope answers 404, as if the partner did not exist,
 * so a manager cannot probe for other libraries.
 */
export async function raporOfPartner(db: Db, actor: Actor, partnerId: number, range: DateRange): Promise<RaporResponse> {
  const [partner] = await partnersToScore(db, { within: null, partnerId, includeInactive: true });
  if (!partner || !raporInScope(actor, { id: partner.id, regionCode: partner.region_code })) throw notFound('partner');
  const type = PartnerType.parse(partner.type);
  const profile = await profileForPeriod(db, range.to);
  const facts = (await factsByPartner(db, { within: null, partnerId }, range)).get(partnerId) ?? noFacts();
  const result = scorePartner(profile.definition, type, range, facts);

  const firstMonth = shiftMonth(monthOfDate(range.to), -(historyMonths - 1));
  const months = monthsTouched({ from: monthBounds(firstMonth).from, to: range.to });
  const history = await Promise.all(
    months.map(async (month) => {
      const bounds = monthBounds(month);
      const monthRange = { from: bounds.from, to: bounds.to < range.to ? bounds.to : range.to };
      const [profileOfMonth, monthFacts] = await Promise.all([
        profileForPeriod(db, monthRange.to),
        factsByPartner(db, { within: null, partnerId }, monthRange),
      ]);
      const r = scorePartner(profileOfMonth.definition, type, monthRange, monthFacts.get(partnerId) ?? noFacts());
      return { month, score: r.score, color: r.color };
    }),
  );

  const names = await regionNames(db, lineageOfCode(partner.region_code));
  // The courses follow this rapor's own indicator results, so they always agree with what it shows.
  const recommendedCourses = await recommendedCoursesFor(db, actor, partner.id, result.indicators);
  return {
    partner: {
      id: partner.id,
      name: partner.name,
      type,
      scheme: PartnerScheme.parse(partner.scheme),
      regionCode: partner.region_code,
      regionPath: lineageOfCode(partner.region_code).map((code) => ({ code, name: names.get(code) ?? code })),
      cohortYear: partner.cohort_year,
    },
    from: range.from,
    to: range.to,
    profile: {
      ...profileRef(profile),
      name: profile.definition.name,
      labels: Object.fromEntries(profile.definition.indicators.map((i) => [i.code, i.label])),
    },
    result,
    gap: gapToGreen(result, profile.definition, type, range),
    history,
    recommendedCourses,
  };
}
