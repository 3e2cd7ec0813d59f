import type { DemoActivity } from './activities';
import type { DemoPartner } from './partners';
import type { WibMoment } from './people';
import { gatheringProblems, gatheringSessionEnds } from './problem-texts';
import { buildProvinceProblems, type DemoProblem } from './problems';
import type { ProvinceIndex } from './province';
import { createRandom, type Random } from './random';
import { buildDemoStory, type DemoStory } from './stories';
import { publishedStories } from './story-texts';
import { storiesInReview } from './story-texts-review';

/**
 * The programme's learning loop in the demo province: good-practice stories of the champions
 * (published, featured, and some still in review), and problems raised, discussed and worked on,
 * three of them at the gathering of 28 September 2024.
 */
export interface DemoLoop {
  stories: DemoStory[];
  problems: DemoProblem[];
  /** The named problems are linked to the gathering at this moment; their later steps came out of it. */
  gatheringSessionEnds: WibMoment;
  /** What the gathering's agenda covers, by key: the stories its `praktik_baik` item shares, the problems its `pemecahan_masalah` item works on. */
  gatheringAgenda: { praktikBaik: string[]; pemecahanMasalah: string[] };
}

/** The stories shared at the gathering: the four the provincial office featured for it. */
const sharedAtGathering = ['cendil-menjahit', 'sempan-lada', 'belo-laut-apbdes', 'puput-cerita'];

/** FNV-1a, so each story's pictures draw from their own stream: changing one story redraws no other. */
function hashOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i += 1) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function villageLibrary(partners: readonly DemoPartner[], villageCode: string): DemoPartner {
  const partner = partners.find((p) => p.type === 'desa' && p.regionCode === villageCode);
  if (!partner) throw new Error(`the demo has no village library on ${villageCode}`);
  return partner;
}

/**
 * Builds the loop over the plan's partners and activities. It draws from its own random streams,
 * never the plan's, so the partners, activities and figures are what they were without it.
 */
export function buildDemoLoop(
  index: ProvinceIndex,
  partners: readonly DemoPartner[],
  activities: readonly DemoActivity[],
  seed: number,
): DemoLoop {
  const randomFor = (name: string): Random => createRandom((seed ^ hashOf(name)) >>> 0);
  const ownActivities = new Map<number, { index: number; activity: DemoActivity }[]>();
  activities.forEach((activity, i) => {
    const list = ownActivities.get(activity.partnerRef) ?? [];
    list.push({ index: i, activity });
    ownActivities.set(activity.partnerRef, list);
  });

  const stories = [...publishedStories, ...storiesInReview].map((text) => {
    const partner = villageLibrary(partners, text.villageCode);
    return buildDemoStory(text, partner, ownActivities.get(partner.ref) ?? [], randomFor);
  });
  const named = gatheringProblems.map(({ villageCode, text }): DemoProblem => ({
    ...text,
    partnerRef: villageLibrary(partners, villageCode).ref,
  }));
  const others = buildProvinceProblems(partners, index, new Set(named.map((p) => p.partnerRef)), randomFor('problems'));
  return {
    stories,
    problems: [...named, ...others],
    gatheringSessionEnds,
    gatheringAgenda: { praktikBaik: sharedAtGathering, pemecahanMasalah: named.map((p) => p.key) },
  };
}
