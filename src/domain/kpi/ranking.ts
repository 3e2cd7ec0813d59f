/**
 * The KPI ranking as people read it: competition ranks by score, then sorted, filtered by name
 * and cut into pages. The server pages it (a province's whole list is megabytes); the rules live
 * here so the screen's numbering and the API's agree.
 */

export type RankingSort = 'score' | 'name';

interface Scored {
  name: string;
  score: number;
}

export type Ranked<T extends Scored> = T & {
  /** Competition rank by score: equal scores share a rank and the next one skips (1, 1, 3). */
  rank: number;
};

/** Ranks by score, whatever order the items come in; ties keep their order (the server's breaks them by name). */
export function rankPartners<T extends Scored>(items: readonly T[]): Ranked<T>[] {
  const byScore = [...items].sort((a, b) => b.score - a.score);
  const ranks = competitionRanks(byScore);
  return byScore.map((item, index) => ({ ...item, rank: ranks[index] ?? index + 1 }));
}

/** The competition rank of each item of a list already in score order, best first. */
export function competitionRanks(byScore: readonly { score: number }[]): Int32Array {
  const ranks = new Int32Array(byScore.length);
  for (let i = 0; i < byScore.length; i += 1) {
    ranks[i] = i > 0 && byScore[i]?.score === byScore[i - 1]?.score ? (ranks[i - 1] ?? 0) : i + 1;
  }
  return ranks;
}

/** Highest score first, or A to Z by name as the language sorts it (ignoring case and accents). */
export function sortRanking<T extends Scored>(items: readonly Ranked<T>[], sort: RankingSort, locale: string): Ranked<T>[] {
  if (sort === 'score') return [...items].sort((a, b) => a.rank - b.rank);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(a.name, b.name) || a.rank - b.rank);
}

/** Partners whose name contains every typed word, in any case. */
export function filterRanking<T extends Scored>(items: readonly T[], query: string | undefined): T[] {
  const words = (query ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
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
