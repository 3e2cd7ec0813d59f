import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { makeActivity } from '#test/factories';
import { closedPort, startMailbox, type Mailbox, type ReceivedMail } from '#test/mailbox';

const mailEnv = (port: number) => ({
  SMTP_URL: `smtp://127.0.0.1:${port}`,
  MAIL_FROM: 'SIM TPBIS <sim@tpbis.test>',
  MAIL_POLL_MS: '50',
  PUBLIC_URL: 'https://sim.tpbis.test',
});

interface World {
  t: TestApp;
  yulianti: Agent;
  puput: Agent;
  puput2: Agent;
  ids: { puput: number; puput2: number };
  library: number;
}

async function worldWithMail(port: number): Promise<World> {
  const t = await testApp(mailEnv(port));
  const cast = await castOf(t, { staff: ['yulianti'], managers: ['puput', 'puput2'] });
  const { yulianti, puput, puput2 } = cast.agents;
  expect((await puput.patch('/api/auth/me', { email: 'puput@example.org' })).statusCode).toBe(200);
  return { t, yulianti, puput, puput2, ids: cast.userIds, library: cast.partners.puput.id };
}

/** A report of the manager's, returned by the facilitator with the comment: one notification, one mail. */
async function returnReport(w: World, reporterId: number, comment: string): Promise<number> {
  const { id } = await makeActivity(w.t.db, { partnerId: w.library, reporterId, status: 'submitted', title: `Laporan ${comment}` });
  const res = await w.yulianti.post(`/api/activities/${id}/return`, { comment });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

const to = (box: Mailbox, address: string, text: string) => box.received.filter((m) => m.to.includes(address) && m.text.includes(text));
const arrived = (box: Mailbox, address: string, text: string) => expect.poll(() => to(box, address, text).length, { timeout: 10_000 });

describe('notification mail through a real SMTP server', () => {
  let box: Mailbox;
  let w: World;
  beforeAll(async () => {
    box = await startMailbox();
    w = await worldWithMail(box.port);
  });
  afterAll(async () => {
    await w.t.close();
    await box.close();
  });

  it('a returned report reaches its reporter’s mailbox once, with the comment and a link to the report', async () => {
    const id = await returnReport(w, w.ids.puput, 'Tanggal kegiatan keliru');
    await arrived(box, 'puput@example.org', 'Tanggal kegiatan keliru').toBe(1);
    const [mail] = to(box, 'puput@example.org', 'Tanggal kegiatan keliru') as [ReceivedMail];
    expect(mail.subject).toBe('SIM TPBIS: Laporan dikembalikan');
    expect(mail.text).toContain('Laporan “Laporan Tanggal kegiatan keliru” dikembalikan untuk diperbaiki: “Tanggal kegiatan keliru”');
    expect(mail.text).toContain(`Buka: https://sim.tpbis.test/kegiatan/${id}`);
    expect(mail.messageId).toMatch(/^<notification-\d+@tpbis\.test>$/);

    // Later mail goes out after it, and the first has still come once.
    await returnReport(w, w.ids.puput, 'Foto kurang jelas');
    await arrived(box, 'puput@example.org', 'Foto kurang jelas').toBe(1);
    expect(box.received.filter((m) => m.messageId === mail.messageId)).toHaveLength(1);
  });

  it('no mail to someone who switched it off, or who has no address; the bell still counts', async () => {
    expect((await w.puput2.patch('/api/auth/me', { email: 'puput2@example.org', emailNotifications: false })).statusCode).toBe(200);
    await returnReport(w, w.ids.puput2, 'Peserta belum dipilah');
    await returnReport(w, w.ids.puput, 'Judul terlalu umum');
    await arrived(box, 'puput@example.org', 'Judul terlalu umum').toBe(1);
    expect(box.received.filter((m) => m.to.includes('puput2@example.org'))).toEqual([]);
    expect((await w.puput2.get('/api/notifications/unread')).json()).toEqual({ unread: 1 });
  });

  it('two instances of the app on one database never send one mail twice', async () => {
    await w.t.twin();
    const before = box.received.length;
    // Thirty at once, in one transaction, so both workers find them due in the same rounds.
    await w.t.db.transaction().execute(async (tx) => {
      for (let i = 1; i <= 30; i++)
        await w.t.app.notifier.notify(tx, [w.ids.puput], { kind: 'reminder', message: `Pengingat nomor ${i}.` });
    });
    await expect.poll(() => box.received.length - before, { timeout: 20_000 }).toBeGreaterThanOrEqual(30);
    // A worker marks a mail sent after the mail server took it: the last marks may still be on their way.
    const sentOnce = async () =>
      (await w.t.db.selectFrom('mail_outbox').select(['state', 'attempts']).execute()).every((s) => s.state === 'sent' && s.attempts === 1);
    await expect.poll(sentOnce, { timeout: 10_000 }).toBe(true);
    const ids = box.received.slice(before).map((m) => m.messageId);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toHaveLength(30);
  });
});

describe('when the mail server is down', () => {
  let port: number;
  let w: World;
  let box: Mailbox | null = null;
  beforeAll(async () => {
    port = await closedPort();
    w = await worldWithMail(port);
  });
  afterAll(async () => {
    await w.t.close();
    await box?.close();
  });

  it('the mail waits and is retried, and arrives once after the server comes up', async () => {
    await returnReport(w, w.ids.puput, 'Lampirkan notulen');
    const outbox = () => w.t.db.selectFrom('mail_outbox').select(['state', 'attempts', 'last_error', 'next_attempt_at']).execute();
    // The attempt counts when the mail is taken for sending; it is back in the queue once the failure is recorded.
    await expect.poll(async () => (await outbox()).map((r) => `${r.state}:${r.attempts}`), { timeout: 10_000 }).toEqual(['queued:1']);
    const [waiting] = await outbox();
    expect(waiting?.last_error).toBeTruthy();
    // Backing off: the next attempt is half a minute away.
    expect(waiting?.next_attempt_at).toBe(new Date(w.t.clock.now().getTime() + 30_000).toISOString());

    box = await startMailbox(port);
    w.t.clock.advance(31_000);
    await arrived(box, 'puput@example.org', 'Lampirkan notulen').toBe(1);
    await expect.poll(async () => (await outbox())[0]?.state, { timeout: 10_000 }).toBe('sent');

    await returnReport(w, w.ids.puput, 'Tambahkan foto');
    await arrived(box, 'puput@example.org', 'Tambahkan foto').toBe(1);
    expect(to(box, 'puput@example.org', 'Lampirkan notulen')).toHaveLength(1);
    expect((await outbox()).map((r) => r.attempts)).toEqual([2, 1]);
  });
});
