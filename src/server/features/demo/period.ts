import { isWithinRegion } from '#domain/regions';
import type { DateRange } from '#domain/calendar';
import type { DbOrTx } from '#server/db/database';
import { insertDemoBuild, listDemoBuilds } from './repository';

/** Notes in the seed's transaction that this database now holds the demo of a region. */
export function recordDemoBuild(db: DbOrTx, demo: { regionCode: string; report: DateRange; asOf: string; now: Date }): Promise<void> {
  return insertDemoBuild(db, {
    regionCode: demo.regionCode,
    reportFrom: demo.report.from,
    reportTo: demo.report.to,
    asOf: demo.asOf,
    createdAt: demo.now.toISOString(),
  });
}

const overlaps = (a: string | null, b: string) => a === null || isWithinRegion(a, b) || isWithinRegion(b, a);

/**
 * The period a demo's figures are for, while what the viewer sees is that demo: its region (null:
 * the whole country) overlaps the demo's, and nothing in it is dated after the demo's "today".
 * Once real reports run past that day, the data's own period is the one to open on.
 */
export async function demoPeriodFor(db: DbOrTx, seen: { regionCode: string | null; lastDate: string | null }): Promise<DateRange | null> {
  const { lastDate } = seen;
  if (lastDate === null) return null;
  const demo = (await listDemoBuilds(db)).find((d) => overlaps(seen.regionCode, d.region_code) && lastDate <= d.as_of);
  return demo ? { from: demo.report_from, to: demo.report_to } : null;
}
