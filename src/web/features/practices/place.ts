import type { PracticeSummary } from '#domain/practices';

/**
 * Where a library is, as a reader elsewhere in the country needs it: its regency or city, then
 * its province ("Kabupaten Bangka Barat, Kepulauan Bangka Belitung"); a provincial library's is
 * its province alone.
 */
export function placeOf(path: PracticeSummary['regionPath']): string {
  const [province, regency] = path;
  return [regency?.name, province?.name].filter((name) => name !== undefined).join(', ');
}

/** The whole path, from the library's own village up to the province, for the story's page. */
export const fullPlaceOf = (path: PracticeSummary['regionPath']): string =>
  path
    .map((step) => step.name)
    .reverse()
    .join(', ');
