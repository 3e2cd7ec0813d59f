import type { Region } from '#domain/regions';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import { apportion } from './apportion';
import { championVillageCodes, demoPartnerTotals, tanjungLabu } from './figures';
import { provincialLibraryName, readingParkNames, regencyLibraryName, villageLibraryName } from './names';
import type { ProvinceIndex } from './province';
import type { Random, Weighted } from './random';

/** A partner the demo creates; activities and the gathering point at it by `ref` (its index). */
export interface DemoPartner {
  ref: number;
  name: string;
  type: PartnerType;
  scheme: PartnerScheme;
  regionCode: string;
  cohortYear: number;
}

type Draft = Omit<DemoPartner, 'ref'>;

// Babel's mix: most partners are village libraries; TBMs mostly replicate on their own money.
const readingParks = 40;
const supportedReadingParks = 8;
// Bangka Barat took the programme up widely (ten of the twelve champions); cities host more TBMs.
const villageCoverageBoost: Record<string, number> = { '19.05': 1.7 };
const readingParkBoost: Record<string, number> = { '19.71': 2.5 };

const cohortsBySupport: Record<'full_support' | 'buku_bermutu' | 'replication', Weighted<number>[]> = {
  full_support: [
    { value: 2018, weight: 3 },
    { value: 2019, weight: 3 },
    { value: 2020, weight: 2 },
    { value: 2021, weight: 2 },
    { value: 2022, weight: 1 },
  ],
  buku_bermutu: [
    { value: 2020, weight: 1 },
    { value: 2021, weight: 2 },
    { value: 2022, weight: 2 },
    { value: 2023, weight: 1 },
  ],
  replication: [
    { value: 2021, weight: 1 },
    { value: 2022, weight: 2 },
    { value: 2023, weight: 3 },
    { value: 2024, weight: 2 },
  ],
};

const villageReplication: Weighted<PartnerScheme>[] = [
  { value: 'replikasi_desa', weight: 5 },
  { value: 'replikasi_kabkota', weight: 3.5 },
  { value: 'replikasi_provinsi', weight: 1.5 },
];
const readingParkReplication: Weighted<PartnerScheme>[] = [
  { value: 'replikasi_kabkota', weight: 3 },
  { value: 'replikasi_provinsi', weight: 2 },
];

/** The village libraries the source document names: the twelve champions and Tanjung Labu. */
export function namedVillages(index: ProvinceIndex): Region[] {
  const champions = championVillageCodes.map((code) => {
    const village = index.byCode.get(code);
    if (village?.level !== 'desa') throw new Error(`champion village ${code} is not among the regions`);
    return village;
  });
  const labu = index.villagesByRegency.get(tanjungLabu.regencyCode)?.find((v) => v.name === tanjungLabu.name);
  if (!labu) throw new Error(`no village named ${tanjungLabu.name} in ${tanjungLabu.regencyCode}`);
  return [...champions, labu];
}

/** Picks each regency's villages: the named ones first, the rest at random, within each regency's quota. */
function pickVillages(
  index: ProvinceIndex,
  random: Random,
  total: number,
  weightOf: (r: Region) => number,
  forced: Region[],
  taken: Set<string>,
): Region[] {
  const pools = index.regencies.map((regency) => (index.villagesByRegency.get(regency.code) ?? []).filter((v) => !taken.has(v.code)));
  const forcedIn = index.regencies.map((regency) => forced.filter((v) => v.code.startsWith(`${regency.code}.`)));
  const quotas = apportion(
    total,
    index.regencies.map((regency, i) => (pools[i]?.length ?? 0) * weightOf(regency)),
    { minimums: forcedIn.map((f) => f.length), caps: pools.map((p) => p.length) },
  );
  return index.regencies.flatMap((_, i) => {
    const mustHave = forcedIn[i] ?? [];
    const rest = random.shuffle((pools[i] ?? []).filter((v) => !mustHave.includes(v)));
    return [...mustHave, ...rest].slice(0, quotas[i]);
  });
}

/** Makes a name unique by adding the district, as people do for the two villages called Puput. */
function uniqueName(name: string, village: Region, index: ProvinceIndex, used: Set<string>): string {
  const district = village.parentCode === null ? undefined : index.byCode.get(village.parentCode);
  const unique = used.has(name) ? `${name} (${district?.name ?? village.code})` : name;
  used.add(unique);
  return unique;
}

/**
 * The 265 partners of the demo province: the provincial library, one library per regency or
 * city, village libraries on distinct real villages (the named ones included) and TBMs on
 * other villages, so one region code never holds two demo partners.
 */
export function buildDemoPartners(index: ProvinceIndex, random: Random): DemoPartner[] {
  const named = namedVillages(index);
  const villageLibraries = demoPartnerTotals.all - 1 - index.regencies.length - readingParks;
  const supportedVillages = demoPartnerTotals.supported - 1 - index.regencies.length - supportedReadingParks;
  const taken = new Set<string>();
  const villages = pickVillages(index, random, villageLibraries, (r) => villageCoverageBoost[r.code] ?? 1, named, taken);
  villages.forEach((v) => taken.add(v.code));
  const parks = pickVillages(index, random, readingParks, (r) => readingParkBoost[r.code] ?? 1, [], taken);

  const usedNames = new Set<string>();
  const drafts: Draft[] = [
    {
      name: provincialLibraryName(index.province),
      type: 'provinsi',
      scheme: 'full_support',
      regionCode: index.province.code,
      cohortYear: 2018,
    },
    ...index.regencies.map((regency): Draft => ({
      name: regencyLibraryName(regency),
      type: 'kabkota',
      scheme: 'full_support',
      regionCode: regency.code,
      cohortYear: regency.code === '19.05' ? 2018 : random.pick([2018, 2019, 2019, 2020]),
    })),
  ];
  // The named villages come first, so they are always among the supported partners.
  const villageOrder = [...named, ...random.shuffle(villages.filter((v) => !named.includes(v)))];
  villageOrder.forEach((village, i) => {
    const isNamed = i < named.length;
    const support = i >= supportedVillages ? 'replication' : isNamed || random.chance(0.6) ? 'full_support' : 'buku_bermutu';
    drafts.push({
      name: uniqueName(villageLibraryName(village), village, index, usedNames),
      type: 'desa',
      scheme: support === 'replication' ? random.weighted(villageReplication) : support,
      regionCode: village.code,
      // The champions are old hands: they joined in the programme's first two years.
      cohortYear: random.weighted(isNamed ? cohortsBySupport.full_support.slice(0, 2) : cohortsBySupport[support]),
    });
  });
  random.shuffle(parks).forEach((village, i) => {
    const supported = i < supportedReadingParks;
    const name = uniqueName(`TBM ${random.pick(readingParkNames)} ${village.name}`, village, index, usedNames);
    drafts.push({
      name,
      type: 'tbm',
      scheme: supported ? 'buku_bermutu' : random.weighted(readingParkReplication),
      regionCode: village.code,
      cohortYear: random.weighted(cohortsBySupport[supported ? 'buku_bermutu' : 'replication']),
    });
  });
  return drafts.sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1)).map((draft, ref) => ({ ref, ...draft }));
}
