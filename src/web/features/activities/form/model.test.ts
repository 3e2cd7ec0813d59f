import { describe, expect, it } from 'vitest';
import type { Activity } from '#domain/activities';
import { checkEdit, checkNew, emptyValues, valuesOf, type ActivityFormValues } from './model';

const clientId = '2b0f5a52-8a55-4c1f-9a55-3f1f3b1c2d4e';
const now = new Date('2024-09-28T03:00:00Z');

function filled(change: Partial<ActivityFormValues> = {}): ActivityFormValues {
  return {
    ...emptyValues({ partnerId: 205, strategy: 'pelibatan_masyarakat', date: '2024-09-27' }),
    title: 'Kelas mendongeng',
    participantsMale: '4',
    participantsFemale: '11',
    ...change,
  };
}

const fields = (values: ActivityFormValues) => {
  const checked = checkNew(values, clientId, now);
  return checked.ok ? [] : checked.error.details.map((d) => `${d.field}:${d.issue}`);
};

describe('the activity form model', () => {
  it('builds the create body the server expects, leaving out what was not filled in', () => {
    const checked = checkNew(filled({ stakeholders: ['PKK'], location: '  Balai desa ' }), clientId, now);
    expect(checked).toEqual({
      ok: true,
      body: {
        partnerId: 205,
        clientId,
        strategy: 'pelibatan_masyarakat',
        title: 'Kelas mendongeng',
        date: '2024-09-27',
        participantsMale: 4,
        participantsFemale: 11,
        stakeholders: ['PKK'],
        location: 'Balai desa',
      },
    });
  });

  it('names every problem at once: schema and cross-field rules alike', () => {
    expect(fields(filled({ title: 'ab', participantsChildren: '40', date: '2024-09-30', strategy: null }))).toEqual([
      'strategy:invalid_value',
      'title:too_small',
      'date:future',
    ]);
    expect(fields(filled({ title: 'ab', participantsChildren: '40' }))).toEqual(['title:too_small', 'participantsChildren:exceeds_total']);
    expect(fields(filled({ participantsMale: '', participantsFemale: '2.5' }))).toEqual([
      'participantsMale:invalid_type',
      // A decimal count is not "empty": it is named as what it is, so the form can ask for a whole number.
      'participantsFemale:not_integer',
    ]);
  });

  it('sends an outcome only for advocacy, with the amount as people write it', () => {
    const advocacy = checkNew(filled({ strategy: 'advokasi', outcomeType: 'anggaran', amountRupiah: '5.000.000' }), clientId, now);
    expect(advocacy.ok && advocacy.body.outcome).toEqual({ documentType: 'anggaran', amountRupiah: 5_000_000 });
    const engagement = checkNew(filled({ outcomeType: 'mou' }), clientId, now);
    expect(engagement.ok && engagement.body.outcome).toBeUndefined();
  });

  it('turns an emptied field into a clearing value when editing', () => {
    const activity = {
      partnerId: 205,
      strategy: 'advokasi',
      subtype: 'mou',
      title: 'Penandatanganan MoU',
      date: '2024-09-20',
      participantsMale: 3,
      participantsFemale: 2,
      participantsDisability: 1,
      participantsElderly: 0,
      participantsChildren: 0,
      location: 'Kantor desa',
      description: null,
      stakeholders: ['Kepala desa'],
      outcome: { documentType: 'mou', documentNumber: '12/2024', amountRupiah: null },
    } as unknown as Activity;
    const values = valuesOf(activity);
    expect(values).toMatchObject({ participantsDisability: '1', participantsElderly: '', documentNumber: '12/2024', amountRupiah: '' });
    const edit = checkEdit({ ...values, location: '', participantsDisability: '', subtype: '', outcomeType: '', stakeholders: [] }, now);
    expect(edit.ok && edit.body).toMatchObject({
      location: null,
      subtype: null,
      participantsDisability: 0,
      outcome: null,
      stakeholders: [],
      description: null,
    });
  });
});
