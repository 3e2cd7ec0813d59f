import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makePartner, makeUser } from '#test/factories';

interface Listed {
  items: { id: number; username: string; displayName?: string; partnerName?: string; active: boolean; phone?: string }[];
  total: number;
}

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let jakarta: Agent;
let yulianti: Agent;
let ids: Record<'pusat' | 'babel' | 'jakarta' | 'yulianti' | 'puput' | 'cendil', number>;
let gambirManager: number;
let partners: Record<'puput' | 'cendil' | 'gambir', { id: number }>;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, {
    staff: ['pusat', 'babel', 'jakarta', 'yulianti'],
    libraries: ['gambir'],
    managers: ['puput', 'cendil'],
  });
  ({ pusat, babel, jakarta, yulianti } = cast.agents);
  ids = cast.userIds;
  partners = cast.partners;
  gambirManager = (await makeUser(t.db, { role: 'pengelola', partnerId: partners.gambir.id, username: 'gambir' })).id;
  // Twelve managers of Bangka Barat libraries, to page through.
  for (let i = 1; i <= 12; i++) {
    const library = await makePartner(t.db, { regionCode: '19.05.06.2005', name: `Taman Baca Parittiga ${String(i).padStart(2, '0')}` });
    await makeUser(t.db, { role: 'pengelola', partnerId: library.id, username: `tbm${String(i).padStart(2, '0')}` });
  }
});
afterAll(() => t.close());

describe('finding users', () => {
  it('searches the username, the display name and the library name, any case', async () => {
    await babel.patch(`/api/users/${ids.cendil}`, { displayName: 'Bu Sari Wulandari' });
    const byDisplayName = (await babel.get('/api/users?q=WULAN')).json<Listed>();
    expect(byDisplayName.items.map((u) => u.username)).toEqual(['cendil']);
    const byLibrary = (await babel.get('/api/users?q=parittiga 07')).json<Listed>();
    expect(byLibrary.items.map((u) => u.username)).toEqual(['tbm07']);
    const byUsername = (await babel.get('/api/users?q=yuli')).json<Listed>();
    expect(byUsername.items.map((u) => u.username)).toEqual(['yulianti']);
  });

  it('pages with a total, and narrows by role, region and active', async () => {
    const first = (await babel.get('/api/users?role=pengelola&region=19.05&pageSize=5')).json<Listed>();
    const third = (await babel.get('/api/users?role=pengelola&region=19.05&pageSize=5&page=3')).json<Listed>();
    // Puput's manager and the twelve of Parittiga; Cendil lies in another regency.
    expect(first.total).toBe(13);
    expect(first.items).toHaveLength(5);
    expect(third.items).toHaveLength(3);
    expect(first.items.map((u) => u.username)).not.toContain('cendil');
    const pages = await Promise.all([1, 2, 3].map((p) => babel.get(`/api/users?role=pengelola&region=19.05&pageSize=5&page=${p}`)));
    const all = pages.flatMap((res) => res.json<Listed>().items.map((u) => u.username));
    expect(new Set(all).size).toBe(13);

    await babel.patch(`/api/users/${ids.puput}`, { active: false });
    const inactive = (await babel.get('/api/users?active=false')).json<Listed>();
    expect(inactive.items.map((u) => [u.username, u.active])).toEqual([['puput', false]]);
    const active = (await babel.get('/api/users?active=true&role=pengelola&region=19.05')).json<Listed>();
    expect(active.total).toBe(12);
    await babel.patch(`/api/users/${ids.puput}`, { active: true });
  });
});

describe('editing a user', () => {
  it('changes the display name and a phone written any way, kept in one form', async () => {
    const res = await babel.patch(`/api/users/${ids.puput}`, { displayName: 'Pak Joko', phone: '0812-3456-7890' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: ids.puput, displayName: 'Pak Joko', phone: '+6281234567890', active: true });
    expect((await babel.get(`/api/users/${ids.puput}`)).json()).toMatchObject({ displayName: 'Pak Joko', phone: '+6281234567890' });
    const cleared = await babel.patch(`/api/users/${ids.puput}`, { phone: null });
    expect(cleared.json()).not.toHaveProperty('phone');
  });

  it('refuses a phone that is not an Indonesian mobile number, naming the field', async () => {
    const res = await babel.patch(`/api/users/${ids.puput}`, { phone: '021 555 1234' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['phone']);
  });

  it('moves a manager to another library and makes a facilitator of another, checking the scope as a whole', async () => {
    const moved = await babel.patch(`/api/users/${ids.cendil}`, { partnerId: partners.puput.id });
    expect(moved.json()).toMatchObject({ partnerId: partners.puput.id, partnerName: 'Perpusdes Puput' });
    await babel.patch(`/api/users/${ids.cendil}`, { partnerId: partners.cendil.id });

    const noRegion = await babel.patch(`/api/users/${ids.cendil}`, { role: 'fasilitator' });
    expect(noRegion.statusCode).toBe(400);
    expect(errorOf(noRegion).details).toContainEqual(expect.objectContaining({ field: 'regionCode', issue: 'required_for_role' }));
    const village = await babel.patch(`/api/users/${ids.cendil}`, { role: 'fasilitator', regionCode: '19.06.04' });
    expect(village.statusCode).toBe(400);
    expect(errorOf(village).details?.[0]).toMatchObject({ field: 'regionCode', issue: 'wrong_level' });
    const promoted = await babel.patch(`/api/users/${ids.cendil}`, { role: 'fasilitator', regionCode: '19.06' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ role: 'fasilitator', regionCode: '19.06' });
    expect(promoted.json()).not.toHaveProperty('partnerId');
    const back = await babel.patch(`/api/users/${ids.cendil}`, { role: 'pengelola', partnerId: partners.cendil.id });
    expect(back.json()).toMatchObject({ role: 'pengelola', partnerId: partners.cendil.id });
    expect(back.json()).not.toHaveProperty('regionCode');
  });

  it('never gives a role above its own nor a scope outside its province', async () => {
    const upward = await babel.patch(`/api/users/${ids.yulianti}`, { role: 'admin_pusat', regionCode: null });
    expect(upward.statusCode).toBe(403);
    const away = await babel.patch(`/api/users/${ids.yulianti}`, { regionCode: '31.71' });
    expect(away.statusCode).toBe(403);
    expect(errorOf(away).details?.[0]).toMatchObject({ field: 'regionCode', issue: 'region_out_of_scope' });
    const elsewhere = await babel.patch(`/api/users/${ids.puput}`, { partnerId: partners.gambir.id });
    expect(elsewhere.statusCode).toBe(403);
    expect((await pusat.get(`/api/users/${ids.yulianti}`)).json()).toMatchObject({ role: 'fasilitator', regionCode: '19.05' });
  });
});

describe('scope', () => {
  it('a provincial admin cannot read or touch a user of another province: for it there is none', async () => {
    for (const res of [
      await babel.get(`/api/users/${gambirManager}`),
      await babel.patch(`/api/users/${gambirManager}`, { displayName: 'Disusupi' }),
      await babel.patch(`/api/users/${ids.jakarta}`, { active: false }),
      await babel.post(`/api/users/${gambirManager}/password-reset`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await jakarta.get(`/api/users/${gambirManager}`)).json()).not.toHaveProperty('displayName');
    expect((await t.login('gambir')).cookie).toBeTruthy();
  });

  it('nor the national office', async () => {
    expect((await babel.patch(`/api/users/${ids.pusat}`, { displayName: 'Bukan Pusat' })).statusCode).toBe(404);
    expect((await babel.post(`/api/users/${ids.pusat}/password-reset`)).statusCode).toBe(404);
    expect((await pusat.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('a facilitator reads the users of its regency but changes none', async () => {
    expect((await yulianti.get(`/api/users/${ids.puput}`)).statusCode).toBe(200);
    expect((await yulianti.get(`/api/users/${ids.cendil}`)).statusCode).toBe(404);
    expect((await yulianti.patch(`/api/users/${ids.puput}`, { displayName: 'X' })).statusCode).toBe(403);
    expect((await yulianti.post(`/api/users/${ids.puput}/password-reset`)).statusCode).toBe(403);
  });

  it('nobody deactivates, re-scopes or resets itself; its own name it may change', async () => {
    const self = await babel.patch(`/api/users/${ids.babel}`, { active: false });
    expect(self.statusCode).toBe(403);
    expect(errorOf(self).details?.[0]).toMatchObject({ field: 'active', issue: 'own_account' });
    expect((await babel.patch(`/api/users/${ids.babel}`, { regionCode: '31' })).statusCode).toBe(403);
    expect((await babel.post(`/api/users/${ids.babel}/password-reset`)).statusCode).toBe(403);
    expect((await pusat.patch(`/api/users/${ids.pusat}`, { active: false })).statusCode).toBe(403);
    expect((await babel.patch(`/api/users/${ids.babel}`, { displayName: 'Admin Babel' })).statusCode).toBe(200);
    expect((await babel.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('deactivating', () => {
  it('ends the sessions at once, refuses login with a code of its own, and reactivating lets the user back', async () => {
    const user = await makeUser(t.db, { role: 'pengelola', partnerId: partners.puput.id, username: 'sementara' });
    const session = await t.login('sementara');
    expect((await session.get('/api/activities')).statusCode).toBe(200);

    const off = await babel.patch(`/api/users/${user.id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    expect((await session.get('/api/activities')).statusCode).toBe(401);
    const sessions = await t.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    expect(sessions).toEqual([]);

    const refused = await t.anonymous().post('/api/auth/login', { username: 'sementara', password: 'test-password-1' });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('account_inactive');
    // A wrong password learns nothing about the account.
    const wrong = await t.anonymous().post('/api/auth/login', { username: 'sementara', password: 'bukan-sandinya-1' });
    expect(wrong.statusCode).toBe(401);

    expect((await babel.patch(`/api/users/${user.id}`, { active: true })).json()).toMatchObject({ active: true });
    expect((await (await t.login('sementara')).get('/api/activities')).statusCode).toBe(200);
  });
});

describe('a password reset', () => {
  it('gives a strong temporary password once, ends the sessions, and holds the user on the change until done', async () => {
    const user = await makeUser(t.db, { role: 'pengelola', partnerId: partners.puput.id, username: 'lupa.sandi' });
    const before = await t.login('lupa.sandi');
    const res = await babel.post(`/api/users/${user.id}/password-reset`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { temporaryPassword } = res.json<{ temporaryPassword: string }>();
    expect(temporaryPassword).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await babel.post(`/api/users/${user.id}/password-reset`)).json<{ temporaryPassword: string }>().temporaryPassword).not.toBe(
      temporaryPassword,
    );
    const { temporaryPassword: latest } = (await babel.post(`/api/users/${user.id}/password-reset`)).json<{ temporaryPassword: string }>();

    expect((await before.get('/api/auth/me')).statusCode).toBe(401);
    await expect(t.login('lupa.sandi')).rejects.toThrow(/401/);

    const login = await t.anonymous().post('/api/auth/login', { username: 'lupa.sandi', password: latest });
    expect(login.json<{ user: unknown }>().user).toMatchObject({ mustChangePassword: true });
    const held = await t.login('lupa.sandi', latest);
    expect((await held.get('/api/auth/me')).json<{ user: unknown }>().user).toMatchObject({ mustChangePassword: true });
    for (const refused of [await held.get('/api/activities'), await held.get('/api/partners'), await held.post('/api/problems', {})]) {
      expect(refused.statusCode).toBe(403);
      expect(errorOf(refused).code).toBe('password_change_required');
    }

    const changed = await held.post('/api/auth/password', { currentPassword: latest, newPassword: 'Lada-Putih-Mentok-2024' });
    expect(changed.statusCode).toBe(200);
    expect((await held.get('/api/auth/me')).json<{ user: unknown }>().user).not.toHaveProperty('mustChangePassword');
    expect((await held.get('/api/activities')).statusCode).toBe(200);
    expect((await t.login('lupa.sandi', 'Lada-Putih-Mentok-2024')).cookie).toBeTruthy();
  });

  it('is refused to whoever does not manage users, and to a stranger', async () => {
    const cendil = await t.login('cendil');
    expect((await cendil.post(`/api/users/${ids.puput}/password-reset`)).statusCode).toBe(403);
    expect((await t.anonymous().post(`/api/users/${ids.puput}/password-reset`)).statusCode).toBe(401);
  });
});
