import { describe, expect, it } from 'vitest';
import { fullPlaceOf, placeOf } from './place';

const puput = [
  { code: '19', name: 'Kepulauan Bangka Belitung' },
  { code: '19.05', name: 'Kabupaten Bangka Barat' },
  { code: '19.05.06', name: 'Parittiga' },
  { code: '19.05.06.2005', name: 'Puput' },
];

describe('where a story comes from', () => {
  it('names the regency and the province on a card, read by someone anywhere in the country', () => {
    expect(placeOf(puput)).toBe('Kabupaten Bangka Barat, Kepulauan Bangka Belitung');
    expect(placeOf(puput.slice(0, 1))).toBe('Kepulauan Bangka Belitung');
    expect(placeOf([])).toBe('');
  });

  it('names the whole path, from the village up, on the story page', () => {
    expect(fullPlaceOf(puput)).toBe('Puput, Parittiga, Kabupaten Bangka Barat, Kepulauan Bangka Belitung');
  });
});
