import {
  CreateGatheringBody,
  UpdateGatheringBody,
  type AgendaItemInput,
  type AgendaKind,
  type Gathering,
  type GatheringMode,
} from '#domain/gatherings';
import { levelOfCode, type RegionLevel } from '#domain/regions';
import { checked, type Checked } from '#web/forms/issues.ts';

// The create and edit form of a gathering as plain values, and the bodies the API takes from them.

export interface StoryRef {
  id: number;
  title: string;
  partnerName: string;
}

export interface ProblemRef {
  id: number;
  title: string;
  partnerName: string;
}

export interface CourseRef {
  id: number;
  title: string;
}

export interface PlaceRef {
  code: string;
  name: string;
  level: RegionLevel;
}

/** One agenda item being written; `key` tells React the rows apart while they move. */
export interface ItemDraft {
  key: string;
  /** The existing item this row keeps (its minutes and follow-ups), or none for a new item. */
  id?: number;
  kind: AgendaKind;
  title: string;
  /** capaian_kpi: the region presented (null: the gathering's) and the period (empty: from 1 January to the day before). */
  region: PlaceRef | null;
  from: string;
  to: string;
  stories: StoryRef[];
  problems: ProblemRef[];
  courses: CourseRef[];
}

export interface GatheringDraft {
  title: string;
  date: string;
  mode: GatheringMode;
  region: PlaceRef | null;
  /** One name per line. */
  facilitators: string;
  consultants: string;
  agenda: ItemDraft[];
}

let keys = 0;
export const newKey = (): string => `item-${++keys}`;

export function newItem(kind: AgendaKind, title: string): ItemDraft {
  return { key: newKey(), kind, title, region: null, from: '', to: '', stories: [], problems: [], courses: [] };
}

export function draftOf(g: Gathering, regionLevel: RegionLevel): GatheringDraft {
  return {
    title: g.title,
    date: g.date,
    mode: g.mode,
    region: { code: g.regionCode, name: g.regionName, level: regionLevel },
    facilitators: g.facilitators.join('\n'),
    consultants: g.consultants.join('\n'),
    agenda: g.agenda.map((item) => ({
      key: newKey(),
      id: item.id,
      kind: item.kind,
      title: item.title,
      region:
        item.kind === 'capaian_kpi' && item.region
          ? { code: item.region, name: item.regionName ?? item.region, level: levelOfCode(item.region) }
          : null,
      from: item.from ?? '',
      to: item.to ?? '',
      stories: (item.practices ?? []).map((s) => ({ id: s.id, title: s.title, partnerName: s.partnerName })),
      problems: (item.problems ?? []).map((p) => ({ id: p.id, title: p.title, partnerName: p.partnerName })),
      courses: (item.courses ?? []).map((c) => ({ id: c.id, title: c.title })),
    })),
  };
}

const names = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

const blankIsNone = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** An item as the API takes it: only the fields of its kind. */
export function itemInput(item: ItemDraft): AgendaItemInput {
  const base = { ...(item.id === undefined ? {} : { id: item.id }), title: item.title };
  switch (item.kind) {
    case 'capaian_kpi': {
      const region = item.region?.code;
      const from = blankIsNone(item.from);
      const to = blankIsNone(item.to);
      return {
        ...base,
        kind: 'capaian_kpi',
        ...(region === undefined ? {} : { region }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      };
    }
    case 'praktik_baik':
      return { ...base, kind: 'praktik_baik', practiceIds: item.stories.map((s) => s.id) };
    case 'pemecahan_masalah':
      return { ...base, kind: 'pemecahan_masalah', problemIds: item.problems.map((p) => p.id) };
    case 'elis':
      return { ...base, kind: 'elis', courseIds: item.courses.map((c) => c.id) };
    case 'lainnya':
      return { ...base, kind: 'lainnya' };
  }
}

function fields(d: GatheringDraft) {
  return {
    title: d.title,
    date: d.date,
    mode: d.mode,
    facilitators: names(d.facilitators),
    consultants: names(d.consultants),
    agenda: d.agenda.map(itemInput),
  };
}

export function checkNewGathering(d: GatheringDraft): Checked<CreateGatheringBody> {
  return checked(CreateGatheringBody.safeParse({ ...fields(d), regionCode: d.region?.code }));
}

/** An edit sends every field, the whole agenda in its order. */
export function checkGatheringEdit(d: GatheringDraft): Checked<UpdateGatheringBody> {
  return checked(UpdateGatheringBody.safeParse(fields(d)));
}

/** Moves the item at `index` one place up (-1) or down (+1); at either end nothing moves. */
export function moveItem(items: readonly ItemDraft[], index: number, by: -1 | 1): ItemDraft[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
