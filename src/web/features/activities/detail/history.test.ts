import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '#domain/activities';
import { everyWord } from '#web/i18n/everyWord.ts';
import { changeLines } from './history';

const { id, en } = everyWord;

const actor = { id: 3, username: 'puput', displayName: 'Pengelola Perpusdes Puput' };
const edit = (changes: ActivityEvent['changes'], kind: ActivityEvent['kind'] = 'edited'): ActivityEvent => ({
  id: 1,
  at: '2024-09-21T02:00:00.000Z',
  kind,
  actor,
  changes,
  comment: null,
});
const subtypeLabel = (code: string) => (code === 'storytelling' ? 'Mendongeng (storytelling)' : code);

describe('changeLines', () => {
  it('names each changed field in the reader’s language, with readable values', () => {
    const event = edit({
      participantsFemale: { from: 9, to: 1200 },
      strategy: { from: 'layanan_informasi', to: 'pelibatan_masyarakat' },
      subtype: { from: null, to: 'storytelling' },
      date: { from: '2024-09-20', to: '2024-09-21' },
    });
    expect(changeLines(event, { dictionary: id, locale: 'id-ID', subtypeLabel })).toEqual([
      { field: 'participantsFemale', label: 'Peserta perempuan', from: '9', to: '1.200' },
      { field: 'strategy', label: 'Strategi', from: 'Layanan informasi', to: 'Pelibatan masyarakat' },
      { field: 'subtype', label: 'Jenis kegiatan', from: '—', to: 'Mendongeng (storytelling)' },
      { field: 'date', label: 'Tanggal', from: '20 Sep 2024', to: '21 Sep 2024' },
    ]);
  });

  it('writes lists, outcomes and long texts compactly', () => {
    const event = edit({
      stakeholders: { from: [], to: ['PKK', 'Kepala desa'] },
      outcome: { from: null, to: { documentType: 'mou', documentNumber: '12/2024', amountRupiah: 5000000 } },
      description: { from: 'x'.repeat(300), to: '' },
    });
    const lines = changeLines(event, { dictionary: en, locale: 'en-GB', subtypeLabel });
    expect(lines[0]).toEqual({ field: 'stakeholders', label: 'Stakeholders', from: '—', to: 'PKK, Kepala desa' });
    // Intl puts a no-break space after the currency code.
    expect(lines[1]?.to.replace(/\u00a0/g, ' ')).toBe('Memorandum of understanding (MoU), 12/2024, IDR 5,000,000');
    expect(lines[2]?.from).toHaveLength(120);
    expect(lines[2]?.to).toBe('—');
  });

  it('has no lines for status changes and photo events', () => {
    expect(changeLines(edit(null, 'submitted'), { dictionary: id, locale: 'id-ID', subtypeLabel })).toEqual([]);
    expect(changeLines(edit({ photo: { from: null, to: 4 } }, 'photo_added'), { dictionary: id, locale: 'id-ID', subtypeLabel })).toEqual(
      [],
    );
  });
});
