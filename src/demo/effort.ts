import type { Strategy } from '#domain/taxonomy';
import type { DemoPartner } from './partners';
import type { Random } from './random';

/** How much a partner does of each strategy (relative weights) and from which month it reports. */
export interface PartnerEffort {
  weights: Record<Strategy, number>;
  /** First month (1..12) with activities: partners that joined in 2024 start later. */
  startMonth: number;
}

// Regency and provincial libraries have larger targets and staff to match.
const typeScale = { desa: 1, tbm: 1, kabkota: 1.5, provinsi: 2 } as const;

/** Most partners report steadily, some barely, some a lot. */
function baseLevel(random: Random): number {
  const draw = random.next();
  if (draw < 0.15) return random.between(0.03, 0.3);
  if (draw < 0.75) return random.between(0.45, 1.05);
  return random.between(1.05, 1.6);
}

export function effortOf(partner: DemoPartner, champion: boolean, random: Random): PartnerEffort {
  let level = champion ? random.between(1.7, 2.1) : baseLevel(random);
  // Bangka Barat's libraries are the province's most active (ten of its twelve champions).
  if (!champion && partner.regionCode.startsWith('19.05')) level *= 1.3;
  if (partner.cohortYear === 2024) level *= 0.6;
  level *= typeScale[partner.type];
  return {
    weights: {
      pelibatan_masyarakat: level * random.between(0.85, 1.15),
      advokasi: level * random.between(0.6, 1.4),
      // Improving services is rare and concentrated in the busiest libraries.
      layanan_informasi: level * level * random.between(0.5, 1.5),
    },
    startMonth: partner.cohortYear === 2024 ? random.int(3, 6) : 1,
  };
}
