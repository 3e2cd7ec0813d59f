import type { DemoPartner } from './partners';
import type { ProblemPlace, ProblemText } from './problem-kinds';
import { provinceProblems } from './problem-texts-province';
import { villagePlaceName } from './names';
import { isKelurahan, type ProvinceIndex } from './province';
import type { Random } from './random';

/** A problem the demo raises and works through the problems services. */
export interface DemoProblem extends ProblemText {
  partnerRef: number;
}

/** How a text names a village library's place and its head. */
export function placeOf(partner: DemoPartner, index: ProvinceIndex): ProblemPlace {
  const region = index.byCode.get(partner.regionCode);
  const village = region ? villagePlaceName(region) : partner.name;
  const head = region && isKelurahan(region) ? 'Lurah' : 'Kepala Desa';
  return { library: partner.name, village, villageHead: `${head} ${region?.name ?? partner.name}` };
}

/**
 * The province's other problems, each on a library the random picks among those its text fits,
 * never one of the named libraries (their problems are the gathering's) and never two on one library.
 */
export function buildProvinceProblems(
  partners: readonly DemoPartner[],
  index: ProvinceIndex,
  excluded: ReadonlySet<number>,
  random: Random,
): DemoProblem[] {
  const taken = new Set(excluded);
  return provinceProblems.flatMap(({ where, text }) => {
    const fits = partners.filter(
      (p) =>
        p.type === where.type &&
        p.regionCode.startsWith(`${where.regencyCode}.`) &&
        !taken.has(p.ref) &&
        // The texts for village libraries speak of a desa and its head.
        !(p.type === 'desa' && isKelurahanPartner(p, index)),
    );
    if (fits.length === 0) return [];
    const partner = random.pick(fits);
    taken.add(partner.ref);
    return [{ ...text(placeOf(partner, index)), partnerRef: partner.ref }];
  });
}

function isKelurahanPartner(partner: DemoPartner, index: ProvinceIndex): boolean {
  const region = index.byCode.get(partner.regionCode);
  return region !== undefined && isKelurahan(region);
}
