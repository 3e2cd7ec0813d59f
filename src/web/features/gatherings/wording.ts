import { formatDate } from '#domain/calendar';
import type { GatheringSummary } from '#domain/gatherings';

/** "Sabtu, 28 September 2024": a meeting's day as people announce it. */
export function meetingDay(date: string, locale: string): string {
  return formatDate(date, locale, 'long');
}

/** Upcoming gatherings (today included) soonest first; past ones latest first. */
export function splitByDate(items: readonly GatheringSummary[], today: string): { upcoming: GatheringSummary[]; past: GatheringSummary[] } {
  const upcoming = items.filter((g) => g.date >= today).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const past = items.filter((g) => g.date < today).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return { upcoming, past };
}
