import { describe, expect, it } from 'vitest';
import type { Gathering } from '#domain/gatherings';
import { checkGatheringEdit, checkNewGathering, draftOf, itemInput, moveItem, newItem, type GatheringDraft } from './model';

const draft = (agenda: GatheringDraft['agenda']): GatheringDraft => ({
  title: 'Gathering mitra TPBIS',
  date: '2024-09-28',
  mode: 'online',
  region: { code: '19', name: 'Kepulauan Bangka Belitung', level: 'provinsi' },
  facilitators: 'Runi Alcitra Amalia\n\n  Yulianti \n',
  consultants: '',
  agenda,
});

describe('the gathering form', () => {
  it('sends one name per line, and each item with the fields of its kind only', () => {
    const kpi = newItem('capaian_kpi', 'Capaian KPI');
    const stories = {
      ...newItem('praktik_baik', 'Praktik baik'),
      stories: [{ id: 4, title: 'Kelas menjahit', partnerName: 'Perpusdes Puput' }],
    };
    const problems = {
      ...newItem('pemecahan_masalah', 'Kendala'),
      problems: [{ id: 9, title: 'Internet', partnerName: 'Perpusdes Cendil' }],
    };
    const courses = { ...newItem('elis', 'Elis'), courses: [{ id: 2, title: 'Dasar-dasar inklusi sosial' }] };
    const checkedNew = checkNewGathering(draft([kpi, stories, problems, courses, newItem('lainnya', 'Penutup')]));
    expect(checkedNew.ok && checkedNew.body).toEqual({
      title: 'Gathering mitra TPBIS',
      date: '2024-09-28',
      mode: 'online',
      regionCode: '19',
      facilitators: ['Runi Alcitra Amalia', 'Yulianti'],
      consultants: [],
      agenda: [
        { kind: 'capaian_kpi', title: 'Capaian KPI' },
        { kind: 'praktik_baik', title: 'Praktik baik', practiceIds: [4] },
        { kind: 'pemecahan_masalah', title: 'Kendala', problemIds: [9] },
        { kind: 'elis', title: 'Elis', courseIds: [2] },
        { kind: 'lainnya', title: 'Penutup' },
      ],
    });
  });

  it('keeps an existing item by its id, with the KPI region and period it was given', () => {
    const gathering = {
      id: 3,
      title: 'Temu',
      date: '2024-09-28',
      mode: 'offline',
      regionCode: '19',
      regionName: 'Kepulauan Bangka Belitung',
      facilitators: [],
      consultants: [],
      agenda: [
        {
          id: 11,
          position: 0,
          kind: 'capaian_kpi',
          title: 'KPI',
          region: '19.05',
          regionName: 'Kabupaten Bangka Barat',
          from: '2024-01-01',
          to: '2024-09-25',
          minutes: null,
          minutesAt: null,
          actions: [],
        },
      ],
    } as unknown as Gathering;
    const edit = checkGatheringEdit(draftOf(gathering, 'provinsi'));
    expect(edit.ok && edit.body.agenda).toEqual([
      { id: 11, kind: 'capaian_kpi', title: 'KPI', region: '19.05', from: '2024-01-01', to: '2024-09-25' },
    ]);
  });

  it('names the field that is missing, item by item', () => {
    const result = checkNewGathering({ ...draft([newItem('lainnya', '')]), region: null });
    expect(result.ok ? [] : result.error.details.map((d) => d.field).sort()).toEqual(['agenda.0.title', 'regionCode']);
  });

  it('moves an item up or down, and not past either end', () => {
    const [a, b, c] = [newItem('lainnya', 'A'), newItem('lainnya', 'B'), newItem('lainnya', 'C')];
    expect(moveItem([a, b, c], 2, -1).map((i) => i.title)).toEqual(['A', 'C', 'B']);
    expect(moveItem([a, b, c], 0, -1).map((i) => i.title)).toEqual(['A', 'B', 'C']);
    expect(itemInput({ ...a, id: 5 })).toEqual({ id: 5, kind: 'lainnya', title: 'A' });
  });
});
