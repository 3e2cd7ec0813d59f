import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makeUser } from '#test/factories';

let t: TestApp;
let babel: Agent;
let pusat: Agent;
let partner31: { id: number };
let partner19: { id: number };

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel', 'jakarta'], libraries: ['puput', 'gambir'] });
  await makeUser(t.db, { role: 'fasilitator', regionCode: '31.71', username: 'fasiljkt' });
  ({ babel, pusat } = cast.agents);
  ({ puput: partner19, gambir: partner31 } = cast.partners);
});
afterAll(() => t.close());

describe('scope', () => {
  it('a provincial admin of 19 sees only users of 19', async () => {
    const res = await babel.get('/api/users');
    expect(res.statusCode).toBe(200);
    const names = res.json<{ items: { username: string }[] }>().items.map((u) => u.username);
    expect(names).toContain('babel');
    expect(names).not.toContain('jakarta');
    expect(names).not.toContain('fasiljkt');
    expect(names).not.toContain('pusat');
  });

  it('a provincial admin of 19 cannot list users of 31', async () => {
    const res = await babel.get('/api/users?region=31');
    expect(res.statusCode).toBe(403);
  });

  it('a provincial admin of 19 cannot create users in 31, nor a manager of a partner in 31', async () => {
    const regional = await babel.post('/api/users', {
      username: 'intruder',
      password: 'long-enough-1',
      role: 'fasilitator',
      regionCode: '31.71',
    });
    expect(regional.statusCode).toBe(403);
    const manager = await babel.post('/api/users', {
      username: 'intruder2',
      password: 'long-enough-1',
      role: 'pengelola',
      partnerId: partner31.id,
    });
    expect(manager.statusCode).toBe(403);
    const all = await pusat.get('/api/users?pageSize=500');
    const names = all.json<{ items: { username: string }[] }>().items.map((u) => u.username);
    expect(names).not.toContain('intruder');
    expect(names).not.toContain('intruder2');
  });

  it('never creates a role above its own', async () => {
    const res = await babel.post('/api/users', { username: 'upstart', password: 'long-enough-1', role: 'admin_pusat' });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('forbidden');
  });

  it('creates a facilitator and a manager inside its scope', async () => {
    const fasil = await babel.post('/api/users', {
      username: 'Yulianti',
      password: 'long-enough-1',
      role: 'fasilitator',
      regionCode: '19.05',
    });
    expect(fasil.statusCode).toBe(201);
    expect(fasil.json()).toMatchObject({ username: 'yulianti', role: 'fasilitator', regionCode: '19.05' });
    const manager = await babel.post('/api/users', {
      username: 'puput',
      password: 'long-enough-1',
      role: 'pengelola',
      partnerId: partner19.id,
    });
    expect(manager.statusCode).toBe(201);
    expect((await t.login('puput', 'long-enough-1')).cookie).toBeTruthy();
    const list = await babel.get(`/api/users?partner=${partner19.id}`);
    expect(list.json<{ items: { username: string }[] }>().items.map((u) => u.username)).toEqual(['puput']);
  });
});

describe("a manager's library by name", () => {
  it('the user list, a created user, the login and the session carry the partner name beside its id', async () => {
    const expected = { partnerId: partner19.id, partnerName: 'Perpusdes Puput' };
    const list = (await babel.get(`/api/users?partner=${partner19.id}`)).json<{ items: unknown[] }>();
    expect(list.items).toEqual([expect.objectContaining({ username: 'puput', ...expected })]);
    const created = await babel.post('/api/users', {
      username: 'puput-dua',
      password: 'long-enough-1',
      role: 'pengelola',
      partnerId: partner19.id,
    });
    expect(created.json()).toMatchObject(expected);
    const login = await t.anonymous().post('/api/auth/login', { username: 'puput-dua', password: 'long-enough-1' });
    expect(login.json<{ user: unknown }>().user).toMatchObject(expected);
    const agent = await t.login('puput-dua', 'long-enough-1');
    expect((await agent.get('/api/auth/me')).json<{ user: unknown }>().user).toMatchObject(expected);
  });

  it('staff have no partner name', async () => {
    const me = (await babel.get('/api/auth/me')).json<{ user: Record<string, unknown> }>().user;
    expect(me).not.toHaveProperty('partnerName');
    expect(me).not.toHaveProperty('partnerId');
  });

  it('a facilitator and a manager may not create users', async () => {
    await makeUser(t.db, { role: 'fasilitator', regionCode: '19', username: 'runi' });
    const runi = await t.login('runi');
    expect(
      (await runi.post('/api/users', { username: 'x-user', password: 'long-enough-1', role: 'pengelola', partnerId: partner19.id }))
        .statusCode,
    ).toBe(403);
  });
});

describe('weak passwords', () => {
  const create = (username: string, password: string) =>
    babel.post('/api/users', { username, password, role: 'konsultan', regionCode: '19' });

  it('are refused with 400 naming the password and why, creating no one', async () => {
    const refusals = [
      ['karolina', '12345678', 'too_small'],
      ['karolina', 'password', 'too_small'],
      ['karolina', 'karolina1', 'too_small'],
      ['karolina', 'Karolina-2024-pustaka', 'contains_username'],
      ['karolina', 'password123', 'common_password'],
      ['karolina', 'perpustakaan2024', 'common_password'],
      ['karolina', 'qwertyuiop', 'common_password'],
    ] as const;
    for (const [username, password, issue] of refusals) {
      const res = await create(username, password);
      expect({ password, status: res.statusCode }).toEqual({ password, status: 400 });
      expect(errorOf(res).details).toContainEqual(expect.objectContaining({ field: 'password', issue }));
    }
    expect((await babel.get('/api/users?q=karolina')).json<{ total: number }>().total).toBe(0);
  });

  it('accepts a long password that is hard to guess', async () => {
    expect((await create('karolina', 'batu-satam-pantai-2024')).statusCode).toBe(201);
  });
});

describe('bad input', () => {
  it('refuses a duplicate username with 409 naming the field', async () => {
    const res = await babel.post('/api/users', { username: 'babel', password: 'long-enough-1', role: 'konsultan', regionCode: '19' });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]?.field).toBe('username');
  });

  it('names every failing field: wrong types, unknown fields, sizes', async () => {
    const res = await babel.post('/api/users', { username: 'a', password: 'short', role: 'raja', regionCode: 19, extra: true });
    expect(res.statusCode).toBe(400);
    const fields = fieldsOf(res);
    expect(fields).toEqual(['extra', 'password', 'regionCode', 'role', 'username']);
  });

  it('refuses an unknown region and a pengelola without a partner', async () => {
    const unknown = await babel.post('/api/users', {
      username: 'ghost',
      password: 'long-enough-1',
      role: 'konsultan',
      regionCode: '19.99',
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).details?.[0]).toMatchObject({ field: 'regionCode', issue: 'unknown_region' });
    const orphan = await babel.post('/api/users', { username: 'orphan', password: 'long-enough-1', role: 'pengelola' });
    expect(orphan.statusCode).toBe(400);
    expect(errorOf(orphan).details?.[0]?.field).toBe('partnerId');
  });

  it('answers malformed JSON, a huge body and a wrong content type without a 500, writing nothing', async () => {
    const before = (await pusat.get('/api/users')).json<{ total: number }>().total;
    const malformed = await babel.request({
      method: 'POST',
      url: '/api/users',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    const huge = await babel.post('/api/users', { username: 'big', password: 'x'.repeat(300_000), role: 'konsultan', regionCode: '19' });
    expect(huge.statusCode).toBe(413);
    const text = await babel.request({
      method: 'POST',
      url: '/api/users',
      payload: 'username=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    const after = (await pusat.get('/api/users')).json<{ total: number }>().total;
    expect(after).toBe(before);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await babel.get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('not_found');
  });
});

describe('finding users', () => {
  it('lists staff before library managers and finds by part of a name', async () => {
    const list = (await pusat.get('/api/users?region=19')).json<{ items: { username: string; role: string }[] }>();
    const firstManager = list.items.findIndex((u) => u.role === 'pengelola');
    expect(firstManager).toBeGreaterThan(0);
    expect(list.items.slice(firstManager).every((u) => u.role === 'pengelola')).toBe(true);
    const found = (await pusat.get('/api/users?q=YULI')).json<{ items: { username: string }[] }>();
    expect(found.items.map((u) => u.username)).toEqual(['yulianti']);
  });
});
