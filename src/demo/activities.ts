import type { KpiProfile } from '#domain/kpi/profile';
import type { Region } from '#domain/regions';
import type { ActivitySubtypeCode } from '#domain/subtypes';
import type { ActivityStatus, Strategy } from '#domain/taxonomy';
import { pickParticipants, pickSubtype } from './activity-mix';
import { dateAfterReport, dateUpToAsOf, monthOf } from './calendar';
import type { PartnerEffort } from './effort';
import { villagePlaceName } from './names';
import type { DemoPartner } from './partners';
import { isKelurahan, type ProvinceIndex } from './province';
import type { Random, Weighted } from './random';
import { planReportActivities, type PlannedActivity } from './schedule';
import { descriptionFor, titleFor, type TitleContext } from './titles';

/** An activity the demo creates through the activity services, in this order. */
export interface DemoActivity {
  /** Stable per seed, so re-running the demo seed is idempotent through the API's `clientId`. */
  clientId: string;
  partnerRef: number;
  strategy: Strategy;
  subtype: ActivitySubtypeCode;
  date: string;
  title: string;
  description: string;
  participantsMale: number;
  participantsFemale: number;
  status: ActivityStatus;
  /** The reviewer's reason, for a returned report. */
  reviewComment?: string;
}

const reviewComments = [
  'Foto dokumentasi kegiatan belum dilampirkan.',
  'Mohon lengkapi daftar hadir peserta.',
  'Jumlah peserta laki-laki dan perempuan belum sesuai daftar hadir.',
  'Tanggal kegiatan tidak sesuai dengan foto dokumentasi.',
  'Deskripsi kegiatan terlalu singkat, mohon dilengkapi.',
];

/** Where a partner works and who governs there, for its activity titles. */
function titleContext(partner: DemoPartner, index: ProvinceIndex): Omit<TitleContext, 'month'> {
  const region: Region | undefined = index.byCode.get(partner.regionCode);
  // Regency and provincial libraries meet village heads to win them over for replication.
  const replicationHeads = 'kepala desa calon mitra replikasi';
  if (!region || partner.type === 'provinsi') return { place: `Provinsi ${index.province.name}`, villageHead: replicationHeads };
  if (partner.type === 'kabkota') return { place: region.name, villageHead: replicationHeads };
  return {
    place: villagePlaceName(region),
    villageHead: `${isKelurahan(region) ? 'Lurah' : 'Kepala Desa'} ${region.name}`,
  };
}

/** Most reports are verified; the latest ones still wait for a facilitator. */
function countedStatus(date: string, random: Random): ActivityStatus {
  const waiting = { 9: 0.35, 8: 0.12 }[monthOf(date)] ?? 0.04;
  return random.chance(waiting) ? 'submitted' : 'verified';
}

const uncountedStrategies: Weighted<Strategy>[] = [
  { value: 'pelibatan_masyarakat', weight: 13 },
  { value: 'advokasi', weight: 6 },
  { value: 'layanan_informasi', weight: 1 },
];

/**
 * Reports that do not count in the report range: drafts and returned reports (any day up to
 * the demo's today) and fresh reports of 26–28 September, after the period the gathering showed.
 */
function uncountedActivities(partner: DemoPartner, effort: PartnerEffort | undefined, random: Random): PlannedActivity[] {
  const activities: PlannedActivity[] = [];
  const add = (strategy: Strategy, date: string, status: ActivityStatus) => {
    const subtype = pickSubtype(strategy, partner, monthOf(date), random);
    const people = pickParticipants(subtype, partner.type, random);
    activities.push({
      partnerRef: partner.ref,
      strategy,
      subtype,
      date,
      participantsMale: people.male,
      participantsFemale: people.female,
      status,
    });
  };
  const unfinished = random.weighted([
    { value: 0, weight: 5 },
    { value: 1, weight: 3 },
    { value: 2, weight: 1.5 },
    { value: 3, weight: 0.5 },
  ]);
  for (let i = 0; i < unfinished; i += 1) {
    const draft = random.chance(0.55);
    // Drafts are recent work in progress; returned reports come from any month.
    const month = draft ? random.pick([7, 8, 9, 9]) : random.int(Math.max(1, effort?.startMonth ?? 1), 9);
    add(random.weighted(uncountedStrategies), dateUpToAsOf(month, random), draft ? 'draft' : 'returned');
  }
  if ((effort?.weights.pelibatan_masyarakat ?? 0) > 1 && random.chance(0.5)) {
    add(random.chance(0.7) ? 'pelibatan_masyarakat' : 'advokasi', dateAfterReport(random), random.chance(0.8) ? 'submitted' : 'verified');
  }
  return activities;
}

/** Oldest first, keeping the plan's order within a day (a stable bucket sort: the dates are few). */
function inDateOrder(activities: PlannedActivity[]): PlannedActivity[] {
  const byDate = new Map<string, PlannedActivity[]>();
  for (const activity of activities) {
    const day = byDate.get(activity.date);
    if (day) day.push(activity);
    else byDate.set(activity.date, [activity]);
  }
  return [...byDate.keys()].sort().flatMap((date) => byDate.get(date) ?? []);
}

export function buildDemoActivities(
  profile: KpiProfile,
  index: ProvinceIndex,
  partners: readonly DemoPartner[],
  efforts: readonly PartnerEffort[],
  champions: ReadonlySet<number>,
  random: Random,
): DemoActivity[] {
  const counted = planReportActivities(profile, partners, efforts, champions, random);
  for (const activity of counted) activity.status = countedStatus(activity.date, random);
  const uncounted = partners.flatMap((p) => uncountedActivities(p, efforts[p.ref], random));
  const contexts = partners.map((p) => titleContext(p, index));
  return inDateOrder([...counted, ...uncounted]).map((a, i): DemoActivity => {
    const where = contexts[a.partnerRef] ?? { place: '', villageHead: '' };
    const dressed: DemoActivity = {
      clientId: `demo-${String(i + 1).padStart(5, '0')}`,
      partnerRef: a.partnerRef,
      strategy: a.strategy,
      subtype: a.subtype,
      date: a.date,
      title: titleFor(a.subtype, { place: where.place, villageHead: where.villageHead, month: monthOf(a.date) }, random),
      description: descriptionFor(partners[a.partnerRef]?.name ?? '', a.participantsMale + a.participantsFemale, random),
      participantsMale: a.participantsMale,
      participantsFemale: a.participantsFemale,
      status: a.status,
    };
    if (a.status === 'returned') dressed.reviewComment = random.pick(reviewComments);
    return dressed;
  });
}
