import { describe, expect, it } from 'vitest';
import type { PracticeEvent } from '#domain/practices';
import { everyWord } from '#web/i18n/everyWord.ts';
import { lastReturn, practiceChangeLines, threadOf } from './history';

const { id, en } = everyWord;

const actor = { id: 1, username: 'yulianti', displayName: 'Yulianti' };
const event = (kind: PracticeEvent['kind'], extra: Partial<PracticeEvent> = {}): PracticeEvent => ({
  id: Math.floor(Math.random() * 1e6),
  at: '2024-09-20T03:00:00.000Z',
  kind,
  actor,
  changes: null,
  comment: null,
  ...extra,
});

describe('a story’s trail as people read it', () => {
  it('says what an edit changed in the reader’s language, counting linked activities', () => {
    const edited = event('edited', {
      changes: {
        strategy: { from: null, to: 'advokasi' },
        activityIds: { from: [3], to: [3, 8, 9] },
        title: { from: 'Kelas', to: 'Kelas menjahit' },
      },
    });
    expect(practiceChangeLines(edited, { dictionary: id, locale: 'id-ID' })).toEqual([
      { field: 'strategy', label: 'Strategi', from: '—', to: 'Advokasi' },
      { field: 'activityIds', label: 'Kegiatan yang diceritakan', from: '1 kegiatan', to: '3 kegiatan' },
      { field: 'title', label: 'Judul', from: 'Kelas', to: 'Kelas menjahit' },
    ]);
    expect(practiceChangeLines(edited, { dictionary: en, locale: 'en-GB' })[1]?.label).toBe('Activities the story tells of');
  });

  it('leaves photo entries to their titles', () => {
    const added = event('photo_added', { changes: { photo: { from: null, to: 4 } } });
    expect(practiceChangeLines(added, { dictionary: id, locale: 'id-ID' })).toEqual([]);
  });

  it('keeps the entries that came with words as the thread, and finds the last return', () => {
    const first = event('returned', { comment: 'Tambahkan foto kegiatannya.' });
    const second = event('returned', { comment: 'Sebutkan jumlah peserta.' });
    const history = [
      event('created'),
      event('submitted'),
      first,
      event('submitted', { comment: 'Sudah.' }),
      second,
      event('commented', { comment: 'Baik.' }),
    ];
    expect(threadOf(history).map((e) => e.comment)).toEqual(['Tambahkan foto kegiatannya.', 'Sudah.', 'Sebutkan jumlah peserta.', 'Baik.']);
    expect(lastReturn(history)).toBe(second);
    expect(lastReturn([event('created')])).toBeNull();
  });
});
