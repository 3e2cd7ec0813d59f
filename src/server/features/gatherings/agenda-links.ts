import type { Gathering } from '#domain/gatherings';

/** What a gathering's agenda links: the stories it shared and the problems it worked on. */
export interface AgendaLinks {
  practiceIds: number[];
  problemIds: number[];
}

/** The stories of its `praktik_baik` items and the problems of its `pemecahan_masalah` items, in agenda order, each once. */
export function agendaLinksOf(gathering: Pick<Gathering, 'agenda'>): AgendaLinks {
  const practiceIds = new Set<number>();
  const problemIds = new Set<number>();
  for (const item of gathering.agenda) {
    for (const id of item.practiceIds ?? []) practiceIds.add(id);
    for (const id of item.problemIds ?? []) problemIds.add(id);
  }
  return { practiceIds: [...practiceIds], problemIds: [...problemIds] };
}
