import { z } from 'zod';
import type { AgendaItem, AgendaKind, Gathering, GatheringAction, GatheringSummary } from '#domain/gatherings';
import { GatheringMode } from '#domain/gatherings';
import { dueDateToday } from '#domain/problems';
import type { Actor } from '#domain/permissions';
import { lineageOfCode } from '#domain/regions';
import { PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { forbidden } from '#server/http/errors';
import { courseCards, courseVisibleTo } from '#server/features/courses/agenda';
import { publishedStoryCards } from '#server/features/practices/agenda';
import { problemActionsById, problemCards, problemVisibleTo } from '#server/features/problems/agenda';
import { regionNames } from '#server/features/regions/service';
import { actorRegion, mayEditGathering, regionsTouch, visibleGathering } from './access';
import { actionsOfGathering, itemsOf, linksOf, type GatheringActionDetailRow } from './agenda.repository';
import type { GatheringRow } from './gathering.table';
import { attendanceOf, listGatherings } from './repository';
import { gatheringHistory } from './trail';

// Reading gatherings: the list of a region's, and one in full with its agenda (the stories,
// problems and courses each item links, the minutes and follow-ups), its attendance and its trail.

const names = z.array(z.string());
const modeOf = (mode: string): GatheringMode => GatheringMode.catch('online').parse(mode);

export async function gatheringsForActor(db: DbOrTx, actor: Actor, requested: string | undefined): Promise<GatheringSummary[]> {
  const region = await actorRegion(db, actor);
  if (requested !== undefined && !regionsTouch(region, requested)) throw forbidden('that region is outside your scope');
  const focus = requested ?? region;
  const rows = await listGatherings(db, focus === null ? null : lineageOfCode(focus), focus);
  const regions = await regionNames(db, [...new Set(rows.map((r) => r.region_code))]);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.date,
    mode: modeOf(r.mode),
    regionCode: r.region_code,
    regionName: regions.get(r.region_code) ?? r.region_code,
    attendees: Number(r.attendees),
  }));
}

/** A follow-up as the agenda shows it; one that is a problem's action reads as the problem's action is now. */
function toAction(
  row: GatheringActionDetailRow,
  problemActions: Awaited<ReturnType<typeof problemActionsById>>,
  today: string,
): GatheringAction | null {
  const createdBy = { id: row.created_by, username: row.author_username, displayName: row.author_display_name };
  if (row.problem_action_id !== null) {
    const action = problemActions.get(row.problem_action_id);
    if (!action) return null;
    return {
      id: row.id,
      itemId: row.item_id,
      what: action.what,
      owner: action.owner,
      dueDate: action.dueDate,
      done: action.done,
      doneAt: action.doneAt,
      overdue: action.overdue,
      problemId: action.problemId,
      problemActionId: action.id,
      createdBy,
      createdAt: row.created_at,
    };
  }
  const done = row.done === 1;
  const dueDate = row.due_date ?? '';
  return {
    id: row.id,
    itemId: row.item_id,
    what: row.what ?? '',
    owner: row.owner ?? '',
    dueDate,
    done,
    doneAt: row.done_at,
    overdue: !done && dueDate < today,
    problemId: null,
    problemActionId: null,
    createdBy,
    createdAt: row.created_at,
  };
}

async function agendaOf(db: DbOrTx, actor: Actor, gatheringId: number, now: Date): Promise<AgendaItem[]> {
  const items = await itemsOf(db, gatheringId);
  const links = await linksOf(
    db,
    items.map((i) => i.id),
  );
  const actionRows = await actionsOfGathering(db, gatheringId);
  const [stories, problems, courses, problemActions, regions] = await Promise.all([
    publishedStoryCards(
      db,
      links.practices.map((l) => l.id),
    ),
    problemCards(
      db,
      links.problems.map((l) => l.id),
    ),
    courseCards(
      db,
      links.courses.map((l) => l.id),
    ),
    problemActionsById(
      db,
      actionRows.flatMap((a) => (a.problem_action_id === null ? [] : [a.problem_action_id])),
      now,
    ),
    regionNames(db, [...new Set(items.flatMap((i) => (i.region_code === null ? [] : [i.region_code])))]),
  ]);
  const today = dueDateToday(now);
  const actions = actionRows.map((row) => toAction(row, problemActions, today)).filter((a): a is GatheringAction => a !== null);

  return items.map((item): AgendaItem => {
    const base = {
      id: item.id,
      position: item.position,
      kind: item.kind as AgendaKind,
      title: item.title,
      minutes: item.minutes,
      minutesAt: item.minutes_at,
      actions: actions.filter((a) => a.itemId === item.id),
    };
    switch (item.kind as AgendaKind) {
      case 'capaian_kpi': {
        const region = item.region_code ?? '';
        return { ...base, region, regionName: regions.get(region) ?? region, from: item.from_date ?? '', to: item.to_date ?? '' };
      }
      case 'praktik_baik': {
        const ids = links.practices.filter((l) => l.item_id === item.id).map((l) => l.id);
        return { ...base, practiceIds: ids, practices: ids.flatMap((id) => stories.get(id) ?? []) };
      }
      case 'pemecahan_masalah': {
        const ids = links.problems.filter((l) => l.item_id === item.id).map((l) => l.id);
        const cards = ids.flatMap((id) => problems.get(id) ?? []).filter((card) => problemVisibleTo(actor, card));
        return {
          ...base,
          problemIds: ids,
          problems: cards.map((c) => ({ id: c.id, title: c.title, partnerId: c.partnerId, partnerName: c.partnerName, status: c.status })),
        };
      }
      case 'elis': {
        const ids = links.courses.filter((l) => l.item_id === item.id).map((l) => l.id);
        const cards = ids.flatMap((id) => courses.get(id) ?? []).filter((card) => courseVisibleTo(actor, card));
        return { ...base, courseIds: ids, courses: cards };
      }
      default:
        return { ...base, kind: 'lainnya' };
    }
  });
}

async function toGathering(db: DbOrTx, actor: Actor, row: GatheringRow, now: Date): Promise<Gathering> {
  const [attendance, agenda, history, regions] = await Promise.all([
    attendanceOf(db, row.id),
    agendaOf(db, actor, row.id, now),
    gatheringHistory(db, row.id),
    regionNames(db, [row.region_code]),
  ]);
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    mode: modeOf(row.mode),
    regionCode: row.region_code,
    regionName: regions.get(row.region_code) ?? row.region_code,
    attendees: attendance.length,
    facilitators: names.parse(JSON.parse(row.facilitators)),
    consultants: names.parse(JSON.parse(row.consultants)),
    agenda,
    attendance: attendance.map((a) => ({ partnerId: a.id, name: a.name, type: PartnerType.parse(a.type), regionCode: a.region_code })),
    history,
    editable: mayEditGathering(actor, row.region_code),
    createdAt: row.created_at,
  };
}

export async function gatheringForActor(db: DbOrTx, actor: Actor, id: number, now: Date): Promise<Gathering> {
  return toGathering(db, actor, await visibleGathering(db, actor, id), now);
}
