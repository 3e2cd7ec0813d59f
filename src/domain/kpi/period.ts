import { daysInRange, type DateRange } from '#domain/calendar';

/** Days in an average Gregorian month (365.25 / 12): one KPI month. */
export const daysPerKpiMonth = 30.4375;

/** The period factor `f = d / 30.4375`: how many KPI months the range is worth. */
export function periodFactor(range: DateRange): number {
  return daysInRange(range) / daysPerKpiMonth;
}
