import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnerTypes, type PartnerType } from '#domain/taxonomy';
import type { PartnerFacts } from './facts';
import { dateOfDayNumber, daysInRange, monthsTouched, type DateRange } from '#domain/calendar';
import { colorOfScore, indicatorTarget, scorePartner } from './score';
import { tpbis2024Profile } from './tpbis2024';

const profile = tpbis2024Profile;

const rangeArb: fc.Arbitrary<DateRange> = fc
  .tuple(fc.integer({ min: 19_000, max: 21_000 }), fc.integer({ min: 0, max: 800 }))
  .map(([start, length]) => ({ from: dateOfDayNumber(start), to: dateOfDayNumber(start + length) }));

const partnerTypeArb: fc.Arbitrary<PartnerType> = fc.constantFrom(...partnerTypes);

/** Facts for a range: counts, participants, and a random subset of the months it touches. */
function factsArb(range: DateRange): fc.Arbitrary<PartnerFacts> {
  const months = monthsTouched(range);
  return fc.record({
    counts: fc.record({
      pelibatan_masyarakat: fc.nat(300),
      advokasi: fc.nat(100),
      layanan_informasi: fc.nat(30),
    }),
    participants: fc.record({ pelibatan_masyarakat: fc.nat(8000) }),
    activeMonths: fc.subarray(months),
  });
}

const caseArb = fc.tuple(rangeArb, partnerTypeArb).chain(([range, type]) => factsArb(range).map((facts) => ({ range, type, facts })));

/** One more unit of the indicator at `index`: an activity, 25 participants, or one more active month. */
function withMore(facts: PartnerFacts, index: number, range: DateRange): PartnerFacts {
  const counts = { ...facts.counts };
  const participants = { ...facts.participants };
  const active = new Set(facts.activeMonths);
  if (index === 0) counts.pelibatan_masyarakat = (counts.pelibatan_masyarakat ?? 0) + 1;
  if (index === 1) participants.pelibatan_masyarakat = (participants.pelibatan_masyarakat ?? 0) + 25;
  if (index === 2) counts.advokasi = (counts.advokasi ?? 0) + 1;
  if (index === 3) counts.layanan_informasi = (counts.layanan_informasi ?? 0) + 1;
  if (index === 4) {
    const idle = monthsTouched(range).find((month) => !active.has(month));
    if (idle) active.add(idle);
  }
  return { counts, participants, activeMonths: [...active] };
}

describe('scorePartner properties', () => {
  it('keeps the score within 0..100 and its colour consistent', () => {
    fc.assert(
      fc.property(caseArb, ({ range, type, facts }) => {
        const result = scorePartner(profile, type, range, facts);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.color).toBe(colorOfScore(result.score, profile.thresholds));
        for (const indicator of result.indicators) {
          expect(indicator.ratio).toBeGreaterThanOrEqual(0);
          expect(indicator.ratio).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never lowers the score when any one indicator achieves more', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(4), ({ range, type, facts }, index) => {
        const before = scorePartner(profile, type, range, facts);
        const after = scorePartner(profile, type, range, withMore(facts, index, range));
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.indicators[index]?.points).toBeGreaterThanOrEqual(before.indicators[index]?.points ?? Infinity);
      }),
    );
  });

  it('scales every monthly target linearly with the days in the range', () => {
    fc.assert(
      fc.property(rangeArb, rangeArb, partnerTypeArb, (a, b, type) => {
        for (const indicator of profile.indicators) {
          if (indicator.kind === 'regularity') continue;
          const perDayA = indicatorTarget(indicator, type, a) / daysInRange(a);
          const perDayB = indicatorTarget(indicator, type, b) / daysInRange(b);
          expect(perDayA).toBeCloseTo(perDayB, 12);
          expect(perDayA).toBeCloseTo(indicator.monthlyTargets[type] / 30.4375, 12);
        }
      }),
    );
  });

  it('gives the top band to a score exactly at a threshold and the lower band just below', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const score = hundredths / 100;
        const expected = score >= 80 ? 'hijau' : score >= 50 ? 'kuning' : 'merah';
        expect(colorOfScore(score, profile.thresholds)).toBe(expected);
      }),
    );
    expect(colorOfScore(80, profile.thresholds)).toBe('hijau');
    expect(colorOfScore(50, profile.thresholds)).toBe('kuning');
  });

  it('gives 100 once every indicator reaches its whole-unit target', () => {
    fc.assert(
      fc.property(rangeArb, partnerTypeArb, (range, type) => {
        const need = (code: string) => {
          const indicator = profile.indicators.find((i) => i.code === code);
          return indicator ? Math.ceil(indicatorTarget(indicator, type, range)) : 0;
        };
        const facts: PartnerFacts = {
          counts: { pelibatan_masyarakat: need('pelibatan'), advokasi: need('advokasi'), layanan_informasi: need('layanan') },
          participants: { pelibatan_masyarakat: need('peserta') },
          activeMonths: monthsTouched(range),
        };
        expect(scorePartner(profile, type, range, facts)).toMatchObject({ score: 100, color: 'hijau' });
      }),
    );
  });
});
