import { can, inScope, type Actor } from '#domain/permissions';
import { dueDateToday, ProblemStatus, type ProblemAction } from '#domain/problems';
import type { DbOrTx } from '#server/db/database';
import { problemActionRows, problemCardRows } from './agenda.repository';
import { toProblemAction } from './mapping';

// What the gatherings feature needs of problems besides linking them (gathering-links.ts): where
// each sits, to check that an agenda names only problems of its region; the cards the agenda shows,
// to each reader only the problems it may see; and the actions a gathering's follow-ups became.

export interface ProblemCard {
  id: number;
  title: string;
  status: ProblemStatus;
  partnerId: number;
  partnerName: string;
  regionCode: string;
}

/** The problems that exist among these ids, by id, whoever may see them: for the caller's own checks. */
export async function problemCards(db: DbOrTx, ids: readonly number[]): Promise<Map<number, ProblemCard>> {
  const rows = await problemCardRows(db, [...new Set(ids)]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        title: r.title,
        status: ProblemStatus.parse(r.status),
        partnerId: r.partner_id,
        partnerName: r.partner_name,
        regionCode: r.region_code,
      },
    ]),
  );
}

/** Whether the actor may see the problem: the problems' own rule, for a card shown elsewhere. */
export function problemVisibleTo(actor: Actor, card: Pick<ProblemCard, 'regionCode' | 'partnerId'>): boolean {
  return can(actor, 'problems.read') && inScope(actor, card);
}

/** Actions by id as a problem's detail shows them (overdue by the problems' rule). */
export async function problemActionsById(db: DbOrTx, ids: readonly number[], now: Date): Promise<Map<number, ProblemAction>> {
  const today = dueDateToday(now);
  const rows = await problemActionRows(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, toProblemAction(r, ProblemStatus.parse(r.problem_status), today)]));
}
