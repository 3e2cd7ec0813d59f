import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf } from '#test/errors';
import { makeUser } from '#test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ SESSION_TTL_HOURS: '1' });
  await castOf(t, { staff: ['babel'] });
  await makeUser(t.db, { role: 'fasilitator', regionCode: '19.05', username: 'fasil' });
  await makeUser(t.db, { role: 'konsultan', regionCode: '19', username: 'victim' });
});
afterAll(() => t.close());

describe('login', () => {
  it('returns the user and a CSRF token and sets an httpOnly, SameSite=Lax cookie', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'babel', password: 'test-password-1' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: { username: string; role: string; regionCode: string }; csrfToken: string }>();
    expect(body.user).toMatchObject({ username: 'babel', role: 'admin_provinsi', regionCode: '19' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const cookie = res.cookies.find((c) => c.name === 'sim_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.body).not.toContain('password');
  });

  it('accepts the username in any case', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'BABEL', password: 'test-password-1' });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown user alike, without a session', async () => {
    const wrong = await t.anonymous().post('/api/auth/login', { username: 'fasil', password: 'nope-nope' });
    const unknown = await t.anonymous().post('/api/auth/login', { username: 'nobody', password: 'nope-nope' });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: 'wrong username or password' } });
      expect(res.cookies.find((c) => c.name === 'sim_session')).toBeUndefined();
    }
  });

  it('names the failing field of a malformed login', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'babel' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.map((d) => d.field)).toEqual(['password']);
  });
});

describe('throttling', () => {
  it('locks a username at a place after five failures with 429 and Retry-After, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.anonymous().post('/api/auth/login', { username: 'victim', password: `guess-${i}` });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.anonymous().post('/api/auth/login', { username: 'victim', password: 'test-password-1' });
    expect(locked.statusCode).toBe(429);
    expect(errorOf(locked).code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    t.clock.advance(16 * 60_000);
    const later = await t.anonymous().post('/api/auth/login', { username: 'victim', password: 'test-password-1' });
    expect(later.statusCode).toBe(200);
  });

  it('locks an IP that sprays many usernames', async () => {
    const ip = { remoteAddress: '10.9.8.7' };
    for (let i = 0; i < 30; i++) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `spray${i}`, password: 'x' }, ...ip });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'babel', password: 'test-password-1' },
      ...ip,
    });
    expect(res.statusCode).toBe(429);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'babel', password: 'test-password-1' },
      remoteAddress: '10.9.8.8',
    });
    expect(other.statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('me answers for a live session and 401 without one', async () => {
    const agent = await t.login('fasil');
    const me = await agent.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'fasil', role: 'fasilitator', regionCode: '19.05' }, csrfToken: agent.csrfToken });
    expect((await t.anonymous().get('/api/auth/me')).statusCode).toBe(401);
  });

  it('expires after its time to live', async () => {
    const agent = await t.login('fasil');
    t.clock.advance(59 * 60_000);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(2 * 60_000);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('logout destroys the session on the server, not just the cookie', async () => {
    const agent = await t.login('fasil');
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token, and with a wrong one', async () => {
    const agent = await t.login('babel');
    const body = { username: 'csrfvictim', password: 'long-enough-1', role: 'konsultan', regionCode: '19' };
    const missing = await agent.request({ method: 'POST', url: '/api/users', payload: body, csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(errorOf(missing).code).toBe('csrf');
    const wrong = await agent.request({
      method: 'POST',
      url: '/api/users',
      payload: body,
      csrf: false,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(wrong.statusCode).toBe(403);
    const users = await agent.get('/api/users?role=konsultan');
    expect(users.json<{ items: { username: string }[] }>().items.map((u) => u.username)).not.toContain('csrfvictim');
  });

  it('changing the password needs the current one and ends other sessions', async () => {
    await makeUser(t.db, { role: 'konsultan', regionCode: '19', username: 'changer' });
    const phone = await t.login('changer');
    const laptop = await t.login('changer');
    const wrong = await laptop.post('/api/auth/password', { currentPassword: 'not-it', newPassword: 'brand-new-pass' });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details?.[0]?.field).toBe('currentPassword');
    const ok = await laptop.post('/api/auth/password', { currentPassword: 'test-password-1', newPassword: 'brand-new-pass' });
    expect(ok.statusCode).toBe(200);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.login('changer', 'brand-new-pass')).cookie).toBeTruthy();
  });

  it('refuses a weak new password, naming the field and why, and keeps the old one', async () => {
    await makeUser(t.db, { role: 'konsultan', regionCode: '19', username: 'weakling' });
    const agent = await t.login('weakling');
    for (const [newPassword, issue] of [
      ['12345678', 'too_small'],
      ['Weakling-2024-baru', 'contains_username'],
      ['password1234', 'common_password'],
    ] as const) {
      const res = await agent.post('/api/auth/password', { currentPassword: 'test-password-1', newPassword });
      expect({ newPassword, status: res.statusCode }).toEqual({ newPassword, status: 400 });
      expect(res.json<{ error: { details: { field: string; issue: string }[] } }>().error.details).toEqual([
        expect.objectContaining({ field: 'newPassword', issue }),
      ]);
    }
    expect((await t.login('weakling')).cookie).toBeTruthy();
  });
});
