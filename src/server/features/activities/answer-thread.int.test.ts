import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { activityJson } from './answer';
import { answerThreadOf } from './answer-thread';

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

/** Waits for the thread the first answer started (its start takes a moment under tsx). */
async function threadUp() {
  const thread = answerThreadOf(t.db);
  if (!thread) throw new Error('the app started no answer thread');
  for (let tries = 0; !thread.running; tries += 1) {
    if (tries > 600) throw new Error('the answer thread did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return thread;
}

describe.runIf(process.env.TEST_DB !== 'postgres')('the answer thread', () => {
  it('answers a report, its submit and a read with the same bytes the server would build itself', async () => {
    // The first answer is built in-process, and starts the thread.
    const first = await puput.post('/api/activities', report('Kelas lansia membaca'));
    expect(first.statusCode).toBe(201);
    const thread = await threadUp();
    const before = thread.answered;

    const created = await puput.post('/api/activities', report('Kelas lansia membaca.'));
    expect(created.statusCode).toBe(201);
    const { id, history, possibleDuplicates, status } = created.json<{
      id: number;
      history: { id: number; kind: string }[];
      possibleDuplicates: { title: string }[];
      status: string;
    }>();
    expect(status).toBe('draft');
    expect(history.map((h) => h.kind)).toEqual(['created']);
    // The first report of the day, named as a likely double: read by the thread after the commit.
    expect(possibleDuplicates.map((d) => d.title)).toEqual(['Kelas lansia membaca']);
    const actor = { id: puputManager, role: 'pengelola' as const, partnerId: puputPartner.id };
    expect(created.body).toBe(await activityJson(t.db, { actor, activityId: id, createdEntryId: history[0]?.id }));

    const submitted = await puput.post(`/api/activities/${id}/submit`, {});
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<{ status: string }>().status).toBe('submitted');
    const read = await puput.get(`/api/activities/${id}`);
    expect(read.body).toBe(submitted.body);
    expect(read.body).toBe(await activityJson(t.db, { actor, activityId: id }));
    expect(thread.answered - before).toBe(3);
  });

  it('leaves a refusal to the server, which answers it as ever', async () => {
    await threadUp();
    const { id } = (await puput.post('/api/activities', report('Dongeng anak'))).json<{ id: number }>();
    const elsewhere = await cendil.get(`/api/activities/${id}`);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toMatchObject({ error: { code: 'not_found' } });
    const missing = await puput.get('/api/activities/999999');
    expect(missing.statusCode).toBe(404);
  });
});
