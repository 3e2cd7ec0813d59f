import { describe, expect, it } from 'vitest';
import { everyWord } from '#web/i18n/everyWord.ts';
import { gapSentence, indicatorLabel } from './wording';

const { id, en } = everyWord;

const labels = { advokasi: 'Kegiatan advokasi', literasi: 'Kelas literasi digital' };

describe('gapSentence', () => {
  it('says what is missing in Indonesian, without plural forms', () => {
    expect(gapSentence({ code: 'advokasi', unit: 'activities', missing: 3 }, id, 'id-ID', labels)).toBe('3 kegiatan advokasi lagi');
    expect(gapSentence({ code: 'advokasi', unit: 'activities', missing: 1 }, id, 'id-ID', labels)).toBe('1 kegiatan advokasi lagi');
    expect(gapSentence({ code: 'peserta', unit: 'participants', missing: 1250 }, id, 'id-ID', labels)).toBe(
      '1.250 peserta kegiatan pelibatan masyarakat lagi',
    );
  });

  it('says it in English with singular and plural', () => {
    expect(gapSentence({ code: 'advokasi', unit: 'activities', missing: 3 }, en, 'en-GB', labels)).toBe('3 more advocacy activities');
    expect(gapSentence({ code: 'advokasi', unit: 'activities', missing: 1 }, en, 'en-GB', labels)).toBe('1 more advocacy activity');
    expect(gapSentence({ code: 'keteraturan', unit: 'months', missing: 2 }, en, 'en-GB', labels)).toBe(
      '2 more months with a reported activity',
    );
    expect(gapSentence({ code: 'peserta', unit: 'participants', missing: 1250 }, en, 'en-GB', labels)).toBe(
      '1,250 more participants in community engagement activities',
    );
  });

  it('words every indicator of the default profile in both languages', () => {
    for (const code of ['pelibatan', 'peserta', 'advokasi', 'layanan', 'keteraturan']) {
      for (const [dictionary, locale] of [
        [id, 'id-ID'],
        [en, 'en-GB'],
      ] as const) {
        const sentence = gapSentence({ code, unit: 'activities', missing: 2 }, dictionary, locale, {});
        // A sentence of its own, not the fallback that quotes a label.
        expect(sentence).toMatch(/^2 /);
        expect(sentence).not.toContain('“');
      }
    }
  });

  it('names an indicator of another profile by its label', () => {
    expect(gapSentence({ code: 'literasi', unit: 'activities', missing: 4 }, id, 'id-ID', labels)).toBe(
      '4 kegiatan lagi untuk “Kelas literasi digital”',
    );
    expect(gapSentence({ code: 'literasi', unit: 'activities', missing: 1 }, en, 'en-GB', labels)).toBe(
      '1 more activity for “Kelas literasi digital”',
    );
    expect(gapSentence({ code: 'hadir', unit: 'participants', missing: 5 }, en, 'en-GB', {})).toBe('5 more participants for “hadir”');
  });
});

describe('indicatorLabel', () => {
  it('translates known codes and falls back to the profile label, then the code', () => {
    expect(indicatorLabel('advokasi', en, labels)).toBe('Advocacy activities');
    expect(indicatorLabel('literasi', en, labels)).toBe('Kelas literasi digital');
    expect(indicatorLabel('hadir', en, labels)).toBe('hadir');
  });
});
