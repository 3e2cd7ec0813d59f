import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearlySameTitle, nearlySameTitleAs, normaliseTitle, titleSimilarity } from './duplicates';

describe('likely duplicate titles', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(normaliseTitle('  Sosialisasi  PKK, Desa Puput! ')).toBe('sosialisasi pkk desa puput');
    expect(nearlySameTitle('Sosialisasi PKK desa Puput', 'sosialisasi  pkk, desa puput.')).toBe(true);
  });

  it('normalises a plain ASCII title exactly as any other, by its quicker path', () => {
    const general = (title: string) =>
      title
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const titles = fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(fc.property(titles, (title) => normaliseTitle(title) === general(title)));
    expect(normaliseTitle('Rapat  Koordinasi/Desa (II)')).toBe('rapat koordinasi desa ii');
  });

  it('forgives a typo and a swapped word', () => {
    expect(nearlySameTitle('Pelatihan membuat kerupuk ikan', 'Pelatihan membuat krupuk ikan')).toBe(true);
    expect(nearlySameTitle('Kelas menjahit ibu-ibu PKK', 'Kelas menjahit PKK ibu-ibu')).toBe(true);
  });

  it('tells different activities apart', () => {
    expect(nearlySameTitle('Kelas lansia', 'Kelas remaja')).toBe(false);
    expect(nearlySameTitle('Audiensi dengan kepala desa', 'Penandatanganan MoU dengan BUMDes')).toBe(false);
    expect(titleSimilarity('abc', 'xyz')).toBe(0);
  });

  it('judges a day’s reports against one title as pairwise', () => {
    const sameAs = nearlySameTitleAs('Kelas menjahit ibu-ibu PKK');
    const day = ['Kelas menjahit PKK ibu-ibu', 'kelas  menjahit ibu ibu pkk!', 'Kelas memasak ibu-ibu PKK', 'Kelas lansia', '', 'K'];
    expect(day.filter(sameAs)).toEqual(['Kelas menjahit PKK ibu-ibu', 'kelas  menjahit ibu ibu pkk!']);
    expect(day.map(sameAs)).toEqual(day.map((other) => nearlySameTitle('Kelas menjahit ibu-ibu PKK', other)));
  });

  it('scores as the Sørensen–Dice coefficient of the letter pairs, counted as two-letter strings', () => {
    // The definition, written plainly: the pairs as strings, each shared pair counted as often as in both.
    const pairs = (title: string) => {
      const squeezed = normaliseTitle(title).replaceAll(' ', '');
      return Array.from({ length: Math.max(0, squeezed.length - 1) }, (_, i) => squeezed.slice(i, i + 2));
    };
    const dice = (a: string, b: string) => {
      if (normaliseTitle(a) === normaliseTitle(b)) return 1;
      const x = pairs(a);
      const y = pairs(b);
      if (x.length + y.length === 0) return 0;
      const left = [...y];
      let shared = 0;
      for (const pair of x) {
        const at = left.indexOf(pair);
        if (at < 0) continue;
        shared += 1;
        left.splice(at, 1);
      }
      return (2 * shared) / (x.length + y.length);
    };
    const titles = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'aabbc d.É1'), maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(fc.property(titles, titles, (a, b) => Math.abs(titleSimilarity(a, b) - dice(a, b)) < 1e-12));
  });
});
