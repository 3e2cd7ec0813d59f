import type { KpiProfile } from '#domain/kpi/profile';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { Region } from '#domain/regions';
import { buildDemoActivities, type DemoActivity } from './activities';
import { effortOf } from './effort';
import { championVillageCodes, demoSeed } from './figures';
import { buildDemoGathering, type DemoGathering } from './gathering';
import { buildDemoLoop, type DemoLoop } from './loop';
import { buildDemoPartners, namedVillages, type DemoPartner } from './partners';
import { indexProvince } from './province';
import { createRandom } from './random';

/** Everything the demo province holds, as plain data for the server to create through its services. */
export interface DemoPlan {
  seed: number;
  partners: DemoPartner[];
  activities: DemoActivity[];
  gathering: DemoGathering;
  /** Stories and problems; `loop.gatheringAgenda` names those the gathering covers. */
  loop: DemoLoop;
}

/**
 * The demo of Kepulauan Bangka Belitung, reproducing the source document's figures over the
 * real regions. `regions` is the province and every region inside it. The same seed always
 * gives the same plan.
 */
export function buildDemoPlan(regions: readonly Region[], seed: number = demoSeed, profile: KpiProfile = tpbis2024Profile): DemoPlan {
  const random = createRandom(seed);
  const index = indexProvince(regions);
  const partners = buildDemoPartners(index, random);
  const championCodes = new Set<string>(championVillageCodes);
  const champions = new Set(partners.filter((p) => p.type === 'desa' && championCodes.has(p.regionCode)).map((p) => p.ref));
  const efforts = partners.map((p) => effortOf(p, champions.has(p.ref), random));
  const activities = buildDemoActivities(profile, index, partners, efforts, champions, random);
  const namedCodes = new Set(namedVillages(index).map((v) => v.code));
  const featured = new Set(partners.filter((p) => p.type === 'desa' && namedCodes.has(p.regionCode)).map((p) => p.ref));
  const gathering = buildDemoGathering(partners, efforts, featured, random);
  const loop = buildDemoLoop(index, partners, activities, seed);
  return { seed, partners, activities, gathering, loop };
}
