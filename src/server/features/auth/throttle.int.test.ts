import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testApp, testPassword, type TestApp } from '#test/app';
import { makeUser } from '#test/factories';

let t: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  [t, proxied] = await Promise.all([testApp(), testApp({ TRUST_PROXY: '1' })]);
  for (const username of ['siti', 'sari', 'budi', 'dewi', 'eko', 'fajar']) {
    await makeUser(t.db, { role: 'konsultan', regionCode: '19', username });
  }
  await makeUser(proxied.db, { role: 'konsultan', regionCode: '19', username: 'gita' });
});
afterAll(() => Promise.all([t.close(), proxied.close()]));

/** A login from a given client address, optionally from a browser that keeps the device cookie. */
const loginFrom = (address: string, username: string, password: string, device?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: address,
    ...(device ? { cookies: { sim_device: device } } : {}),
  });

const deviceOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'sim_device')?.value ?? '';
const statuses = (answers: LightMyRequestResponse[]) => answers.map((r) => r.statusCode);

function expectRateLimited(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(429);
  expect(res.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
}

async function guess(address: string, username: string, times: number): Promise<LightMyRequestResponse[]> {
  const answers: LightMyRequestResponse[] = [];
  for (let i = 0; i < times; i++) answers.push(await loginFrom(address, username, `wrong-guess-${i}`));
  return answers;
}

describe('login throttling', () => {
  it('counts atomically: of 40 wrong passwords sent at once, only 5 are checked', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => loginFrom('10.1.0.1', 'siti', `wrong-guess-${i}`)));
    expect(statuses(answers).filter((s) => s === 401)).toHaveLength(5);
    expect(statuses(answers).filter((s) => s === 429)).toHaveLength(35);
    for (const res of answers.filter((r) => r.statusCode === 429)) expectRateLimited(res);
  });

  it('does not let an attacker elsewhere lock the user out of their usual address', async () => {
    expect((await loginFrom('10.2.0.2', 'sari', testPassword)).statusCode).toBe(200);

    const attack = await guess('10.66.0.1', 'sari', 8);
    expect(statuses(attack)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expectRateLimited(attack[7]!);
    // Guesses spread over many addresses are held by the per-user count, even with the right password…
    for (let i = 1; i <= 6; i++) await guess(`10.66.1.${i}`, 'sari', 5);
    expectRateLimited(await loginFrom('10.66.2.1', 'sari', testPassword));

    // …which never holds the places where the user logged in before.
    expect((await loginFrom('10.2.0.2', 'sari', testPassword)).statusCode).toBe(200);
  });

  it('lets a browser where the user logged in keep working when everyone shares one address', async () => {
    const first = await loginFrom('10.3.0.3', 'budi', testPassword);
    expect(first.statusCode).toBe(200);
    const device = deviceOf(first);
    expect(device.length).toBeGreaterThan(20);
    expect(first.cookies.find((c) => c.name === 'sim_device')).toMatchObject({ httpOnly: true, path: '/api/auth/login' });

    // Behind one proxy the attacker has the same address.
    expect(statuses(await guess('10.3.0.3', 'budi', 6))).toEqual([401, 401, 401, 401, 401, 429]);
    expectRateLimited(await loginFrom('10.3.0.3', 'budi', testPassword));
    expect((await loginFrom('10.3.0.3', 'budi', testPassword, device)).statusCode).toBe(200);
    // The browser's own count still stops guessing through it.
    const throughDevice = [];
    for (let i = 0; i < 6; i++) throughDevice.push(await loginFrom('10.3.0.3', 'budi', `wrong-guess-${i}`, device));
    expect(statuses(throughDevice)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('stops one address spraying usernames, but not the users who log in there', async () => {
    expect((await loginFrom('10.4.0.4', 'dewi', testPassword)).statusCode).toBe(200);
    const spray = [];
    for (let i = 0; i < 31; i++) spray.push(await loginFrom('10.4.0.4', `spray${i}`, 'wrong-guess'));
    expect(
      statuses(spray)
        .slice(0, 30)
        .every((s) => s === 401),
    ).toBe(true);
    expectRateLimited(spray[30]!);

    expect((await loginFrom('10.4.0.4', 'dewi', testPassword)).statusCode).toBe(200);
    // Someone never seen at that address waits, or logs in from anywhere else.
    expectRateLimited(await loginFrom('10.4.0.4', 'eko', testPassword));
    expect((await loginFrom('10.4.0.5', 'eko', testPassword)).statusCode).toBe(200);
  });

  it('gives a place its guesses back once the window has passed', async () => {
    expect(statuses(await guess('10.5.0.5', 'fajar', 6))).toEqual([401, 401, 401, 401, 401, 429]);
    t.clock.advance(16 * 60_000);
    expect(statuses(await guess('10.5.0.5', 'fajar', 1))).toEqual([401]);
    expect((await loginFrom('10.5.0.5', 'fajar', testPassword)).statusCode).toBe(200);
  });

  it('behind a trusted proxy counts the forwarded address, and survives a forged one', async () => {
    const from = (forwardedFor: string, password: string) =>
      proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'gita', password },
        headers: { 'x-forwarded-for': forwardedFor },
      });
    for (let i = 0; i < 5; i++) expect((await from('203.0.113.9', `wrong-guess-${i}`)).statusCode).toBe(401);
    expectRateLimited(await from('203.0.113.9', testPassword));
    expect((await from('198.51.100.7', testPassword)).statusCode).toBe(200);
    expect((await from(`not-an-address-${'x'.repeat(300)}`, 'wrong-guess')).statusCode).toBe(401);
  });
});
