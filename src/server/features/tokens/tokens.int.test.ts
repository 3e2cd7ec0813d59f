import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makeActivity } from '#test/factories';

let t: TestApp;
let babel: Agent;
let jakarta: Agent;
let puput: Agent;
let puputId: number;
let partners: Record<'puput' | 'cendil' | 'gambir', { id: number }>;
const log: string[] = [];

beforeAll(async () => {
  t = await testApp({ LOG_LEVEL: 'info' }, { logStream: { write: (line) => void log.push(line) } });
  const cast = await castOf(t, { staff: ['babel', 'jakarta'], libraries: ['cendil', 'gambir'], managers: ['puput'] });
  ({ babel, jakarta, puput } = cast.agents);
  puputId = cast.userIds.puput;
  partners = cast.partners;
  await makeActivity(t.db, { partnerId: partners.puput.id, reporterId: puputId, status: 'submitted' });
  // Another library's report, which the manager's token must not see.
  await makeActivity(t.db, { partnerId: partners.cendil.id, reporterId: cast.userIds.babel, status: 'submitted' });
});
afterAll(() => t.close());

const bearer = (token: string, method = 'GET', url = '/api/partners', payload?: object) =>
  t.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

async function newToken(agent: Agent, name: string, expiresAt?: string) {
  const res = await agent.post('/api/tokens', { name, ...(expiresAt ? { expiresAt } : {}) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: number; token: string; name: string }>();
}

const partnerIdsOf = (body: { items: { id: number }[] }) => body.items.map((p) => p.id).sort((a, b) => a - b);

describe('creating and listing', () => {
  it('shows the token once, on creation; the list never shows it or its hash', async () => {
    const created = await newToken(babel, 'Perpusnas SIM pusat', '2025-12-31');
    expect(created.token).toMatch(/^sim_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: 'Perpusnas SIM pusat', expiresAt: '2025-12-31', lastUsedAt: null });
    const list = await babel.get('/api/tokens');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { id: number; name: string }[] }>().items).toEqual([
      { id: created.id, name: 'Perpusnas SIM pusat', createdAt: '2024-09-28T08:00:00.000Z', expiresAt: '2025-12-31', lastUsedAt: null },
    ]);
    expect(list.body).not.toContain(created.token);
    const stored = await t.db.selectFrom('api_tokens').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("lists only the caller's own tokens", async () => {
    await newToken(jakarta, 'Dasbor Jakarta');
    const names = (await babel.get('/api/tokens')).json<{ items: { name: string }[] }>().items.map((i) => i.name);
    expect(names).not.toContain('Dasbor Jakarta');
  });

  it('refuses a second token of the same name with 409 naming name, but another user may use it', async () => {
    await newToken(puput, 'Laporan desa');
    const again = await puput.post('/api/tokens', { name: 'Laporan desa' });
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again)).toEqual(['name']);
    await newToken(jakarta, 'Laporan desa');
  });

  it('refuses an empty or overlong name and a last day in the past, naming the field', async () => {
    const empty = await babel.post('/api/tokens', { name: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual(['name']);
    const long = await babel.post('/api/tokens', { name: 'x'.repeat(61) });
    expect(fieldsOf(long)).toEqual(['name']);
    const past = await babel.post('/api/tokens', { name: 'Kemarin', expiresAt: '2024-09-27' });
    expect(past.statusCode).toBe(400);
    expect(fieldsOf(past)).toEqual(['expiresAt']);
  });
});

describe('a token reads what its creator may read', () => {
  it("a provincial admin's token sees only its province's partners", async () => {
    const { token } = await newToken(babel, 'Tarik mitra Babel');
    const res = await bearer(token);
    expect(res.statusCode, res.body).toBe(200);
    expect(partnerIdsOf(res.json())).toEqual([partners.puput.id, partners.cendil.id].sort((a, b) => a - b));
    expect((await bearer(token, 'GET', '/api/partners?region=31')).statusCode).toBe(403);
  });

  it("a manager's token sees only its own library, its own reports, and no dashboard", async () => {
    const { token } = await newToken(puput, 'Tarik Puput');
    const res = await bearer(token);
    expect(partnerIdsOf(res.json())).toEqual([partners.puput.id]);
    expect((await bearer(token, 'GET', `/api/partners/${partners.gambir.id}`)).statusCode).toBe(404);
    const activities = await bearer(token, 'GET', '/api/activities');
    expect(activities.statusCode, activities.body).toBe(200);
    expect(activities.json<{ items: { partnerId: number }[] }>().items.map((a) => a.partnerId)).toEqual([partners.puput.id]);
    // As with its session: a manager reads its own rapor, not regional dashboards.
    expect((await bearer(token, 'GET', '/api/dashboard?from=2024-01-01&to=2024-12-31')).statusCode).toBe(403);
    const me = await bearer(token, 'GET', '/api/auth/me');
    expect(me.json()).toMatchObject({ user: { username: 'puput', role: 'pengelola' } });
  });

  it('never writes: every POST, PATCH and DELETE is refused with token_read_only and changes nothing, no CSRF token asked of a read', async () => {
    const { token, id } = await newToken(babel, 'Hanya baca');
    const writes = [
      bearer(token, 'POST', '/api/partners', {
        name: 'Baru',
        type: 'desa',
        scheme: 'full_support',
        regionCode: '19.05.06.2005',
        cohortYear: 2024,
      }),
      bearer(token, 'PATCH', `/api/partners/${partners.cendil.id}`, { name: 'Diubah' }),
      bearer(token, 'POST', '/api/tokens', { name: 'Anak token' }),
      bearer(token, 'DELETE', `/api/tokens/${id}`),
      bearer(token, 'POST', '/api/auth/logout'),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('token_read_only');
    }
    const after = await babel.get(`/api/partners/${partners.cendil.id}`);
    expect(after.json()).toMatchObject({ name: 'Perpusdes Cendil' });
    expect((await babel.get('/api/tokens')).json<{ items: { name: string }[] }>().items.map((i) => i.name)).not.toContain('Anak token');
    // A read carries no X-CSRF-Token and needs none.
    expect((await bearer(token)).statusCode).toBe(200);
  });

  it('cannot list tokens: that needs a logged-in session', async () => {
    const { token } = await newToken(babel, 'Bukan sesi');
    const res = await bearer(token, 'GET', '/api/tokens');
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('forbidden');
  });

  it('a cookie beside a token does not lend the token its session', async () => {
    const { token } = await newToken(puput, 'Dengan kuki');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/partners',
      headers: { authorization: `Bearer ${token}`, cookie: babel.cookie ?? '' },
    });
    expect(partnerIdsOf(res.json())).toEqual([partners.puput.id]);
  });
});

describe('a token stops working', () => {
  it('when revoked (401); a user cannot revoke another user’s token (404)', async () => {
    const { token, id } = await newToken(babel, 'Dicabut');
    expect((await jakarta.delete(`/api/tokens/${id}`)).statusCode).toBe(404);
    expect((await bearer(token)).statusCode).toBe(200);
    expect((await babel.delete(`/api/tokens/${id}`)).statusCode).toBe(204);
    const res = await bearer(token);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('unauthenticated');
    expect((await babel.delete(`/api/tokens/${id}`)).statusCode).toBe(404);
  });

  it('after its last day (401 token_expired), working through that day in Jakarta', async () => {
    const { token } = await newToken(babel, 'Sampai akhir bulan', '2024-09-30');
    t.clock.advance(2 * 86_400_000 + 8 * 3_600_000); // 2024-09-30T16:00Z: 23:00 in Jakarta, still the last day
    expect((await bearer(token)).statusCode).toBe(200);
    t.clock.advance(2 * 3_600_000); // 01:00 on 1 October in Jakarta
    const res = await bearer(token);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('token_expired');
  });

  it('when its creator is deactivated (401), and again once reactivated', async () => {
    const { token } = await newToken(puput, 'Pengelola lama');
    expect((await bearer(token)).statusCode).toBe(200);
    expect((await babel.patch(`/api/users/${puputId}`, { active: false })).statusCode).toBe(200);
    expect((await bearer(token)).statusCode).toBe(401);
    expect((await babel.patch(`/api/users/${puputId}`, { active: true })).statusCode).toBe(200);
    expect((await bearer(token)).statusCode).toBe(200);
    puput = await t.login('puput');
  });

  it('while an admin-reset password waits to be changed (401), and again once it is', async () => {
    const { token } = await newToken(puput, 'Sebelum atur ulang');
    expect((await bearer(token)).statusCode).toBe(200);
    const reset = await babel.post(`/api/users/${puputId}/password-reset`);
    expect(reset.statusCode).toBe(200);
    const { temporaryPassword } = reset.json<{ temporaryPassword: string }>();
    expect((await bearer(token)).statusCode).toBe(401);
    const held = await t.login('puput', temporaryPassword);
    const changed = await held.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'Lada-Putih-Mentok-2024' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await bearer(token)).statusCode).toBe(200);
    puput = held;
  });

  it('when it is not a token of ours or not a Bearer header at all (401)', async () => {
    expect((await bearer('sim_tebakan')).statusCode).toBe(401);
    expect((await bearer('bukan-token')).statusCode).toBe(401);
    const basic = await t.app.inject({ method: 'GET', url: '/api/partners', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } });
    expect(basic.statusCode).toBe(401);
  });
});

describe('every use is recorded', () => {
  it('the log names the token (name and id) on each use and never shows the token', async () => {
    const { token, id } = await newToken(babel, 'Integrasi Perpusnas');
    log.length = 0;
    await bearer(token, 'GET', '/api/partners');
    await bearer(token, 'POST', '/api/partners', { name: 'x' });
    const lines = log.map((l) => JSON.parse(l) as { msg: string; token?: { id: number; name: string }; url?: string });
    const uses = lines.filter((l) => l.msg === 'request by API token');
    expect(uses).toHaveLength(2);
    for (const line of uses) expect(line.token).toEqual({ id, name: 'Integrasi Perpusnas' });
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed).toHaveLength(2);
    for (const line of completed) expect(line.token?.name).toBe('Integrasi Perpusnas');
    expect(log.join('\n')).not.toContain(token);
  });

  it('lastUsedAt moves at most once a minute', async () => {
    const { token, id } = await newToken(babel, 'Jejak pakai');
    const lastUsed = async () =>
      (await babel.get('/api/tokens')).json<{ items: { id: number; lastUsedAt: string | null }[] }>().items.find((i) => i.id === id)
        ?.lastUsedAt;
    await bearer(token);
    const first = await lastUsed();
    expect(first).toBe(t.clock.now().toISOString());
    t.clock.advance(30_000);
    await bearer(token);
    expect(await lastUsed()).toBe(first);
    t.clock.advance(31_000);
    await bearer(token);
    expect(await lastUsed()).toBe(t.clock.now().toISOString());
  });
});
