import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, testPassword, type TestApp } from '#test/app';
import { makeUser } from '#test/factories';
import { printSummary } from './summary';

/**
 * Sessions and passwords, from the outside: a session id never survives a login it did not come
 * from, logout and a password change end sessions, weak passwords are refused, and login
 * throttling holds under parallel guesses without locking a user out of their usual place.
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
const figures = { parallelGuesses: 0, guessesChecked: 0, guessesThrottled: 0 };
afterAll(async () => {
  printSummary('sessions', figures);
  await t.close();
});

const sessionOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'sim_session')?.value;
const login = (username: string, password = testPassword, extra: { cookie?: string; remoteAddress?: string } = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    ...(extra.cookie ? { headers: { cookie: `sim_session=${extra.cookie}` } } : {}),
    ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
  });
const me = (session: string | undefined) =>
  t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `sim_session=${session}` } });
async function loggedIn(username: string) {
  const res = await login(username);
  expect(res.statusCode, res.body).toBe(200);
  return { session: sessionOf(res), csrf: res.json<{ csrfToken: string }>().csrfToken };
}
const write = (s: { session: string | undefined; csrf: string }, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie: `sim_session=${s.session}`, 'x-csrf-token': s.csrf } });

describe('the session id rotates at login', () => {
  it('a cookie planted before login is not reused and opens nothing', async () => {
    const { username } = await makeUser(t.db, { role: 'konsultan', regionCode: '19' });
    const planted = 'dipasang-oleh-penyerang-0123456789abcdef';
    const res = await login(username, testPassword, { cookie: planted });
    expect(res.statusCode).toBe(200);
    expect(sessionOf(res)).toBeDefined();
    expect(sessionOf(res)).not.toBe(planted);
    expect((await me(planted)).statusCode).toBe(401);
    expect((await me(sessionOf(res))).statusCode).toBe(200);
  });

  it('logging in again over a live session gives a new id, never the old one', async () => {
    const { username } = await makeUser(t.db, { role: 'konsultan', regionCode: '19' });
    const first = await loggedIn(username);
    const again = await login(username, testPassword, { cookie: first.session });
    expect(again.statusCode).toBe(200);
    expect(sessionOf(again)).toBeDefined();
    expect(sessionOf(again)).not.toBe(first.session);
  });
});

describe('logout and a password change end sessions', () => {
  it('after logout the old cookie is refused, for reading and for writing, and the cookie is cleared', async () => {
    const { username } = await makeUser(t.db, { role: 'admin_provinsi', regionCode: '19' });
    const s = await loggedIn(username);
    const out = await write(s, '/api/auth/logout', {});
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'sim_session');
    expect(cleared?.value ?? '').toBe('');
    expect((await me(s.session)).statusCode).toBe(401);
    const after = await write(s, '/api/gatherings', { title: 'Temu setelah keluar', date: '2024-09-28', mode: 'online', regionCode: '19' });
    expect(after.statusCode).toBe(401);
  });

  it("a password change ends the user's other sessions; the old password no longer opens one", async () => {
    const { username } = await makeUser(t.db, { role: 'fasilitator', regionCode: '19.05' });
    const here = await loggedIn(username);
    const phone = await loggedIn(username);
    const laptop = await loggedIn(username);
    const newPassword = 'Kopi-Tubruk-Bangka-2024';
    const changed = await write(here, '/api/auth/password', { currentPassword: testPassword, newPassword });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await me(phone.session)).statusCode).toBe(401);
    expect((await me(laptop.session)).statusCode).toBe(401);
    // The session that made the change stays: its owner just proved the password.
    expect((await me(here.session)).statusCode).toBe(200);
    expect((await login(username)).statusCode).toBe(401);
    expect((await login(username, newPassword)).statusCode).toBe(200);
  });

  it('a session expires with its lifetime', async () => {
    const { username } = await makeUser(t.db, { role: 'konsultan', regionCode: '19' });
    const s = await loggedIn(username);
    t.clock.advance(t.app.config.sessionTtlMs + 1_000);
    expect((await me(s.session)).statusCode).toBe(401);
  });
});

describe('weak passwords are refused, naming the field', () => {
  const weak = (username: string) => [
    '12345678',
    'password',
    `${username}1`,
    '1234567890',
    'qwertyuiop',
    `${username.toUpperCase()}-2024!x`,
  ];

  it('on a password change; nothing changes', async () => {
    const { username } = await makeUser(t.db, { role: 'konsultan', regionCode: '19', username: 'karolina' });
    const s = await loggedIn(username);
    const other = await loggedIn(username);
    const accepted: string[] = [];
    for (const newPassword of weak(username)) {
      const res = await write(s, '/api/auth/password', { currentPassword: testPassword, newPassword });
      const fields = (res.json<{ error?: { details?: { field: string }[] } }>().error?.details ?? []).map((d) => d.field);
      if (res.statusCode !== 400 || !fields.includes('newPassword')) accepted.push(`${newPassword} → ${res.statusCode}`);
    }
    expect(accepted, 'weak passwords accepted').toEqual([]);
    expect((await me(other.session)).statusCode).toBe(200);
    expect((await login(username)).statusCode).toBe(200);
  });

  it('when an admin creates a user; no user is made', async () => {
    const admin = await t.login((await makeUser(t.db, { role: 'admin_pusat' })).username);
    const accepted: string[] = [];
    for (const password of weak('sitinur')) {
      const res = await admin.post('/api/users', { username: 'sitinur', password, role: 'konsultan', regionCode: '19' });
      const fields = (res.json<{ error?: { details?: { field: string }[] } }>().error?.details ?? []).map((d) => d.field);
      if (res.statusCode !== 400 || !fields.includes('password')) accepted.push(`${password} → ${res.statusCode}`);
      if (res.statusCode === 201) break; // the username is taken from here on
    }
    expect(accepted, 'weak passwords accepted').toEqual([]);
    const strong = await admin.post('/api/users', {
      username: 'sitinur',
      password: 'Kopi-Tubruk-Bangka-2024',
      role: 'konsultan',
      regionCode: '19',
    });
    expect(strong.statusCode, strong.body).toBe(201);
  });
});

describe('login throttling', () => {
  it('counts atomically: 40 wrong passwords sent at once are not all checked', async () => {
    const { username } = await makeUser(t.db, { role: 'konsultan', regionCode: '19' });
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(username, `tebakan-${i}`)));
    figures.parallelGuesses = answers.length;
    figures.guessesChecked = answers.filter((r) => r.statusCode === 401).length;
    figures.guessesThrottled = answers.filter((r) => r.statusCode === 429).length;
    expect(figures.guessesChecked + figures.guessesThrottled).toBe(40);
    expect(figures.guessesChecked, 'guesses checked against the password (limit 5)').toBeLessThanOrEqual(5);
    for (const res of answers.filter((r) => r.statusCode === 429)) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('guesses from elsewhere do not lock a user out of their usual place', async () => {
    const { username } = await makeUser(t.db, { role: 'konsultan', regionCode: '19' });
    const home = '127.0.0.7';
    expect((await login(username, testPassword, { remoteAddress: home })).statusCode).toBe(200);
    const guesses = [];
    for (let i = 0; i < 8; i++) guesses.push((await login(username, `tebakan-${i}`, { remoteAddress: '127.0.0.66' })).statusCode);
    // Excess guesses are still held back…
    expect(guesses.slice(-1)).toEqual([429]);
    // …but the owner, from where they always log in, gets in.
    expect((await login(username, testPassword, { remoteAddress: home })).statusCode).toBe(200);
  });

  it('failures of many users behind one address do not lock out a user who logs in from there', async () => {
    const { username } = await makeUser(t.db, { role: 'konsultan', regionCode: '19' });
    const office = '127.0.0.50';
    expect((await login(username, testPassword, { remoteAddress: office })).statusCode).toBe(200);
    for (let i = 0; i < 30; i++) await login(`orang${i}`, 'salah-salah', { remoteAddress: office });
    expect((await login(username, testPassword, { remoteAddress: office })).statusCode).toBe(200);
  });
});
