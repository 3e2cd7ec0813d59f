import { describe, expect, it } from 'vitest';
import type { Practice } from '#domain/practices';
import { checkNewPractice, checkPracticeEdit, emptyPractice, valuesOfPractice } from './model';

const written = {
  ...emptyPractice(7),
  title: '  Kelas menjahit ibu-ibu  ',
  summary: 'Sepuluh ibu kini menerima pesanan jahitan.',
  story: 'Perpustakaan desa membuka kelas menjahit dua kali seminggu bersama PKK desa.',
  activityIds: [12, 15],
};

describe('the story form', () => {
  it('names every field the server would refuse, at once, before anything is sent', () => {
    const checked = checkNewPractice(emptyPractice(null));
    expect(checked.ok).toBe(false);
    const fields = checked.ok ? [] : checked.error.details.map((issue) => issue.field);
    expect(fields).toEqual(['partnerId', 'title', 'summary', 'story']);
  });

  it('sends a new story trimmed, with an empty testimony as none', () => {
    const checked = checkNewPractice({ ...written, testimony: '   ', testimonyBy: '' });
    expect(checked).toEqual({
      ok: true,
      body: {
        partnerId: 7,
        title: 'Kelas menjahit ibu-ibu',
        summary: written.summary,
        story: written.story,
        strategy: null,
        testimony: null,
        testimonyBy: null,
        activityIds: [12, 15],
      },
    });
  });

  it('edits the whole story but never its library, clearing what was emptied', () => {
    const checked = checkPracticeEdit({ ...written, partnerId: 99, strategy: 'pelibatan_masyarakat', testimony: '' });
    expect(checked.ok && checked.body).toEqual({
      title: 'Kelas menjahit ibu-ibu',
      summary: written.summary,
      story: written.story,
      strategy: 'pelibatan_masyarakat',
      testimony: null,
      testimonyBy: null,
      activityIds: [12, 15],
    });
  });

  it('starts an edit from the story as it is', () => {
    const practice = {
      partnerId: 7,
      title: 'Judul',
      summary: 'Ringkasan kisah.',
      story: 'Kisahnya.',
      strategy: null,
      testimony: null,
      testimonyBy: 'Ibu Sari',
      activities: [{ id: 3, title: 'Kelas', date: '2024-05-02', strategy: 'pelibatan_masyarakat', status: 'verified' }],
    } as unknown as Practice;
    expect(valuesOfPractice(practice)).toEqual({
      partnerId: 7,
      title: 'Judul',
      summary: 'Ringkasan kisah.',
      story: 'Kisahnya.',
      strategy: null,
      testimony: '',
      testimonyBy: 'Ibu Sari',
      activityIds: [3],
    });
  });
});
