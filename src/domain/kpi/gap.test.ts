import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnerTypes } from '#domain/taxonomy';
import type { PartnerFacts } from './facts';
import { gapToGreen, unitsToReach, type IndicatorGap } from './gap';
import { dateOfDayNumber, monthsTouched, type DateRange } from '#domain/calendar';
import { scorePartner } from './score';
import { tpbis2024Profile } from './tpbis2024';

const profile = tpbis2024Profile;
const january = { from: '2024-01-01', to: '2024-01-31' };
const nothing: PartnerFacts = { counts: {}, participants: {}, activeMonths: [] };

/** The facts after doing what the gaps ask for (TPBIS 2024 codes). */
function applyGaps(facts: PartnerFacts, gaps: IndicatorGap[], range: DateRange): PartnerFacts {
  const counts = { ...facts.counts };
  const participants = { ...facts.participants };
  const active = new Set(facts.activeMonths);
  for (const { code, missing } of gaps) {
    if (code === 'pelibatan') counts.pelibatan_masyarakat = (counts.pelibatan_masyarakat ?? 0) + missing;
    if (code === 'peserta') participants.pelibatan_masyarakat = (participants.pelibatan_masyarakat ?? 0) + missing;
    if (code === 'advokasi') counts.advokasi = (counts.advokasi ?? 0) + missing;
    if (code === 'layanan') counts.layanan_informasi = (counts.layanan_informasi ?? 0) + missing;
    if (code === 'keteraturan')
      monthsTouched(range)
        .filter((m) => !active.has(m))
        .slice(0, missing)
        .forEach((m) => active.add(m));
  }
  return { counts, participants, activeMonths: [...active] };
}

describe('gapToGreen', () => {
  it('lists everything a silent desa partner misses in January, and a plan for green', () => {
    const gap = gapToGreen(scorePartner(profile, 'desa', january, nothing), profile, 'desa', january);
    expect(gap.toFull).toEqual([
      { code: 'pelibatan', unit: 'activities', missing: 5 },
      { code: 'peserta', unit: 'participants', missing: 62 },
      { code: 'advokasi', unit: 'activities', missing: 2 },
      { code: 'layanan', unit: 'activities', missing: 1 },
      { code: 'keteraturan', unit: 'months', missing: 1 },
    ]);
    // Biggest levers first: 40 + 25 + 15 = 80.
    expect(gap.toGreen).toEqual([
      { code: 'pelibatan', unit: 'activities', missing: 5 },
      { code: 'advokasi', unit: 'activities', missing: 2 },
      { code: 'peserta', unit: 'participants', missing: 62 },
    ]);
  });

  it('asks one participant of a partner at 79.98', () => {
    const range = { from: '2024-01-01', to: '2025-05-01' };
    const facts = {
      counts: { pelibatan_masyarakat: 64, advokasi: 16 },
      participants: { pelibatan_masyarakat: 319 },
      activeMonths: monthsTouched(range),
    };
    const result = scorePartner(profile, 'desa', range, facts);
    expect(result.score).toBe(79.98);
    expect(gapToGreen(result, profile, 'desa', range).toGreen).toEqual([{ code: 'peserta', unit: 'participants', missing: 1 }]);
  });

  it('asks nothing for green of a green partner, and the rest for 100', () => {
    const facts = {
      counts: { pelibatan_masyarakat: 5, advokasi: 2 },
      participants: { pelibatan_masyarakat: 70 },
      activeMonths: ['2024-01'],
    };
    const gap = gapToGreen(scorePartner(profile, 'desa', january, facts), profile, 'desa', january);
    expect(gap).toEqual({ toGreen: [], toFull: [{ code: 'layanan', unit: 'activities', missing: 1 }] });
  });

  it('counts whole units even when the target is a whole number', () => {
    expect(unitsToReach(0, 3)).toBe(3);
    expect(unitsToReach(2, 2.0000000000000004)).toBe(0);
    expect(unitsToReach(2, 2.946)).toBe(1);
    expect(unitsToReach(7, 3)).toBe(0);
    // Noise just above a whole target asks for no unit the tolerance does not need.
    expect(unitsToReach(0, 12.000000000001)).toBe(12);
    expect(unitsToReach(0, 0.1 + 0.2 + 2.7)).toBe(3);
  });

  it('always yields plans that do reach green and 100', () => {
    const caseArb = fc
      .record({
        start: fc.integer({ min: 19_000, max: 21_000 }),
        length: fc.integer({ min: 0, max: 400 }),
        type: fc.constantFrom(...partnerTypes),
        pelibatan: fc.nat(80),
        peserta: fc.nat(1500),
        advokasi: fc.nat(30),
        layanan: fc.nat(6),
        activeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map((c) => {
        const range = { from: dateOfDayNumber(c.start), to: dateOfDayNumber(c.start + c.length) };
        const months = monthsTouched(range);
        const facts: PartnerFacts = {
          counts: { pelibatan_masyarakat: c.pelibatan, advokasi: c.advokasi, layanan_informasi: c.layanan },
          participants: { pelibatan_masyarakat: c.peserta },
          activeMonths: months.slice(0, Math.floor(months.length * c.activeShare)),
        };
        return { range, type: c.type, facts };
      });
    fc.assert(
      fc.property(caseArb, ({ range, type, facts }) => {
        const result = scorePartner(profile, type, range, facts);
        const gap = gapToGreen(result, profile, type, range);
        // Score and advice agree: 100 exactly when nothing is missing, green exactly when the green plan is empty.
        expect(result.score === 100).toBe(gap.toFull.length === 0);
        expect(result.color === 'hijau').toBe(gap.toGreen.length === 0);
        expect(scorePartner(profile, type, range, applyGaps(facts, gap.toFull, range)).score).toBe(100);
        const green = scorePartner(profile, type, range, applyGaps(facts, gap.toGreen, range));
        expect(green.color).toBe('hijau');
        const last = gap.toGreen.at(-1);
        if (last) {
          // The last step asks no more than needed.
          const lessened = gap.toGreen.map((g) => (g === last ? { ...g, missing: g.missing - 1 } : g));
          expect(scorePartner(profile, type, range, applyGaps(facts, lessened, range)).color).not.toBe('hijau');
        }
      }),
    );
  });
});
