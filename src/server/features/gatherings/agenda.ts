import { fieldChanges } from '#domain/audit';
import { gatheringPeriod, type AgendaItemInput, type AgendaKind } from '#domain/gatherings';
import type { Actor } from '#domain/permissions';
import { isWithinRegion } from '#domain/regions';
import type { Tx } from '#server/db/database';
import { invalidField } from '#server/http/errors';
import { courseCards, courseVisibleTo } from '#server/features/courses/agenda';
import { publishedStoryCards } from '#server/features/practices/agenda';
import { problemCards } from '#server/features/problems/agenda';
import { linkProblemsToGathering } from '#server/features/problems/gathering-links';
import { knownRegion } from '#server/features/regions/service';
import {
  deleteItems,
  insertItem,
  itemsOf,
  linksOf,
  replaceCourseLinks,
  replacePracticeLinks,
  replaceProblemLinks,
  updateItem,
} from './agenda.repository';
import { auditGathering } from './trail';

// The typed agenda: what each item links is checked against the gathering, then the items are
// written in order, and the problems they name become the gathering's problems (linked on each
// problem's trail by the problems feature). Courses are checked by the courses feature's rule.

/** What an item says, without its minutes and follow-ups: the shape compared, and kept on the trail, when the agenda changes. */
export interface AgendaContent {
  id: number | null;
  kind: AgendaKind;
  title: string;
  region?: string;
  from?: string;
  to?: string;
  practiceIds?: number[];
  problemIds?: number[];
  courseIds?: number[];
}

interface Place {
  id: number;
  regionCode: string;
  date: string;
}

const unique = (ids: readonly number[]) => [...new Set(ids)];

/** The agenda as stored, in order. */
export async function agendaContent(tx: Tx, gatheringId: number): Promise<AgendaContent[]> {
  const items = await itemsOf(tx, gatheringId);
  const links = await linksOf(
    tx,
    items.map((i) => i.id),
  );
  const idsOf = (rows: { item_id: number; id: number }[], itemId: number) => rows.filter((r) => r.item_id === itemId).map((r) => r.id);
  return items.map((item): AgendaContent => {
    const base = { id: item.id, title: item.title };
    switch (item.kind as AgendaKind) {
      case 'capaian_kpi':
        return { ...base, kind: 'capaian_kpi', region: item.region_code ?? '', from: item.from_date ?? '', to: item.to_date ?? '' };
      case 'praktik_baik':
        return { ...base, kind: 'praktik_baik', practiceIds: idsOf(links.practices, item.id) };
      case 'pemecahan_masalah':
        return { ...base, kind: 'pemecahan_masalah', problemIds: idsOf(links.problems, item.id) };
      case 'elis':
        return { ...base, kind: 'elis', courseIds: idsOf(links.courses, item.id) };
      default:
        return { ...base, kind: 'lainnya' };
    }
  });
}

/**
 * The wanted agenda checked against the gathering, with the KPI item's defaults filled in. Every
 * refusal names the field (`agenda.2.problemIds.0`), so the form can point at it.
 */
async function resolveAgenda(
  tx: Tx,
  actor: Actor,
  place: Place,
  input: readonly AgendaItemInput[],
  before: readonly AgendaContent[],
): Promise<AgendaContent[]> {
  const kept = new Map(before.flatMap((i) => (i.id === null ? [] : [[i.id, i] as const])));
  const stories = await publishedStoryCards(
    tx,
    input.flatMap((i) => (i.kind === 'praktik_baik' ? i.practiceIds : [])),
  );
  const problems = await problemCards(
    tx,
    input.flatMap((i) => (i.kind === 'pemecahan_masalah' ? i.problemIds : [])),
  );
  const courses = await courseCards(
    tx,
    input.flatMap((i) => (i.kind === 'elis' ? i.courseIds : [])),
  );
  const seen = new Set<number>();
  const resolved: AgendaContent[] = [];
  for (const [index, item] of input.entries()) {
    const field = (name: string) => `agenda.${index}.${name}`;
    if (item.id !== undefined) {
      if (!kept.has(item.id)) throw invalidField(field('id'), 'unknown_item', 'no item of this gathering’s agenda has this id');
      if (seen.has(item.id)) throw invalidField(field('id'), 'duplicate', 'this item appears twice in the agenda');
      seen.add(item.id);
    }
    const base = { id: item.id ?? null, title: item.title };
    switch (item.kind) {
      case 'capaian_kpi': {
        const region = item.region ?? place.regionCode;
        if (!isWithinRegion(region, place.regionCode)) {
          throw invalidField(field('region'), 'outside_region', 'the region presented must lie inside the gathering’s region');
        }
        if (!(await knownRegion(tx, region))) throw invalidField(field('region'), 'unknown_region', 'no region has this code');
        const period = gatheringPeriod(place.date);
        const from = item.from ?? period.from;
        const to = item.to ?? period.to;
        if (from > to) throw invalidField(field('to'), 'before_from', 'must not be before from');
        resolved.push({ ...base, kind: 'capaian_kpi', region, from, to });
        break;
      }
      case 'praktik_baik': {
        const ids = unique(item.practiceIds);
        const missing = ids.findIndex((id) => !stories.has(id));
        if (missing >= 0) throw invalidField(field(`practiceIds.${missing}`), 'not_published', 'no published story has this id');
        resolved.push({ ...base, kind: 'praktik_baik', practiceIds: ids });
        break;
      }
      case 'pemecahan_masalah': {
        const ids = unique(item.problemIds);
        const outside = ids.findIndex((id) => {
          const card = problems.get(id);
          return !card || !isWithinRegion(card.regionCode, place.regionCode);
        });
        if (outside >= 0) {
          throw invalidField(field(`problemIds.${outside}`), 'unknown_problem', 'no problem with this id in the gathering’s region');
        }
        resolved.push({ ...base, kind: 'pemecahan_masalah', problemIds: ids });
        break;
      }
      case 'elis': {
        const ids = unique(item.courseIds);
        // A course the item already introduces stays when sent back, even if unpublished meanwhile.
        const linked = new Set(item.id === undefined ? [] : (kept.get(item.id)?.courseIds ?? []));
        const unknown = ids.findIndex((id) => {
          const card = courses.get(id);
          return !card || (!linked.has(id) && !courseVisibleTo(actor, card));
        });
        if (unknown >= 0) throw invalidField(field(`courseIds.${unknown}`), 'unknown_course', 'no course has this id');
        resolved.push({ ...base, kind: 'elis', courseIds: ids });
        break;
      }
      case 'lainnya':
        resolved.push({ ...base, kind: 'lainnya' });
        break;
    }
  }
  return resolved;
}

/**
 * Makes the agenda exactly `input`, in its order, and records the change on the trail; answers
 * whether anything changed (an agenda sent back as it is writes nothing). Items sent with their id
 * keep their minutes and follow-ups; items left out go with theirs (a problem's action stays the
 * problem's). The caller holds the gathering's lock and has checked that the actor may edit it.
 */
export async function replaceAgenda(
  tx: Tx,
  by: { actor: Actor; now: Date },
  place: Place,
  input: readonly AgendaItemInput[],
  audit: 'created' | 'changed',
): Promise<boolean> {
  const before = await agendaContent(tx, place.id);
  const wanted = await resolveAgenda(tx, by.actor, place, input, before);
  if (Object.keys(fieldChanges({ agenda: before }, { agenda: wanted })).length === 0) return false;

  const keptIds = new Set(wanted.map((i) => i.id));
  await deleteItems(
    tx,
    before.map((i) => i.id).filter((id): id is number => id !== null && !keptIds.has(id)),
  );
  const after: AgendaContent[] = [];
  for (const [position, item] of wanted.entries()) {
    const columns = {
      position,
      kind: item.kind,
      title: item.title,
      region_code: item.region ?? null,
      from_date: item.from ?? null,
      to_date: item.to ?? null,
    };
    let id = item.id;
    if (id === null) id = await insertItem(tx, { ...columns, gathering_id: place.id, minutes: null, minutes_by: null, minutes_at: null });
    else await updateItem(tx, id, columns);
    await replacePracticeLinks(tx, id, item.practiceIds ?? []);
    await replaceProblemLinks(tx, id, item.problemIds ?? []);
    await replaceCourseLinks(tx, id, item.courseIds ?? []);
    after.push({ ...item, id });
  }
  await linkProblemsToGathering(tx, { actorId: by.actor.id, now: by.now }, place, unique(after.flatMap((i) => i.problemIds ?? [])));
  // A new gathering's agenda is part of its `created` entry; afterwards each change is an entry of its own.
  if (audit === 'changed') {
    await auditGathering(tx, place.id, {
      actorId: by.actor.id,
      at: by.now.toISOString(),
      kind: 'agenda_changed',
      changes: { agenda: { from: before, to: after } },
    });
  }
  return true;
}
