import { describe, expect, it } from 'vitest';
import { coreName, normalName, readAttendanceList } from './attendance-list';

describe('reading a list of the libraries that attended', () => {
  it('reads a pasted list, one library per line, without its numbering, counting lines as written', () => {
    const text = '1. Perpusdes Cendil\n2) Perpusdes Belo Laut\n\n- TBM Pelangi Sempan\n• 15\n12-34\n';
    expect(readAttendanceList(text)).toEqual([
      { row: 1, text: '1. Perpusdes Cendil', id: null, name: 'Perpusdes Cendil' },
      { row: 2, text: '2) Perpusdes Belo Laut', id: null, name: 'Perpusdes Belo Laut' },
      { row: 4, text: '- TBM Pelangi Sempan', id: null, name: 'TBM Pelangi Sempan' },
      { row: 5, text: '• 15', id: 15, name: null },
      // Kept, so the person sees the line that named nothing.
      { row: 6, text: '12-34', id: null, name: null },
    ]);
  });

  it('takes a number alone on its line as a partner id', () => {
    expect(readAttendanceList('42\nPerpusdes Puput')).toEqual([
      { row: 1, text: '42', id: 42, name: null },
      { row: 2, text: 'Perpusdes Puput', id: null, name: 'Perpusdes Puput' },
    ]);
  });

  it('reads the app’s own export: the header names the column, the row number is not an id', () => {
    const csv =
      '\uFEFFno,nama perpustakaan,jenis,desa/kelurahan,kecamatan,kabupaten/kota\n' +
      '1,Perpusdes Cendil,Perpustakaan desa/kelurahan,Cendil,Kelapa Kampit,Belitung Timur\n' +
      '2,"Perpustakaan Daerah Bangka, Sungailiat",Perpustakaan kabupaten/kota,,,Bangka\n';
    expect(readAttendanceList(csv).map((r) => [r.row, r.id, r.name])).toEqual([
      [2, null, 'Perpusdes Cendil'],
      [3, null, 'Perpustakaan Daerah Bangka, Sungailiat'],
    ]);
  });

  it('prefers an id column over the name, and reads semicolons and tabs as Excel saves them', () => {
    expect(readAttendanceList('ID Mitra;Nama\n7;Perpusdes Puput\n;Perpusdes Ketap').map((r) => [r.row, r.id, r.name])).toEqual([
      [2, 7, null],
      [3, null, 'Perpusdes Ketap'],
    ]);
    expect(readAttendanceList('nama\tdesa\nPerpusdes Rambat\tRambat').map((r) => r.name)).toEqual(['Perpusdes Rambat']);
  });

  it('refuses a list it cannot read, naming the text', () => {
    expect(() => readAttendanceList('nama\n"Perpusdes Cendil\nlain')).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('names as people write them', () => {
  it('are one library whatever the case, spacing, punctuation or abbreviation', () => {
    expect(normalName('  PERPUSDES   Cendil. ')).toBe(normalName('Perpustakaan Desa Cendil'));
    expect(normalName('TBM Pelangi')).toBe('taman bacaan masyarakat pelangi');
    expect(normalName('Perpusdes Tanjung Labu')).toBe('perpustakaan desa tanjung labu');
  });
  it('keep their own words without the kind of library', () => {
    expect(coreName('Perpusdes Belo Laut')).toBe('belo laut');
    expect(coreName('Perpustakaan Kelurahan Sungailiat')).toBe('sungailiat');
  });
});
