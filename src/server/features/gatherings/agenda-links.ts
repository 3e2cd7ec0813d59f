import type { DbOrTx } from '#server/db/database';
import { problemsOfGathering } from '#server/features/problems/gathering-links';

/** What a gathering's agenda links: the stories it shared and the problems it worked on. */
export interface AgendaLinks {
  practiceIds: number[];
  problemIds: number[];
}

// Until the agenda is typed, the problems come from their links to the gathering and no story is
// linked yet; the typed agenda's `praktik_baik` and `pemecahan_masalah` items will answer here.
export async function agendaLinksOf(db: DbOrTx, gatheringId: number): Promise<AgendaLinks> {
  return { practiceIds: [], problemIds: await problemsOfGathering(db, gatheringId) };
}
