import { readFile } from 'node:fs/promises';
import type { DateRange } from '#domain/calendar';
import type { ChildrenResponse, DashboardResponse } from '#domain/dashboard';
import type { Gathering } from '#domain/gatherings';
import type { Actor } from '#domain/permissions';
import type { Practice } from '#domain/practices';
import type { ProblemAction, ProblemCategory, ProblemStatus } from '#domain/problems';
import { ancestorAt, childLevelOf, type RegionLevel } from '#domain/regions';
import type { Strategy } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import { courseFiguresInRegion, type CourseFiguresInRegion } from '#server/features/courses/report';
import { childrenOfRegion, dashboard } from '#server/features/kpi/dashboard';
import { coverPhotoFilesOf } from '#server/features/photos/service';
import { practiceForActor } from '#server/features/practices/queries';
import { problemForActor } from '#server/features/problems/queries';
import { regionByCode, regionNames, regionPathsOf } from '#server/features/regions/service';
import type { AgendaLinks } from './agenda-links';

// The gathering pack (*bahan gathering*): what the gathering presents, gathered at the moment it
// is asked for. Every KPI figure is the dashboard's own answer for the gathering's region and
// period, so the pack and the screen can never disagree.

export interface PackStory {
  id: number;
  title: string;
  partnerName: string;
  /** The library's region from its own level up: "Puput, Parittiga, Kabupaten Bangka Barat, …". */
  place: string;
  strategy: Strategy | null;
  summary: string;
  /** The first photo, full size (JPEG), or null for a story without one. */
  photo: Buffer | null;
}

export interface PackProblem {
  id: number;
  title: string;
  partnerName: string;
  place: string;
  category: ProblemCategory;
  status: ProblemStatus;
  resolution: string | null;
  actions: Pick<ProblemAction, 'what' | 'owner' | 'dueDate' | 'done' | 'overdue'>[];
}

export interface PackChampion {
  partnerId: number;
  name: string;
  /** The child region of the gathering's region it lies in (the regency/city for a province). */
  area: string;
  score: number;
}

/** What the pack's cover says of the gathering. */
export type PackGathering = Pick<Gathering, 'id' | 'title' | 'date' | 'mode' | 'regionCode' | 'facilitators' | 'consultants' | 'attendees'>;

export interface GatheringPack {
  gathering: PackGathering & { regionName: string };
  period: DateRange;
  figures: DashboardResponse;
  /** The level of the region's children (regency/city for a province), null when it has none. */
  childLevel: RegionLevel | null;
  children: ChildrenResponse['items'];
  champions: PackChampion[];
  stories: PackStory[];
  problems: PackProblem[];
  /** Elis: the courses the agenda introduced (every published one when it names none), with the region's learners in each. */
  elis: { linked: boolean; courses: CourseFiguresInRegion[] };
}

export interface PackRequest {
  /** Who asks: the agenda's stories and problems appear only as far as this actor may read them. */
  actor: Actor;
  gathering: PackGathering;
  period: DateRange;
  links: AgendaLinks;
  uploadDir: string;
  now: Date;
}

/** Null for a row the actor may not read (or that is gone): the pack leaves it out. */
async function unlessHidden<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') return null;
    throw error;
  }
}

async function readPhoto(path: string | undefined): Promise<Buffer | null> {
  if (!path) return null;
  try {
    return await readFile(path);
  } catch {
    // A photo file lost from the upload folder leaves the story without a picture rather than failing the pack.
    return null;
  }
}

const placeOf = (path: readonly { name: string }[]) =>
  path
    .map((step) => step.name)
    .reverse()
    .join(', ');

/** The published stories on the agenda, in its order, each with its first photo. */
async function storiesOf(db: Db, request: PackRequest): Promise<PackStory[]> {
  const read = await Promise.all(request.links.practiceIds.map((id) => unlessHidden(practiceForActor(db, request.actor, id))));
  // A pack is printed and handed round: a story not (or no longer) published stays with its library.
  const stories = read.filter((s): s is Practice => s?.status === 'published');
  const files = await coverPhotoFilesOf(
    db,
    'practice',
    stories.map((s) => s.id),
    request.uploadDir,
  );
  const photos = await Promise.all(stories.map((s) => readPhoto(files.get(s.id))));
  return stories.map((s, i) => ({
    id: s.id,
    title: s.title,
    partnerName: s.partnerName,
    place: placeOf(s.regionPath),
    strategy: s.strategy,
    summary: s.summary,
    photo: photos[i] ?? null,
  }));
}

/** The problems on the agenda the actor may read, in its order, with their actions. */
async function problemsOf(db: Db, request: PackRequest): Promise<PackProblem[]> {
  const read = await Promise.all(request.links.problemIds.map((id) => unlessHidden(problemForActor(db, request.actor, id, request.now))));
  const problems = read.filter((p) => p !== null);
  const paths = await regionPathsOf(
    db,
    problems.map((p) => p.regionCode),
  );
  return problems.map((p) => ({
    id: p.id,
    title: p.title,
    partnerName: p.partnerName,
    place: placeOf(paths.get(p.regionCode) ?? []),
    category: p.category,
    status: p.status,
    resolution: p.resolution,
    actions: p.actions.map((a) => ({ what: a.what, owner: a.owner, dueDate: a.dueDate, done: a.done, overdue: a.overdue })),
  }));
}

/** The champions (score 100), each with the child region it lies in, as the colour table groups them. */
async function championsOf(db: Db, figures: DashboardResponse, childLevel: RegionLevel | null): Promise<PackChampion[]> {
  const areaOf = (code: string) => (childLevel === null ? null : ancestorAt(code, childLevel)) ?? code;
  const names = await regionNames(db, [...new Set(figures.champions.map((c) => areaOf(c.regionCode)))]);
  return figures.champions.map((c) => ({
    partnerId: c.partnerId,
    name: c.name,
    area: names.get(areaOf(c.regionCode)) ?? c.regionCode,
    score: c.score,
  }));
}

/**
 * Gathers a gathering's pack: the region's activities per strategy and participants, partners by
 * scheme, colours per child region and champions for the period, then the agenda's stories and
 * problems as the asker may read them, and the region's learners in the courses it introduced. The caller has checked that the actor may read the gathering.
 */
export async function buildGatheringPack(db: Db, request: PackRequest): Promise<GatheringPack> {
  const region = await regionByCode(db, request.gathering.regionCode);
  const scope = { code: region.code, name: region.name, level: region.level };
  const linked = request.links.courseIds.length > 0;
  const [figures, children, stories, problems, courses] = await Promise.all([
    dashboard(db, scope, request.period),
    childrenOfRegion(db, scope, request.period),
    storiesOf(db, request),
    problemsOf(db, request),
    courseFiguresInRegion(db, region.code, linked ? request.links.courseIds : 'published'),
  ]);
  const childLevel = childLevelOf(region.level);
  return {
    gathering: { ...request.gathering, regionName: region.name },
    period: request.period,
    figures,
    childLevel,
    children: children.items,
    champions: await championsOf(db, figures, childLevel),
    stories,
    problems,
    elis: { linked, courses },
  };
}
