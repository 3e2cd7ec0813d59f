import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';

let t: TestApp;
let pusat: Agent;
let puput: Agent;
let partnerId: number;
let draftId: number;
beforeAll(async () => {
  t = await testApp();
  await makeUser(t.db, { role: 'admin_pusat', username: 'pusat' });
  partnerId = (await makePartner(t.db, { regionCode: '19.05.06.2005', name: 'Perpusdes Puput' })).id;
  const manager = await makeUser(t.db, { role: 'pengelola', partnerId, username: 'puput' });
  draftId = (await makeActivity(t.db, { partnerId, reporterId: manager.id, title: 'Mendongeng di balai desa' })).id;
  [pusat, puput] = await Promise.all([t.login('pusat'), t.login('puput')]);
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; details?: { field: string; issue: string }[] } };

const activity = {
  partnerId: 0,
  strategy: 'pelibatan_masyarakat',
  title: 'Kelas membaca',
  date: '2024-09-20',
  participantsMale: 3,
  participantsFemale: 4,
};

/** One request per kind of text the API takes: bodies of every feature, and query strings. */
const cases: { what: string; send: () => ReturnType<Agent['get']>; field: string }[] = [
  {
    what: 'the unauthenticated login',
    send: () => t.anonymous().post('/api/auth/login', { username: 'a\u0000b', password: 'x' }),
    field: 'username',
  },
  {
    what: 'a login password',
    send: () => t.anonymous().post('/api/auth/login', { username: 'pusat', password: 'x\u0000' }),
    field: 'password',
  },
  {
    what: 'the current password',
    send: () => puput.post('/api/auth/password', { currentPassword: 'x\u0000', newPassword: 'kata-sandi-yang-baru' }),
    field: 'currentPassword',
  },
  { what: 'a partner search', send: () => pusat.get('/api/partners?q=a%00b'), field: 'q' },
  { what: 'a region search', send: () => pusat.get('/api/regions?q=pu%00put'), field: 'q' },
  { what: 'a user search', send: () => pusat.get('/api/users?q=%1B%5B31m'), field: 'q' },
  { what: 'an activity search', send: () => pusat.get('/api/activities?q=kelas%7F'), field: 'q' },
  {
    what: 'a partner name (C1 control)',
    send: () =>
      pusat.post('/api/partners', {
        name: 'Perpusdes\u0085Baru',
        type: 'desa',
        scheme: 'full_support',
        regionCode: '19.05.01.2005',
        cohortYear: 2020,
      }),
    field: 'name',
  },
  { what: 'a partner address', send: () => pusat.patch(`/api/partners/${partnerId}`, { address: 'Jl. Raya\u0000' }), field: 'address' },
  {
    what: 'a display name',
    send: () =>
      pusat.post('/api/users', {
        username: 'dewi',
        password: 'kata-sandi-yang-baru',
        role: 'konsultan',
        regionCode: '19',
        displayName: 'Dewi\u0008',
      }),
    field: 'displayName',
  },
  {
    what: 'an activity title',
    send: () => puput.post('/api/activities', { ...activity, partnerId, title: 'Kelas\u0000' }),
    field: 'title',
  },
  { what: 'a description', send: () => puput.patch(`/api/activities/${draftId}`, { description: 'baris\r\nbaru' }), field: 'description' },
  {
    what: 'one stakeholder of many',
    send: () => puput.patch(`/api/activities/${draftId}`, { stakeholders: ['Kepala desa', 'PKK\u0000'] }),
    field: 'stakeholders.1',
  },
  { what: 'a comment', send: () => pusat.post(`/api/activities/${draftId}/comments`, { text: 'catatan\u001b' }), field: 'text' },
  {
    what: 'a gathering title',
    send: () => pusat.post('/api/gatherings', { title: 'Rapat\u0000', date: '2024-09-20', mode: 'online', regionCode: '19' }),
    field: 'title',
  },
];

describe('control characters in text', () => {
  it.each(cases)('are refused with 400 naming the field: $what', async ({ send, field }) => {
    const res = await send();
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json<ErrorBody>().error;
    expect(error.code).toBe('validation');
    expect(error.details).toContainEqual(expect.objectContaining({ field, issue: 'control_character' }));
  });

  it('changed nothing', async () => {
    const partner = (await pusat.get(`/api/partners/${partnerId}`)).json<{ address: string | null }>();
    expect(partner.address).toBeNull();
    const draft = (await puput.get(`/api/activities/${draftId}`)).json<{ description: string | null; stakeholders: string[] }>();
    expect(draft).toMatchObject({ description: null, stakeholders: [] });
    expect((await pusat.get('/api/users?q=dewi')).json<{ total: number }>().total).toBe(0);
    expect((await pusat.get('/api/partners?q=Perpusdes')).json<{ total: number }>().total).toBe(1);
  });

  it('keeps newlines and tabs', async () => {
    const description = 'Baris pertama\nBaris kedua\tdengan tab';
    const res = await puput.patch(`/api/activities/${draftId}`, { description });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ description: string }>().description).toBe(description);
  });
});
