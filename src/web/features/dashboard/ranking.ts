import type { KpiListItem } from '#domain/dashboard';

export type RankingSort = 'score' | 'name';

export interface RankedPartner extends KpiListItem {
  /** Competition rank by score: equal scores share a rank and the next one skips (1, 1, 3). */
  rank: number;
}

/** Ranks by score, whatever order the API sent; ties keep the API's order (it breaks them by name). */
export function rankPartners(items: readonly KpiListItem[]): RankedPartner[] {
  const byScore = [...items].sort((a, b) => b.score - a.score);
  let rank = 0;
  return byScore.map((item, index) => {
    if (index === 0 || item.score !== byScore[index - 1]?.score) rank = index + 1;
    return { ...item, rank };
  });
}

/** Highest score first, or A to Z by name as the user's language sorts it (ignoring case and accents). */
export function sortRanking(items: readonly RankedPartner[], sort: RankingSort, locale: string): RankedPartner[] {
  if (sort === 'score') return [...items].sort((a, b) => a.rank - b.rank);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(a.name, b.name) || a.rank - b.rank);
}

/** Partners whose name contains every typed word, in any case. */
export function filterRanking(items: readonly RankedPartner[], query: string): RankedPartner[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const name = item.name.toLocaleLowerCase();
    return words.every((word) => name.includes(word));
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
}

/** One page of a list, counting from 1; a page past the end shows the last one. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
