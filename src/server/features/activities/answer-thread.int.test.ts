import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { activityJson } from './answer';
import { answerThreadOf, deepQueue } from './answer-thread';

let t: TestApp;
let puput: Agent;
let cendil: Agent;
let puputPartner: { id: number };
let puputManager: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { managers: ['puput', 'cendil'] });
  ({ puput, cendil } = cast.agents);
  puputPartner = cast.partners.puput;
  puputManager = cast.userIds.puput;
});
afterAll(() => t.close());

const report = (title: string) => ({
  partnerId: puputPartner.id,
  strategy: 'pelibatan_masyarakat',
  title,
  date: '2024-09-20',
  participantsMale: 6,
  participantsFemale: 14,
});

/** Waits for the thread the first answers started (its start takes a moment under tsx). */
async function threadUp() {
  const thread = answerThreadOf(t.db);
  if (!thread) throw new Error('the app started no answer thread');
  // A condition, not a time: the thread is up when the machine lets it be.
  await expect.poll(() => thread.running, { timeout: 30_000, interval: 20 }).toBe(true);
  return thread;
}

describe.runIf(process.env.TEST_DB !== 'postgres')('the answer thread', () => {
  const actor = () => ({ id: puputManager, role: 'pengelola' as const, partnerId: puputPartner.id });

  it('is not asked by a lone request: the server answers it itself, and starts no thread', async () => {
    const created = await puput.post('/api/activities', report('Kelas lansia membaca'));
    expect(created.statusCode).toBe(201);
    expect(answerThreadOf(t.db)?.wanted).toBe(false);
    expect(answerThreadOf(t.db)?.answered).toBe(0);
  });

  it('is not asked behind a short queue: the hops between threads would cost more than it gives', async () => {
    const side = Array.from({ length: deepQueue }, (_, n) => puput.post('/api/activities', report(`Kelas komputer ${n}`)));
    expect((await Promise.all(side)).map((r) => r.statusCode)).toEqual(Array(deepQueue).fill(201));
    expect(answerThreadOf(t.db)?.wanted).toBe(false);
    expect(answerThreadOf(t.db)?.answered).toBe(0);
  });

  it('answers reports, submits and reads behind a deep queue, with the bytes the server would build itself', async () => {
    // Requests side by side, one more than the queue: the first answers start the thread and are built in-process meanwhile.
    await Promise.all(Array.from({ length: deepQueue + 1 }, (_, n) => puput.post('/api/activities', report(`Dongeng anak ${n}`))));
    const thread = await threadUp();
    const before = thread.answered;

    const titles = ['Kelas lansia membaca.', ...Array.from({ length: deepQueue }, (_, n) => `Kelas menjahit ${n}`)];
    const created = await Promise.all(titles.map((title) => puput.post('/api/activities', report(title))));
    expect(created.map((r) => r.statusCode)).toEqual(titles.map(() => 201));
    for (const res of created) {
      const { id, history } = res.json<{ id: number; history: { id: number }[] }>();
      expect(res.body).toBe(await activityJson(t.db, { actor: actor(), activityId: id, createdEntryId: history[0]?.id }));
    }
    // The first report of the day, named as a likely double: read by the thread after the commit.
    expect(created[0]?.json<{ possibleDuplicates: { title: string }[] }>().possibleDuplicates.map((d) => d.title)).toEqual([
      'Kelas lansia membaca',
    ]);

    const ids = created.map((r) => r.json<{ id: number }>().id);
    const submitted = await Promise.all(ids.map((id) => puput.post(`/api/activities/${id}/submit`, {})));
    expect(submitted.map((r) => r.json<{ status: string }>().status)).toEqual(titles.map(() => 'submitted'));
    const read = await Promise.all(ids.map((id) => puput.get(`/api/activities/${id}`)));
    expect(read.map((r) => r.body)).toEqual(submitted.map((r) => r.body));
    for (const [i, id] of ids.entries()) expect(read[i]?.body).toBe(await activityJson(t.db, { actor: actor(), activityId: id }));
    expect(thread.answered).toBeGreaterThan(before);
  });

  it('leaves a refusal to the server, which answers it as ever', async () => {
    await threadUp();
    const { id } = (await puput.post('/api/activities', report('Sosialisasi PKK'))).json<{ id: number }>();
    // Behind a deep queue of reads, where answers are the thread's.
    const queue = Array.from({ length: deepQueue }, () => puput.get(`/api/activities/${id}`));
    const [elsewhere, missing, ...reads] = await Promise.all([
      cendil.get(`/api/activities/${id}`),
      puput.get('/api/activities/999999'),
      ...queue,
    ]);
    expect(reads.map((r) => r.statusCode)).toEqual(Array(deepQueue).fill(200));
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(missing.statusCode).toBe(404);
  });
});
