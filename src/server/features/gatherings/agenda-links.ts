import type { Gathering } from '#domain/gatherings';

/** What a gathering's agenda links: the stories it shared, the problems it worked on, the courses it introduced. */
export interface AgendaLinks {
  practiceIds: number[];
  problemIds: number[];
  /** The courses of its `elis` items the reader may see; none: the pack reports every published course. */
  courseIds: number[];
}

/** The stories of its `praktik_baik` items, the problems of its `pemecahan_masalah` items and the courses of its `elis` items, in agenda order, each once. */
export function agendaLinksOf(gathering: Pick<Gathering, 'agenda'>): AgendaLinks {
  const practiceIds = new Set<number>();
  const problemIds = new Set<number>();
  const courseIds = new Set<number>();
  for (const item of gathering.agenda) {
    for (const id of item.practiceIds ?? []) practiceIds.add(id);
    for (const id of item.problemIds ?? []) problemIds.add(id);
    for (const course of item.courses ?? []) courseIds.add(course.id);
  }
  return { practiceIds: [...practiceIds], problemIds: [...problemIds], courseIds: [...courseIds] };
}
