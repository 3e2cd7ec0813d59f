import { describe, expect, it } from 'vitest';
import { recallPartner, rememberPartner, rememberedPartnerKey } from './rememberedPartner';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
}

describe('the remembered library', () => {
  it('gives back the library last loaded', () => {
    const storage = memoryStorage();
    rememberPartner(storage, { id: 3, name: 'Perpusdes Puput', regionName: 'Puput' });
    expect(recallPartner(storage, 3, 'perpustakaan Anda')).toEqual({ id: 3, name: 'Perpusdes Puput', regionName: 'Puput' });
  });

  it('names another or an unknown library generically, keeping its id', () => {
    const storage = memoryStorage();
    expect(recallPartner(storage, 3, 'perpustakaan Anda')).toEqual({ id: 3, name: 'perpustakaan Anda' });
    rememberPartner(storage, { id: 4, name: 'Perpusdes Cendil' });
    expect(recallPartner(storage, 3, 'perpustakaan Anda')).toEqual({ id: 3, name: 'perpustakaan Anda' });
    storage.setItem(rememberedPartnerKey, 'not json');
    expect(recallPartner(storage, 3, 'perpustakaan Anda')).toEqual({ id: 3, name: 'perpustakaan Anda' });
  });
});
