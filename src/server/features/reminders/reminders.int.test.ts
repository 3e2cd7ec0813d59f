import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makeActivity } from '#test/factories';
import { runMonthlyRound } from './service';

let t: TestApp;
let yulianti: Agent;
let karolina: Agent;
let puput: Agent;
let puput2: Agent;
let cendil: Agent;
let ids: Record<'puput' | 'puput2' | 'cendil' | 'yulianti', number>;
let partners: Record<'puput' | 'cendil' | 'gambir', { id: number }>;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, {
    staff: ['yulianti', 'karolina'],
    libraries: ['cendil', 'gambir'],
    managers: ['puput', 'puput2', 'cendil'],
  });
  ({ yulianti, karolina, puput, puput2, cendil } = cast.agents);
  ids = cast.userIds;
  partners = cast.partners;
  // Puput reported in August; Cendil and Gambir did not.
  await makeActivity(t.db, { partnerId: partners.puput.id, reporterId: ids.puput, status: 'submitted', date: '2024-08-10' });
});
afterAll(() => t.close());

interface Listed {
  items: { kind: string; text: string; link: string }[];
  unread: number;
}
const remindersOf = async (agent: Agent) =>
  (await agent.get('/api/notifications')).json<Listed>().items.filter((n) => n.kind === 'reminder');

describe('staff remind libraries in their scope', () => {
  it('tells every manager of each library in the app, and hands the sender a WhatsApp message', async () => {
    await t.db.updateTable('partners').set({ phone: '0812-7000-1234' }).where('id', '=', partners.puput.id).execute();
    const res = await yulianti.post('/api/reminders', { partnerIds: [partners.puput.id], message: 'Mohon laporan Agustus diinput ya.' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ items: { partnerId: number; notified: number; whatsapp: string; phone: string | null }[] }>();
    expect(body.items).toEqual([
      {
        partnerId: partners.puput.id,
        name: 'Perpusdes Puput',
        notified: 2,
        phone: '0812-7000-1234',
        whatsapp: `https://wa.me/6281270001234?text=${encodeURIComponent('Mohon laporan Agustus diinput ya.')}`,
      },
    ]);
    for (const manager of [puput, puput2]) {
      const [reminder] = await remindersOf(manager);
      expect(reminder?.text).toContain('Mohon laporan Agustus diinput ya.');
      expect(reminder?.link).toBe('/lapor');
    }
    // Only the library's own managers hear of it.
    expect(await remindersOf(cendil)).toEqual([]);
  });

  it('writes a message naming the library when the sender writes none', async () => {
    const res = await yulianti.post('/api/reminders', { partnerIds: [partners.puput.id] });
    expect(res.statusCode, res.body).toBe(200);
    const text = new URL(res.json<{ items: { whatsapp: string }[] }>().items[0]?.whatsapp ?? '').searchParams.get('text');
    expect(text).toMatch(/^Halo Perpusdes Puput, .*rutin dan konsisten/);
  });

  it('refuses the whole request, naming the library, when one is outside the sender’s scope, and tells nobody', async () => {
    const before = (await remindersOf(puput)).length;
    const res = await yulianti.post('/api/reminders', { partnerIds: [partners.puput.id, partners.cendil.id] });
    expect([res.statusCode, fieldsOf(res)]).toEqual([400, ['partnerIds.1']]);
    expect(await remindersOf(puput)).toHaveLength(before);
    expect(await remindersOf(cendil)).toEqual([]);
  });

  it('is for staff who coach libraries: not a manager, not a konsultan', async () => {
    expect((await puput.post('/api/reminders', { partnerIds: [partners.puput.id] })).statusCode).toBe(403);
    expect((await karolina.post('/api/reminders', { partnerIds: [partners.puput.id] })).statusCode).toBe(403);
  });

  it('names a bad body’s field', async () => {
    expect(fieldsOf(await yulianti.post('/api/reminders', { partnerIds: [] }))).toEqual(['partnerIds']);
    expect(fieldsOf(await yulianti.post('/api/reminders', { partnerIds: [partners.puput.id], message: 'x'.repeat(501) }))).toEqual([
      'message',
    ]);
  });
});

describe('the monthly round', () => {
  it('on 28 September reminds the libraries silent in August, once, however often it runs', async () => {
    const first = await runMonthlyRound(t.db, t.app.notifier, t.clock.now());
    expect(first).toMatchObject({ month: '2024-08', due: true });
    expect(first.reminded).toBe(first.silent);
    const cendilReminders = await remindersOf(cendil);
    expect(cendilReminders.map((r) => r.text)).toEqual([expect.stringContaining('Agustus 2024')]);
    // Puput reported in August: no automatic reminder for it.
    expect((await remindersOf(puput)).filter((r) => r.text.includes('Agustus 2024'))).toEqual([]);

    const again = await runMonthlyRound(t.db, t.app.notifier, t.clock.now());
    expect(again).toMatchObject({ month: '2024-08', reminded: 0, silent: first.silent });
    expect(await remindersOf(cendil)).toHaveLength(1);
  });

  it('waits until the month’s reports are late (day 5 of the next month, WIB)', async () => {
    const early = await runMonthlyRound(t.db, t.app.notifier, new Date('2024-10-05T10:00:00Z'));
    expect(early).toEqual({ month: '2024-09', due: false, silent: 0, reminded: 0 });
  });

  it('two instances running the same round remind each library once (at the same moment on PostgreSQL)', async () => {
    const twin = await t.twin();
    const rounds = [
      () => runMonthlyRound(t.db, t.app.notifier, t.clock.now(), '2024-07'),
      () => runMonthlyRound(twin.db, twin.notifier, t.clock.now(), '2024-07'),
    ];
    // Several instances share a database only on PostgreSQL; an embedded SQLite file has one server,
    // and two connections in one thread would wait on each other's lock, so there they take turns.
    const [a, b] =
      t.connection.dialect === 'postgres' ? await Promise.all(rounds.map((round) => round())) : [await rounds[0]!(), await rounds[1]!()];
    expect(a?.silent).toBeGreaterThanOrEqual(3);
    expect((a?.reminded ?? 0) + (b?.reminded ?? 0)).toBe(a?.silent);
    const july = async (agent: Agent) => (await remindersOf(agent)).filter((r) => r.text.includes('Juli 2024'));
    for (const manager of [puput, puput2, cendil]) expect(await july(manager)).toHaveLength(1);
  });
});
