import { describe, expect, it } from 'vitest';
import type { ProblemEvent } from '#domain/problems';
import { everyWord } from '#web/i18n/everyWord.ts';
import { trailLines, type TrailContext } from './trail';

const { id, en } = everyWord;

const actor = { id: 1, username: 'yulianti', displayName: 'Yulianti' };
const entry = (kind: ProblemEvent['kind'], changes: ProblemEvent['changes']): ProblemEvent => ({
  id: 1,
  at: '2024-10-01T02:00:00.000Z',
  kind,
  actor,
  changes,
  comment: null,
});
const names = new Map([[12, 'Ajukan anggaran ke musyawarah desa']]);
const ctx: TrailContext = { dictionary: id, locale: 'id-ID', actionName: (actionId) => names.get(actionId) };
const lines = (event: ProblemEvent, context = ctx) => trailLines(event, context).map(({ label, from, to }) => ({ label, from, to }));

describe('the problem trail, as a person reads it', () => {
  it('names statuses and categories instead of their codes', () => {
    expect(lines(entry('handled', { status: { from: 'terbuka', to: 'ditangani' } }))).toEqual([
      { label: 'Status kendala', from: 'Terbuka', to: 'Ditangani' },
    ]);
    expect(
      lines(entry('edited', { category: { from: 'lainnya', to: 'sarana_tik' } }), { ...ctx, dictionary: en, locale: 'en-GB' }),
    ).toEqual([{ label: 'Category', from: 'Other', to: 'ICT equipment and internet' }]);
  });

  it('says what an added action is, who does it and by when, in one line', () => {
    const added = { what: 'Ajukan anggaran ke musyawarah desa', owner: 'Kepala Desa', ownerUserId: null, dueDate: '2024-10-15' };
    expect(lines(entry('action_added', { 'actions.12.added': { from: null, to: added } }))).toEqual([
      { label: 'Tindak lanjut', from: null, to: 'Ajukan anggaran ke musyawarah desa, oleh Kepala Desa, batas 15 Okt 2024' },
    ]);
  });

  it('names the action a tick or an edit was about', () => {
    expect(lines(entry('action_done', { 'actions.12.done': { from: false, to: true } }))).toEqual([
      { label: 'Tindak lanjut “Ajukan anggaran ke musyawarah desa”', from: 'belum selesai', to: 'selesai' },
    ]);
    expect(lines(entry('action_edited', { 'actions.12.dueDate': { from: '2024-10-15', to: '2024-11-01' } }))).toEqual([
      { label: 'Tindak lanjut “Ajukan anggaran ke musyawarah desa” · Batas waktu', from: '15 Okt 2024', to: '1 Nov 2024' },
    ]);
    expect(lines(entry('action_edited', { 'actions.99.owner': { from: 'Fasilitator', to: 'Camat' } }))[0]).toEqual({
      label: 'Tindak lanjut · Penanggung jawab',
      from: 'Fasilitator',
      to: 'Camat',
    });
  });

  it('cuts a long text short and says when a value was empty', () => {
    const [line] = lines(entry('edited', { description: { from: '', to: 'x'.repeat(300) } }));
    expect(line?.from).toBe('—');
    expect(line?.to).toHaveLength(120);
    expect(line?.to.endsWith('…')).toBe(true);
  });

  it('names the gathering a problem was linked to, and has nothing to say about an entry without changes', () => {
    expect(lines(entry('gathering_linked', { gathering: { from: null, to: 4 } }))).toEqual([
      { label: 'Pertemuan', from: null, to: 'Pertemuan nomor 4' },
    ]);
    expect(lines(entry('gathering_unlinked', { gathering: { from: 4, to: null } }))[0]?.to).toBe('Pertemuan nomor 4');
    expect(lines(entry('raised', null))).toEqual([]);
  });
});
