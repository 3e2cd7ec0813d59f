import type { AgendaKind } from '#domain/gatherings';
import { demoAsOf, demoGatheringAttendees } from './figures';
import type { PartnerEffort } from './effort';
import type { DemoPartner } from './partners';
import type { Random } from './random';

/** The gathering of the source document, with the managers who attended. */
export interface DemoGathering {
  title: string;
  date: string;
  mode: 'online' | 'offline';
  regionCode: string;
  /** Expert trainers (Pelatih Ahli) who ran it. */
  facilitators: string[];
  /** Programme consultants who accompanied it. */
  consultants: string[];
  /** The four parts of the source document's gathering; the seed links what each covers. */
  agenda: { kind: AgendaKind; title: string }[];
  /** Partners whose manager attended. */
  attendeeRefs: number[];
}

const agenda: DemoGathering['agenda'] = [
  { kind: 'capaian_kpi', title: 'Penyampaian capaian Key Performance Indicator (KPI) dan Sistem Informasi Manajemen (SIM)' },
  { kind: 'praktik_baik', title: 'Berbagi praktik baik antar mitra' },
  {
    kind: 'pemecahan_masalah',
    title:
      'Solusi dan pemecahan permasalahan Perpusdes Cendil (Belitung Timur), Perpusdes Belo Laut (Bangka Barat) dan Perpusdes Tanjung Labu (Bangka Selatan)',
  },
  { kind: 'elis', title: 'Pengenalan aplikasi e-learning inklusi sosial Program TPBIS (Elis)' },
];

/**
 * 82 managers of regency, village and TBM libraries: every regency library, the libraries the
 * agenda names (the champions, Tanjung Labu), and then the more active partners more likely.
 */
export function buildDemoGathering(
  partners: readonly DemoPartner[],
  efforts: readonly PartnerEffort[],
  featured: ReadonlySet<number>,
  random: Random,
): DemoGathering {
  const eligible = partners.filter((p) => p.type !== 'provinsi');
  const sure = eligible.filter((p) => p.type === 'kabkota' || featured.has(p.ref));
  // Weighted sampling without replacement (Efraimidis–Spirakis): highest u^(1/w) wins.
  const others = eligible
    .filter((p) => !sure.includes(p))
    .map((p) => ({ ref: p.ref, key: random.next() ** (1 / Math.max(0.01, efforts[p.ref]?.weights.pelibatan_masyarakat ?? 0.01)) }))
    .sort((a, b) => b.key - a.key || a.ref - b.ref)
    .slice(0, demoGatheringAttendees - sure.length)
    .map((p) => p.ref);
  return {
    title: 'Webinar Gathering Program TPBIS Kepulauan Bangka Belitung',
    date: demoAsOf,
    mode: 'online',
    regionCode: partners.find((p) => p.type === 'provinsi')?.regionCode ?? '19',
    facilitators: ['Runi Alcitra Amalia', 'Yulianti'],
    consultants: ['Karolina'],
    agenda,
    attendeeRefs: [...sure.map((p) => p.ref), ...others].sort((a, b) => a - b),
  };
}
