import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, testPassword, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { makeActivity } from '#test/factories';
import { runUserCommand, type UserArgs, type UserCommandIo } from './user';

// The operator's way back into a system that already has data: `sim-tpbis user add|password`
// on the same database the API serves, under the API's own rules.

let t: TestApp;
let puput: { id: number };
const strong = 'Gerbang-Literasi-Toboali-7';

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel'], managers: ['puput'] });
  puput = cast.partners.puput;
  await makeActivity(t.db, { partnerId: puput.id, reporterId: cast.userIds.puput, status: 'submitted' });
});
afterAll(() => t.close());

/** Runs the command as the operator would, with the password in the environment or typed. */
async function run(args: UserArgs, password: { env?: string; typed?: string[] }) {
  const out: string[] = [];
  const err: string[] = [];
  const typed = [...(password.typed ?? [])];
  const io: UserCommandIo = {
    env: password.env !== undefined ? { SIM_USER_PASSWORD: password.env } : {},
    askPassword: password.typed ? () => Promise.resolve(typed.shift() ?? '') : null,
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  };
  const code = await runUserCommand(t.db, args, io, t.clock.now());
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const loginStatus = async (username: string, password: string) =>
  (await t.anonymous().post('/api/auth/login', { username, password })).statusCode;

describe('sim-tpbis user add', () => {
  it('adds a provincial admin to a database with data, who logs in through the API and sees that data', async () => {
    const res = await run(
      { action: 'add', username: 'Operator', role: 'admin_provinsi', region: '19', name: 'Operator Babel' },
      { env: strong },
    );
    expect(res).toMatchObject({ code: 0, err: '' });
    expect(res.out).toContain('created user operator (admin_provinsi in 19)');
    const agent = await t.login('operator', strong);
    const me = await agent.get('/api/auth/me');
    expect(me.json()).toMatchObject({ user: { username: 'operator', role: 'admin_provinsi', regionCode: '19' } });
    const activities = await agent.get('/api/activities?region=19');
    expect(activities.statusCode).toBe(200);
    expect(activities.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('adds a manager of an existing partner, with the password typed twice on the terminal', async () => {
    const res = await run({ action: 'add', username: 'puput3', role: 'pengelola', partner: String(puput.id) }, { typed: [strong, strong] });
    expect(res.code).toBe(0);
    const me = await (await t.login('puput3', strong)).get('/api/auth/me');
    expect(me.json()).toMatchObject({ user: { role: 'pengelola', partnerId: puput.id } });
  });

  it('refuses a weak password with the rule the API applies, and creates nobody', async () => {
    const res = await run({ action: 'add', username: 'lemah', role: 'admin_pusat' }, { env: 'perpustakaan2024' });
    expect(res.code).toBe(1);
    expect(res.err).toContain('password: is a common password or too easy to guess');
    expect(await loginStatus('lemah', 'perpustakaan2024')).toBe(401);
  });

  it('refuses what the API refuses: a taken username, a scope that does not fit the role, an unknown partner', async () => {
    expect((await run({ action: 'add', username: 'babel', role: 'admin_pusat' }, { env: strong })).err).toContain(
      'username: this username is taken',
    );
    expect((await run({ action: 'add', username: 'tanpawilayah', role: 'fasilitator' }, { env: strong })).err).toContain(
      'regionCode: required for this role',
    );
    expect((await run({ action: 'add', username: 'tanpamitra', role: 'pengelola', partner: '999999' }, { env: strong })).err).toContain(
      'partnerId: no partner has this id',
    );
    expect(await loginStatus('tanpawilayah', strong)).toBe(401);
  });

  it('refuses with a clear message when no password can be had, and when the two typed differ', async () => {
    const none = await run({ action: 'add', username: 'tanpasandi', role: 'admin_pusat' }, {});
    expect(none.code).toBe(1);
    expect(none.err).toContain('no password given: set SIM_USER_PASSWORD, or run the command on a terminal');
    const differ = await run({ action: 'add', username: 'tanpasandi', role: 'admin_pusat' }, { typed: [strong, `${strong}x`] });
    expect(differ.err).toContain('the two passwords differ');
    expect(await loginStatus('tanpasandi', strong)).toBe(401);
  });
});

describe('sim-tpbis user password', () => {
  it("changes the password and ends the user's sessions", async () => {
    const before = await t.login('babel');
    expect((await before.get('/api/auth/me')).statusCode).toBe(200);

    const res = await run({ action: 'password', username: 'babel' }, { env: strong });
    expect(res.code).toBe(0);
    expect(res.out).toContain('every session it had has ended');

    expect((await before.get('/api/auth/me')).statusCode).toBe(401);
    expect(await loginStatus('babel', testPassword)).toBe(401);
    expect(await loginStatus('babel', strong)).toBe(200);
  });

  it('keeps the old password when the new one breaks a rule, and names an unknown user', async () => {
    const weak = await run({ action: 'password', username: 'puput' }, { env: 'puput-library-2024' });
    expect(weak.err).toContain('password: must not contain the username');
    expect(await loginStatus('puput', testPassword)).toBe(200);
    expect((await run({ action: 'password', username: 'nobody' }, { env: strong })).err).toContain('user "nobody" not found');
  });
});
