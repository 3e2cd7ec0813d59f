import { beforeAll, describe, expect, it } from 'vitest';
import { factsFromActivities } from '#domain/kpi/facts';
import { isCalendarDate } from '#domain/calendar';
import { scorePartner } from '#domain/kpi/score';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { Region } from '#domain/regions';
import { isSubtypeOf } from '#domain/subtypes';
import { countedStatuses, type Strategy } from '#domain/taxonomy';
import type { DemoActivity } from './activities';
import { championVillageCodes, demoReportRange } from './figures';
import { buildDemoPlan, type DemoPlan } from './plan';
import { loadProvince19 } from './province19.fixture';

const isCountedInReport = (a: DemoActivity) =>
  countedStatuses.includes(a.status) && a.date >= demoReportRange.from && a.date <= demoReportRange.to;

function scoresByPartner(plan: DemoPlan) {
  const byPartner = new Map<number, DemoActivity[]>();
  for (const activity of plan.activities) byPartner.set(activity.partnerRef, [...(byPartner.get(activity.partnerRef) ?? []), activity]);
  return plan.partners.map((partner) => ({
    partner,
    result: scorePartner(
      tpbis2024Profile,
      partner.type,
      demoReportRange,
      factsFromActivities(byPartner.get(partner.ref) ?? [], demoReportRange),
    ),
  }));
}

let regions: Region[];
let plan: DemoPlan;
let buildMs: number;

beforeAll(async () => {
  regions = await loadProvince19();
  const started = performance.now();
  plan = buildDemoPlan(regions);
  buildMs = performance.now() - started;
});

describe('the demo province', () => {
  it('is built over the real regions of province 19', () => {
    expect(regions.filter((r) => r.level === 'kabkota')).toHaveLength(7);
    expect(regions.filter((r) => r.level === 'kecamatan')).toHaveLength(47);
    expect(regions.filter((r) => r.level === 'desa')).toHaveLength(393);
  });

  it('is the same plan for the same seed, and another for another seed', () => {
    expect(buildDemoPlan(regions)).toEqual(plan);
    const other = buildDemoPlan(regions, 7);
    expect(other.partners.map((p) => p.regionCode)).not.toEqual(plan.partners.map((p) => p.regionCode));
  });

  it('is built in well under a second', () => {
    // Generous against a loaded CI machine; it takes about a tenth of that on a laptop.
    expect(buildMs).toBeLessThan(1000);
  });
});

describe('demo partners', () => {
  it('counts 265 partners: 153 supported and 112 replication', () => {
    const { partners } = plan;
    expect(partners).toHaveLength(265);
    expect(partners.filter((p) => p.scheme === 'full_support' || p.scheme === 'buku_bermutu')).toHaveLength(153);
    expect(partners.filter((p) => p.scheme.startsWith('replikasi_'))).toHaveLength(112);
    expect(partners.map((p) => p.ref)).toEqual(partners.map((_, i) => i));
  });

  it('has one provincial library, one library per regency or city, and village libraries and TBMs on villages', () => {
    const byCode = new Map(regions.map((r) => [r.code, r]));
    const levelFor = { provinsi: 'provinsi', kabkota: 'kabkota', desa: 'desa', tbm: 'desa' } as const;
    for (const partner of plan.partners) expect(byCode.get(partner.regionCode)?.level).toBe(levelFor[partner.type]);
    expect(plan.partners.filter((p) => p.type === 'provinsi').map((p) => [p.regionCode, p.name])).toEqual([
      ['19', 'Dinas Kearsipan dan Perpustakaan Provinsi Kepulauan Bangka Belitung'],
    ]);
    expect(plan.partners.filter((p) => p.type === 'kabkota').map((p) => p.regionCode)).toEqual([
      '19.01',
      '19.02',
      '19.03',
      '19.04',
      '19.05',
      '19.06',
      '19.71',
    ]);
    expect(plan.partners.find((p) => p.regionCode === '19.05')?.name).toBe('Perpustakaan Daerah Kabupaten Bangka Barat');
    expect(new Set(plan.partners.map((p) => p.regionCode)).size).toBe(265);
    expect(new Set(plan.partners.map((p) => p.name)).size).toBe(265);
    expect(plan.partners.filter((p) => p.type === 'tbm').every((p) => p.name.startsWith('TBM '))).toBe(true);
  });

  it('places the twelve champions and Tanjung Labu as village libraries', () => {
    const names = championVillageCodes.map((code) => plan.partners.find((p) => p.regionCode === code && p.type === 'desa')?.name);
    expect(names).toEqual([
      'Perpusdes Cendil',
      'Perpusdes Sempan',
      'Perpusdes Air Belo',
      'Perpusdes Belo Laut',
      'Perpusdes Teluk Limau',
      'Perpusdes Rambat',
      'Perpusdes Bukit Terak',
      'Perpusdes Ranggi Asam',
      'Perpusdes Ketap',
      'Perpusdes Benteng Kota',
      'Perpusdes Sekar Biru',
      'Perpusdes Puput',
    ]);
    expect(plan.partners.find((p) => p.name === 'Perpusdes Tanjung Labu')?.regionCode).toMatch(/^19\.03\./);
  });

  it('has plausible cohorts: 2018 to 2024, full support earlier than replication', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const cohorts = (test: (scheme: string) => boolean) => plan.partners.filter((p) => test(p.scheme)).map((p) => p.cohortYear);
    expect(plan.partners.every((p) => p.cohortYear >= 2018 && p.cohortYear <= 2024)).toBe(true);
    expect(mean(cohorts((s) => s === 'full_support'))).toBeLessThan(mean(cohorts((s) => s.startsWith('replikasi_'))));
  });
});

describe('demo activities', () => {
  it('counts exactly the source document’s activities from 1 January to 25 September 2024', () => {
    const counted: Record<Strategy, number> = { pelibatan_masyarakat: 0, advokasi: 0, layanan_informasi: 0 };
    for (const activity of plan.activities.filter(isCountedInReport)) counted[activity.strategy] += 1;
    expect(counted).toEqual({ pelibatan_masyarakat: 8746, advokasi: 4425, layanan_informasi: 195 });
  });

  it('gives score 100 to exactly the twelve champions', () => {
    const perfect = scoresByPartner(plan).filter((s) => s.result.score === 100);
    expect(perfect.map((s) => s.partner.regionCode).sort()).toEqual([...championVillageCodes].sort());
    expect(perfect.every((s) => s.partner.type === 'desa' && s.result.color === 'hijau')).toBe(true);
  });

  it('spreads the other partners over all three colours, Bangka Barat busier than the rest', () => {
    const scores = scoresByPartner(plan);
    const colors = new Set(scores.map((s) => s.result.color));
    expect([...colors].sort()).toEqual(['hijau', 'kuning', 'merah']);
    const perPartner = (test: (code: string) => boolean) => {
      const partners = plan.partners.filter((p) => test(p.regionCode));
      const refs = new Set(partners.map((p) => p.ref));
      return plan.activities.filter((a) => refs.has(a.partnerRef) && isCountedInReport(a)).length / partners.length;
    };
    expect(perPartner((c) => c.startsWith('19.05'))).toBeGreaterThan(perPartner((c) => !c.startsWith('19.05')));
  });

  it('holds only valid, dated, well-formed reports up to the demo’s 28 September', () => {
    const malformed = plan.activities.filter(
      (a) =>
        !isCalendarDate(a.date) ||
        a.date < '2024-01-01' ||
        a.date > '2024-09-28' ||
        !isSubtypeOf(a.subtype, a.strategy) ||
        a.title.length < 6 ||
        !Number.isInteger(a.participantsMale) ||
        !Number.isInteger(a.participantsFemale) ||
        a.participantsMale < 0 ||
        a.participantsFemale < 0 ||
        (a.reviewComment !== undefined) !== (a.status === 'returned') ||
        plan.partners[a.partnerRef] === undefined,
    );
    expect(malformed).toEqual([]);
    const ids = new Set(plan.activities.map((a) => a.clientId));
    expect(ids.size).toBe(plan.activities.length);
    const statuses = new Set(plan.activities.map((a) => a.status));
    expect([...statuses].sort()).toEqual(['draft', 'returned', 'submitted', 'verified']);
    expect(plan.activities.filter((a) => a.status === 'verified').length).toBeGreaterThan(plan.activities.length * 0.8);
    expect(plan.activities.some((a) => a.date > demoReportRange.to && countedStatuses.includes(a.status))).toBe(true);
    expect(new Set(plan.activities.map((a) => a.title)).size).toBeGreaterThan(500);
  });
});

describe('the demo gathering', () => {
  it('is the webinar of 28 September 2024 attended by 82 managers of regency, village and TBM libraries', () => {
    const { gathering, partners } = plan;
    expect(gathering).toMatchObject({
      title: 'Webinar Gathering Program TPBIS Kepulauan Bangka Belitung',
      date: '2024-09-28',
      mode: 'online',
      facilitators: ['Runi Alcitra Amalia', 'Yulianti'],
      consultants: ['Karolina'],
    });
    expect(gathering.agenda).toHaveLength(4);
    expect(new Set(gathering.attendeeRefs).size).toBe(82);
    const attendees = gathering.attendeeRefs.map((ref) => partners[ref]);
    expect(attendees.every((p) => p !== undefined && p.type !== 'provinsi')).toBe(true);
    const names = attendees.map((p) => p?.name);
    expect(names).toEqual(expect.arrayContaining(['Perpusdes Cendil', 'Perpusdes Belo Laut', 'Perpusdes Tanjung Labu']));
  });
});

describe('other seeds', () => {
  it('keep every figure of the source document', () => {
    for (const seed of [1, 42, 2018]) {
      const other = buildDemoPlan(regions, seed);
      const counted = other.activities.filter(isCountedInReport);
      expect([other.partners.length, counted.length, new Set(other.gathering.attendeeRefs).size]).toEqual([265, 8746 + 4425 + 195, 82]);
      const perfect = scoresByPartner(other).filter((s) => s.result.score === 100);
      expect(perfect.map((s) => s.partner.regionCode).sort()).toEqual([...championVillageCodes].sort());
    }
  });
});
