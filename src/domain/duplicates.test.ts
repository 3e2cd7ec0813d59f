import { describe, expect, it } from 'vitest';
import { nearlySameTitle, normaliseTitle, titleSimilarity } from './duplicates';

describe('likely duplicate titles', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(normaliseTitle('  Sosialisasi  PKK, Desa Puput! ')).toBe('sosialisasi pkk desa puput');
    expect(nearlySameTitle('Sosialisasi PKK desa Puput', 'sosialisasi  pkk, desa puput.')).toBe(true);
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
});
