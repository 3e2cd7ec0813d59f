import { describe, expect, it } from 'vitest';
import type { PartnerType } from '#domain/taxonomy';
import type { PartnerFacts } from './facts';
import type { KpiProfile } from './profile';
import { colorOfScore, formatScore, rangeContext, roundScore, roundShortOfFull, roundTo, scorePartner, scorerFor } from './score';
import { tpbis2024Profile } from './tpbis2024';

const january = { from: '2024-01-01', to: '2024-01-31' };
// 487 days are exactly 16 KPI months, so every desa target is a whole number but layanan (16/3).
const sixteenMonths = { from: '2024-01-01', to: '2025-05-01' };
const months2024To2025May = [
  ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
  '2025-01',
  '2025-02',
  '2025-03',
  '2025-04',
  '2025-05',
];

function facts(pelibatan: number, peserta: number, advokasi: number, layanan: number, activeMonths: string[]): PartnerFacts {
  return {
    counts: { pelibatan_masyarakat: pelibatan, advokasi, layanan_informasi: layanan },
    participants: { pelibatan_masyarakat: peserta },
    activeMonths,
  };
}

const desaScore = (range: { from: string; to: string }, f: PartnerFacts) => scorePartner(tpbis2024Profile, 'desa', range, f);

describe('scorePartner, checked by hand', () => {
  it('gives 100 hijau to a desa partner exactly at every target over a 16-month range', () => {
    const result = desaScore(sixteenMonths, facts(64, 960, 16, 6, months2024To2025May));
    expect(result.score).toBe(100);
    expect(result.color).toBe('hijau');
    expect(result.indicators.map((i) => i.target)).toEqual([64, 960, 16, 5.33, 17]);
  });

  it('gives 100 to a desa partner at the whole-activity targets of January 2024', () => {
    // f = 31 / 30.4375; targets 4.07 activities, 61.11 participants, 1.02 advocacy, 0.34 services, 1 month.
    const result = desaScore(january, facts(5, 62, 2, 1, ['2024-01']));
    expect(result).toEqual({
      score: 100,
      color: 'hijau',
      indicators: [
        { code: 'pelibatan', achieved: 5, target: 4.07, ratio: 1, weight: 40, points: 40 },
        { code: 'peserta', achieved: 62, target: 61.11, ratio: 1, weight: 15, points: 15 },
        { code: 'advokasi', achieved: 2, target: 1.02, ratio: 1, weight: 25, points: 25 },
        { code: 'layanan', achieved: 1, target: 0.34, ratio: 1, weight: 10, points: 10 },
        { code: 'keteraturan', achieved: 1, target: 1, ratio: 1, weight: 10, points: 10 },
      ],
    });
  });

  it('counts four activities in January as 30.4375/31 of the pelibatan target', () => {
    // 40 × 4 / (4 × 31 / 30.4375) = 39.2742
    const result = desaScore(january, facts(4, 62, 2, 1, ['2024-01']));
    expect(result.indicators[0]).toMatchObject({ ratio: 0.9819, points: 39.27 });
    expect(result.score).toBe(99.27);
  });

  it('turns hijau at exactly 80 and is kuning just below', () => {
    // 40 + 25 + 10 + 15 × 320/960 = 80; with 319 participants 15 × 319/960 = 4.984375.
    const atGreen = desaScore(sixteenMonths, facts(64, 320, 16, 0, months2024To2025May));
    expect([atGreen.score, atGreen.color]).toEqual([80, 'hijau']);
    const below = desaScore(sixteenMonths, facts(64, 319, 16, 0, months2024To2025May));
    expect([below.score, below.color]).toEqual([79.98, 'kuning']);
  });

  it('turns kuning at exactly 50 and is merah just below', () => {
    const atYellow = desaScore(sixteenMonths, facts(64, 0, 0, 0, months2024To2025May));
    expect([atYellow.score, atYellow.color]).toEqual([50, 'kuning']);
    // 40 × 63/64 + 10 = 49.375
    const below = desaScore(sixteenMonths, facts(63, 0, 0, 0, months2024To2025May));
    expect([below.score, below.color]).toEqual([49.38, 'merah']);
  });

  it('scores a range across three months: 51 days, two of three months active', () => {
    // f = 51 / 30.4375; advokasi 25 × 30.4375/51 = 14.9203; keteraturan 10 × 2/3 = 6.6667.
    const range = { from: '2024-01-20', to: '2024-03-10' };
    const result = desaScore(range, facts(7, 101, 1, 0, ['2024-01', '2024-03']));
    expect(result.indicators.map((i) => i.points)).toEqual([40, 15, 14.92, 0, 6.67]);
    expect(result.indicators.map((i) => i.target)).toEqual([6.7, 100.53, 1.68, 0.56, 3]);
    expect([result.score, result.color]).toEqual([76.59, 'kuning']);
  });

  it('gives 0 merah to a partner that reported nothing, and still shows its targets', () => {
    const result = scorePartner(tpbis2024Profile, 'kabkota', january, { counts: {}, participants: {}, activeMonths: [] });
    expect([result.score, result.color]).toEqual([0, 'merah']);
    expect(result.indicators.map((i) => i.target)).toEqual([6.11, 101.85, 2.04, 0.34, 1]);
  });

  it('ignores active months outside the range', () => {
    const result = desaScore(january, facts(0, 0, 0, 0, ['2023-12', '2024-02']));
    expect(result.indicators[4]).toMatchObject({ achieved: 0, target: 1, points: 0 });
  });

  it('treats a target of 0 as met', () => {
    const profile: KpiProfile = {
      name: 'advokasi only for kabkota',
      thresholds: { green: 80, yellow: 50 },
      reportingDeadlineDay: 5,
      indicators: [
        {
          code: 'advokasi',
          label: 'Advokasi',
          weight: 100,
          kind: 'count_strategy',
          strategy: 'advokasi',
          monthlyTargets: { desa: 0, tbm: 0, kabkota: 2, provinsi: 2 },
        },
      ],
    };
    const nothing = { counts: {}, participants: {}, activeMonths: [] };
    expect(scorePartner(profile, 'tbm', january, nothing)).toMatchObject({ score: 100, color: 'hijau' });
    expect(scorePartner(profile, 'kabkota', january, nothing)).toMatchObject({ score: 0, color: 'merah' });
  });
});

describe('colours and rounding', () => {
  it('puts the band edges in the upper band', () => {
    const t = tpbis2024Profile.thresholds;
    expect([0, 49.99, 50, 79.99, 80, 100].map((s) => colorOfScore(s, t))).toEqual(['merah', 'merah', 'kuning', 'kuning', 'hijau', 'hijau']);
  });

  it('rounds half away from zero without float noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(79.99999999999999, 2)).toBe(80);
    expect(roundTo(49.375, 2)).toBe(49.38);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
  });

  it('never rounds a score short of 100 up to 100', () => {
    expect(roundScore(99.554)).toBe(99.55);
    expect(roundScore(89.555)).toBe(89.56);
    expect(roundScore(99.994)).toBe(99.99);
    expect(roundScore(99.995)).toBe(99.99);
    expect(roundScore(99.9999999)).toBe(99.99);
    // Float noise of a full score is still full.
    expect(roundScore(99.99999999999999)).toBe(100);
    expect(roundScore(100)).toBe(100);
    expect(roundScore(0)).toBe(0);
  });

  it('applies the same rule to ratios and points', () => {
    expect(roundShortOfFull(0.99996, 1, 4)).toBe(0.9999);
    expect(roundShortOfFull(1, 1, 4)).toBe(1);
    expect(roundShortOfFull(39.998, 40, 2)).toBe(39.99);
    expect(roundShortOfFull(33.2999, 33.3, 2)).toBe(33.29);
    expect(roundShortOfFull(39.27419, 40, 2)).toBe(39.27);
  });

  it("writes a score the same way everywhere: 2 decimals in the reader's language", () => {
    expect(formatScore(99.55, 'id-ID')).toBe('99,55');
    expect(formatScore(89.55, 'id-ID')).toBe('89,55');
    expect(formatScore(99.55, 'en-GB')).toBe('99.55');
    expect(formatScore(79.99, 'id-ID')).toBe('79,99');
    expect(formatScore(100, 'id-ID')).toBe('100');
    expect(formatScore(99.996, 'id-ID')).toBe('99,99');
    expect(formatScore(76.5, 'id-ID')).toBe('76,5');
  });
});

describe('a score just short of full marks', () => {
  // One indicator, 32,000 participants due over 16 KPI months: 31,999 are 99.996875 points.
  const profile: KpiProfile = {
    name: 'peserta only',
    thresholds: { green: 80, yellow: 50 },
    reportingDeadlineDay: 5,
    indicators: [
      {
        code: 'peserta',
        label: 'Peserta',
        weight: 100,
        kind: 'participants_strategy',
        strategy: 'pelibatan_masyarakat',
        monthlyTargets: { desa: 2000, tbm: 2000, kabkota: 2000, provinsi: 2000 },
      },
    ],
  };
  const withParticipants = (n: number): PartnerFacts => ({ counts: {}, participants: { pelibatan_masyarakat: n }, activeMonths: [] });

  it('is 99.99, never 100, in the score, its points and its ratio', () => {
    const result = scorePartner(profile, 'desa', sixteenMonths, withParticipants(31_999));
    expect(result.score).toBe(99.99);
    expect(result.indicators[0]).toMatchObject({ achieved: 31_999, target: 32_000, ratio: 0.9999, points: 99.99 });
    expect(scorePartner(profile, 'desa', sixteenMonths, withParticipants(32_000))).toMatchObject({ score: 100 });
  });
});

describe('the range context', () => {
  it('is what scorerFor works from: its targets are the ones reported', () => {
    const range = { from: '2024-01-20', to: '2024-03-10' };
    const context = rangeContext(range);
    expect(context.months).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(context.factor).toBeCloseTo(51 / 30.4375, 12);
    const result = scorerFor(tpbis2024Profile, range)('desa', facts(0, 0, 0, 0, []));
    expect(result.indicators.map((i) => i.target)).toEqual([6.7, 100.53, 1.68, 0.56, 3]);
  });
});

describe('scoring many partners with one scorer', () => {
  const range = { from: '2024-01-01', to: '2024-06-30' };
  const cases: [PartnerType, PartnerFacts][] = [
    ['desa', facts(3, 40, 1, 0, ['2024-01', '2024-03'])],
    ['tbm', facts(3, 40, 1, 0, ['2024-01', '2024-03'])],
    ['desa', facts(12, 400, 4, 2, ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'])],
    ['desa', facts(3, 41, 1, 0, ['2024-01', '2024-03'])],
    ['desa', facts(3, 40, 1, 0, ['2024-01', '2024-03'])],
  ];

  it('gives each partner what scoring it alone gives, in any order', () => {
    const score = scorerFor(tpbis2024Profile, range);
    for (const [type, f] of [...cases, ...cases.slice().reverse()])
      expect(score(type, f)).toEqual(scorePartner(tpbis2024Profile, type, range, f));
  });

  it('hands partners with the same type and achievement the same indicator result, and others their own', () => {
    const score = scorerFor(tpbis2024Profile, range);
    const [first, tbm, , moreParticipants, same] = cases.map(([type, f]) => score(type, f));
    expect(same?.indicators[0]).toBe(first?.indicators[0]);
    // A TBM's targets are its own; one more participant moves only the participants indicator.
    expect(tbm?.indicators[0]).not.toBe(first?.indicators[0]);
    expect(moreParticipants?.indicators[1]).not.toBe(first?.indicators[1]);
    expect(moreParticipants?.indicators[1]?.achieved).toBe(41);
    expect(moreParticipants?.indicators[0]).toBe(first?.indicators[0]);
  });
});
