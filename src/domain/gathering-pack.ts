import { z } from 'zod';
import { addDays, CalendarDate, isWithinDateBounds, startOfYear, type DateRange } from './calendar';

/**
 * The gathering pack (*bahan gathering*): the PDF a gathering presents, built for its region and a
 * period. Without one, the period is the gathering's year so far: 1 January to the day before it
 * (the day before a 1 January gathering is the last of the year before, so that whole year).
 */
const PackDate = CalendarDate.refine(isWithinDateBounds, 'outside the years the programme can have run');

export const PackQuery = z
  .strictObject({ from: PackDate.optional(), to: PackDate.optional() })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type PackQuery = z.infer<typeof PackQuery>;

/** The period a pack covers, or the field at fault when one end given lands beyond the other's default. */
export function packPeriod(
  gatheringDate: string,
  query: PackQuery,
): { ok: true; range: DateRange } | { ok: false; field: 'from' | 'to'; message: string } {
  const dayBefore = addDays(gatheringDate, -1);
  const from = query.from ?? startOfYear(dayBefore);
  const to = query.to ?? dayBefore;
  if (from <= to) return { ok: true, range: { from, to } };
  return query.from === undefined
    ? { ok: false, field: 'to', message: `must not be before ${from}, the start of the gathering’s year` }
    : { ok: false, field: 'from', message: `must not be after ${to}, the day before the gathering` };
}
