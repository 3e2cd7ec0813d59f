import { beforeAll, describe, expect, it } from 'vitest';
import { CreateProblemActionBody, CreateProblemBody, ProblemCommentBody } from '#domain/problems';
import { CreatePracticeBody, practiceLimits, ReturnPracticeBody } from '#domain/practices';
import { championVillageCodes, demoAsOf } from './figures';
import type { DemoProblem } from './problems';
import { buildDemoPlan, type DemoPlan } from './plan';
import { loadProvince19 } from './province19.fixture';
import type { DemoStory } from './stories';
import type { Region } from '#domain/regions';

let regions: Region[];
let plan: DemoPlan;

beforeAll(async () => {
  regions = await loadProvince19();
  plan = buildDemoPlan(regions);
});

const partnerOf = (ref: number) => {
  const partner = plan.partners[ref];
  if (!partner) throw new Error(`no partner ${ref}`);
  return partner;
};
const storiesIn = (status: DemoStory['course']['status']) => plan.loop.stories.filter((s) => s.course.status === status);
const moments = (s: DemoStory): string[] => {
  const c = s.course;
  const steps = [
    c.written,
    'submitted' in c ? c.submitted : null,
    'published' in c ? c.published : null,
    'returned' in c ? c.returned : null,
  ];
  return [...steps, 'featured' in c ? c.featured : null].filter((m): m is string => typeof m === 'string');
};
const problem = (key: string): DemoProblem => {
  const found = plan.loop.problems.find((p) => p.key === key);
  if (!found) throw new Error(`no problem ${key}`);
  return found;
};

describe('the demo’s good-practice stories', () => {
  it('are seven published stories of champions, four of them featured, and four still with their libraries and reviewers', () => {
    const champions = new Set<string>(championVillageCodes);
    const published = storiesIn('published');
    expect(published).toHaveLength(7);
    expect(published.every((s) => champions.has(partnerOf(s.partnerRef).regionCode))).toBe(true);
    expect(published.filter((s) => 'featured' in s.course && s.course.featured)).toHaveLength(4);
    expect(storiesIn('submitted')).toHaveLength(2);
    expect(storiesIn('returned')).toHaveLength(1);
    expect(storiesIn('draft')).toHaveLength(1);
    expect(new Set(plan.loop.stories.map((s) => s.partnerRef)).size).toBe(plan.loop.stories.length);
  });

  it('fit the limits the API enforces, and a returned story carries its reviewer’s reason', () => {
    for (const s of plan.loop.stories) {
      const body = { partnerId: 1, ...s, activityIds: s.activityIndexes.map((i) => i + 1) };
      const { key: _k, partnerRef: _p, activityIndexes: _a, pictures: _pi, course: _c, comments: _co, ...fields } = body;
      expect(CreatePracticeBody.safeParse(fields).success, s.key).toBe(true);
      for (const c of s.comments ?? []) expect(c.text.length).toBeLessThanOrEqual(practiceLimits.comment);
    }
    for (const s of storiesIn('returned')) {
      expect(s.course.status === 'returned' && ReturnPracticeBody.safeParse({ comment: s.course.comment }).success).toBe(true);
    }
  });

  it('link one to three of their own library’s verified activities, reported before the story was written', () => {
    for (const s of plan.loop.stories) {
      expect(s.activityIndexes.length, s.key).toBeGreaterThanOrEqual(1);
      expect(s.activityIndexes.length, s.key).toBeLessThanOrEqual(3);
      for (const i of s.activityIndexes) {
        const a = plan.activities[i];
        expect(a?.partnerRef, s.key).toBe(s.partnerRef);
        expect(a?.status).toBe('verified');
        expect(a && a.date < s.course.written.slice(0, 10)).toBe(true);
      }
    }
  });

  it('happen in order, all before the demo’s today', () => {
    for (const s of plan.loop.stories) {
      const steps = moments(s);
      expect(steps, s.key).toEqual([...steps].sort());
      expect(steps.every((m) => m < demoAsOf)).toBe(true);
      expect((s.comments ?? []).every((c) => c.at > steps[0]! && c.at < demoAsOf)).toBe(true);
    }
  });

  it('have one to three pictures each, drawn as 800 × 600 SVG naming the library', () => {
    for (const s of plan.loop.stories) {
      expect(s.pictures.length, s.key).toBeGreaterThanOrEqual(1);
      expect(s.pictures.length, s.key).toBeLessThanOrEqual(3);
      for (const svg of s.pictures) {
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="600"/);
        expect(svg).toContain(partnerOf(s.partnerRef).name.replace(/&/g, '&amp;'));
      }
    }
    const all = plan.loop.stories.flatMap((s) => s.pictures);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the demo’s problems', () => {
  it('the gathering works on the problems of Perpusdes Cendil, Belo Laut and Tanjung Labu', () => {
    const { pemecahanMasalah } = plan.loop.gatheringAgenda;
    expect(pemecahanMasalah.map((key) => partnerOf(problem(key).partnerRef)).map((p) => [p.name, p.regionCode])).toEqual([
      ['Perpusdes Cendil', '19.06.04.2003'],
      ['Perpusdes Belo Laut', '19.05.01.2006'],
      ['Perpusdes Tanjung Labu', '19.03.02.2001'],
    ]);
  });

  it('each of those was raised and discussed by its manager, a facilitator and the consultant before the gathering, and taken up after it with new actions', () => {
    const ends = plan.loop.gatheringSessionEnds;
    for (const key of plan.loop.gatheringAgenda.pemecahanMasalah) {
      const p = problem(key);
      const before = p.steps.filter((s) => s.at < ends);
      const after = p.steps.filter((s) => s.at >= ends);
      expect(p.raised.at < ends).toBe(true);
      const commenters = new Set(before.filter((s) => s.kind === 'comment').map((s) => s.by));
      expect(commenters.has('pengelola') && commenters.has('karolina') && (commenters.has('runi') || commenters.has('yulianti')), key).toBe(
        true,
      );
      expect(before.some((s) => s.kind === 'done')).toBe(true);
      expect(before.some((s) => s.kind === 'status')).toBe(false);
      expect(after.find((s) => s.kind === 'status')).toMatchObject({ status: 'ditangani' });
      expect(after.filter((s) => s.kind === 'action').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('in the rest of the province one is solved with a resolution, one has an action past its due day, one is still open', () => {
    const named = new Set(plan.loop.gatheringAgenda.pemecahanMasalah);
    const others = plan.loop.problems.filter((p) => !named.has(p.key));
    expect(others.filter((p) => p.steps.some((s) => s.kind === 'resolve'))).toHaveLength(1);
    const overdue = others.filter((p) => {
      const done = new Set(p.steps.flatMap((s) => (s.kind === 'done' ? [s.ref] : [])));
      return p.steps.some((s) => s.kind === 'action' && !done.has(s.ref) && s.due < demoAsOf) && !p.steps.some((s) => s.kind === 'resolve');
    });
    expect(overdue).toHaveLength(1);
    expect(others.filter((p) => !p.steps.some((s) => s.kind === 'status' || s.kind === 'resolve'))).toHaveLength(1);
    expect(new Set(plan.loop.problems.map((p) => p.partnerRef)).size).toBe(plan.loop.problems.length);
  });

  it('fit the limits the API enforces; their steps come in order, each tick after its action', () => {
    for (const p of plan.loop.problems) {
      expect(CreateProblemBody.safeParse({ partnerId: 1, title: p.title, category: p.category, description: p.description }).success).toBe(
        true,
      );
      const ats = [p.raised.at, ...p.steps.map((s) => s.at)];
      expect(ats, p.key).toEqual([...ats].sort());
      expect(ats.every((at) => at.slice(0, 10) <= demoAsOf)).toBe(true);
      const added = new Set<string>();
      for (const s of p.steps) {
        if (s.kind === 'comment') expect(ProblemCommentBody.safeParse({ text: s.text }).success).toBe(true);
        if (s.kind === 'action') {
          expect(CreateProblemActionBody.safeParse({ what: s.what, owner: s.owner, dueDate: s.due }).success).toBe(true);
          added.add(s.ref);
        }
        if (s.kind === 'done') expect(added.has(s.ref), `${p.key} ${s.ref}`).toBe(true);
      }
    }
  });
});

describe('the gathering’s agenda', () => {
  it('shares published, featured stories of champions', () => {
    const shared = plan.loop.gatheringAgenda.praktikBaik.map((key) => plan.loop.stories.find((s) => s.key === key));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    expect(shared.every((s) => s?.course.status === 'published' && 'featured' in s.course && s.course.featured !== undefined)).toBe(true);
  });

  it('is built for any seed, each story with its own activities to tell of', () => {
    const other = buildDemoPlan(regions, 7);
    expect(other.loop.stories).toHaveLength(plan.loop.stories.length);
    expect(other.loop.stories.every((s) => s.activityIndexes.length > 0)).toBe(true);
    expect(other.loop.gatheringAgenda).toEqual(plan.loop.gatheringAgenda);
  });
});
