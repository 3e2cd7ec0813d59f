import { describe, expect, it } from 'vitest';
import { fieldOfHeader, importMessage } from '#domain/imports';
import { readRows } from './rows';

const header = ['Ref', 'ID mitra', 'Strategi', 'Judul kegiatan', 'Tanggal', 'Peserta laki-laki', 'Peserta perempuan'];

describe('import rows', () => {
  it('recognises a column by its template header or its API field name, whatever the case, spaces or required mark', () => {
    expect(fieldOfHeader('activities', '  judul   KEGIATAN * ')).toBe('title');
    expect(fieldOfHeader('activities', 'participantsFemale')).toBe('participantsFemale');
    expect(fieldOfHeader('partners', 'Kode wilayah')).toBe('regionCode');
    expect(fieldOfHeader('partners', 'Catatan')).toBeUndefined();
  });

  it('reads dates as Excel and people write them: a real date, a serial number, YYYY-MM-DD or day first', () => {
    const { rows, issues } = readRows('activities', {
      header,
      rows: [
        { row: 1, cells: ['a', 7, 'advokasi', 'Audiensi', '2024-09-28', 1, 2] },
        { row: 2, cells: ['b', 7, 'advokasi', 'Audiensi', 45563, 1, 2] },
        { row: 3, cells: ['c', '7', 'ADVOKASI', 'Audiensi', '28/09/2024', '1', '2'] },
      ],
    });
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.ref, r.body.date, r.body.strategy, r.body.partnerId])).toEqual([
      ['a', '2024-09-28', 'advokasi', 7],
      ['b', '2024-09-28', 'advokasi', 7],
      ['c', '2024-09-28', 'advokasi', 7],
    ]);
  });

  it('names each problem once per column: blank required cells, a fraction, an unknown code, a short title', () => {
    const { rows, issues } = readRows('activities', {
      header,
      rows: [{ row: 4, cells: ['', 7, 'lomba', 'Ab', '2024-02-30', 1.5, null] }],
    });
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [4, 'ref', 'required'],
      [4, 'participantsMale', 'not_a_number'],
      [4, 'participantsFemale', 'required'],
      [4, 'strategy', 'invalid_choice'],
      [4, 'title', 'too_short'],
      [4, 'date', 'not_a_date'],
    ]);
  });

  it('words every problem in Indonesian and in English', () => {
    expect(importMessage('too_short', 'id', { limit: 3 })).toBe('Terlalu pendek: paling sedikit 3 huruf');
    expect(importMessage('too_short', 'en', { limit: 3 })).toBe('Too short: at least 3 characters');
    expect(importMessage('something_new', 'id', { detail: 'no' })).toBe('Ditolak: no');
  });
});
