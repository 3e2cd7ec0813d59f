import type { ActivitySubtypeCode } from '#domain/subtypes';
import type { PartnerType, Strategy } from '#domain/taxonomy';
import type { DemoPartner } from './partners';
import { isKelurahan } from './province';
import type { Random, Weighted } from './random';

/**
 * What kind of activity a partner of each type tends to run, and how many people come.
 * Rough shares from how TPBIS partners report: skills training and storytelling lead the
 * community activities; village libraries advocate mostly with their own village head.
 */
type Mix = Weighted<ActivitySubtypeCode>[];

const engagement: Mix = [
  { value: 'pelatihan_keterampilan', weight: 3 },
  { value: 'sosialisasi', weight: 2 },
  { value: 'wisata_literasi', weight: 1 },
  { value: 'storytelling', weight: 2.5 },
  { value: 'kelas_perempuan', weight: 1.5 },
  { value: 'kelas_lansia', weight: 0.7 },
  { value: 'kelas_remaja', weight: 1.2 },
  { value: 'lomba_literasi', weight: 1 },
];

const advocacy: Record<PartnerType, Mix> = {
  desa: [
    { value: 'audiensi_kepala_desa', weight: 4 },
    { value: 'audiensi_pemda', weight: 1.5 },
    { value: 'mou', weight: 1.5 },
    { value: 'alokasi_dana_desa', weight: 1.2 },
    { value: 'perdes', weight: 0.5 },
  ],
  tbm: [
    { value: 'audiensi_kepala_desa', weight: 3 },
    { value: 'audiensi_pemda', weight: 2 },
    { value: 'mou', weight: 2 },
  ],
  kabkota: [
    { value: 'audiensi_pemda', weight: 4 },
    { value: 'mou', weight: 2 },
    { value: 'audiensi_kepala_desa', weight: 1.5 },
  ],
  provinsi: [
    { value: 'audiensi_pemda', weight: 4 },
    { value: 'mou', weight: 2.5 },
  ],
};

const services: Mix = [
  { value: 'layanan_internet', weight: 1 },
  { value: 'penambahan_koleksi', weight: 1.5 },
  { value: 'jam_layanan', weight: 0.8 },
  { value: 'layanan_baru', weight: 1 },
];

/** August is the month of Independence Day competitions. */
const engagementInAugust: Mix = engagement.map((m) => (m.value === 'lomba_literasi' ? { ...m, weight: 4 } : m));

// A kelurahan is run by the city, so it has no village fund and no village regulation.
const urbanAdvocacy: Mix = advocacy.desa.filter((m) => m.value !== 'alokasi_dana_desa' && m.value !== 'perdes');

export function pickSubtype(
  strategy: Strategy,
  partner: Pick<DemoPartner, 'type' | 'regionCode'>,
  month: number,
  random: Random,
): ActivitySubtypeCode {
  if (strategy === 'pelibatan_masyarakat') return random.weighted(month === 8 ? engagementInAugust : engagement);
  if (strategy === 'advokasi') {
    const urban = partner.type === 'desa' && isKelurahan({ code: partner.regionCode });
    return random.weighted(urban ? urbanAdvocacy : advocacy[partner.type]);
  }
  return random.weighted(services);
}

/** [fewest, most] people and the share of women, per sub-type. */
const attendance: Record<ActivitySubtypeCode, { min: number; max: number; women: number }> = {
  pelatihan_keterampilan: { min: 10, max: 30, women: 0.65 },
  sosialisasi: { min: 15, max: 45, women: 0.55 },
  wisata_literasi: { min: 15, max: 40, women: 0.5 },
  storytelling: { min: 10, max: 35, women: 0.55 },
  kelas_perempuan: { min: 8, max: 25, women: 1 },
  kelas_lansia: { min: 8, max: 20, women: 0.6 },
  kelas_remaja: { min: 10, max: 30, women: 0.5 },
  lomba_literasi: { min: 20, max: 70, women: 0.55 },
  audiensi_kepala_desa: { min: 3, max: 10, women: 0.35 },
  audiensi_pemda: { min: 3, max: 12, women: 0.4 },
  mou: { min: 4, max: 15, women: 0.4 },
  alokasi_dana_desa: { min: 5, max: 20, women: 0.35 },
  perdes: { min: 5, max: 20, women: 0.35 },
  layanan_internet: { min: 5, max: 25, women: 0.5 },
  penambahan_koleksi: { min: 0, max: 0, women: 0.5 },
  jam_layanan: { min: 0, max: 0, women: 0.5 },
  layanan_baru: { min: 8, max: 30, women: 0.55 },
};

// Regency and provincial libraries run bigger events for the whole town.
const crowdScale: Record<PartnerType, number> = { desa: 1, tbm: 0.9, kabkota: 1.8, provinsi: 2.2 };

export function pickParticipants(subtype: ActivitySubtypeCode, partnerType: PartnerType, random: Random): { male: number; female: number } {
  const { min, max, women } = attendance[subtype];
  const total = Math.round(random.int(min, max) * crowdScale[partnerType]);
  const female = Math.min(total, Math.round(total * Math.min(1, women + random.between(-0.12, 0.12))));
  return { male: total - female, female };
}
