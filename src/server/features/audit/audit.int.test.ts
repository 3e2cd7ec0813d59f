import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldChanges } from '#domain/audit';
import type { OwnerRef } from '#domain/owners';
import { testApp, type TestApp } from '#test/app';
import { makeUser } from '#test/factories';
import { addComment, commentThread } from './comments';
import { dropTrail, recordAudit, trailOf } from './trail';

// The trail and its comments for owners that are not activities: nothing here touches the
// activities' tables, so a story or a problem gets the same by naming its kind.

let t: TestApp;
let runi: number;
let puput: number;

/** A story's trail written here without the practices feature, as any owner's would be. */
const story = (id: number): OwnerRef => ({ kind: 'practice', id });
const StoryKind = z.enum(['created', 'edited', 'submitted', 'returned', 'published', 'commented']);
const at = (minute: number) => `2024-09-28T08:${String(minute).padStart(2, '0')}:00.000Z`;

beforeAll(async () => {
  t = await testApp();
  runi = (await makeUser(t.db, { role: 'fasilitator', regionCode: '19', username: 'runi' })).id;
  puput = (await makeUser(t.db, { role: 'pengelola', username: 'puput' })).id;
});
afterAll(() => t.close());

describe('an owner’s audit trail', () => {
  it('keeps who did what when, with the fields an edit changed, oldest first', async () => {
    const owner = story(501);
    const before = { title: 'Kelas menjahit', summary: 'Ibu-ibu belajar menjahit', photos: 1 };
    const after = { ...before, title: 'Kelas menjahit untuk ibu rumah tangga' };
    await recordAudit(t.db, owner, { actorId: puput, at: at(0), kind: 'created' });
    await recordAudit(t.db, owner, { actorId: puput, at: at(5), kind: 'edited', changes: fieldChanges(before, after) });
    await recordAudit(t.db, owner, { actorId: runi, at: at(9), kind: 'returned', comment: 'Tambahkan kutipan peserta.' });

    const trail = await trailOf(t.db, owner, StoryKind);
    expect(trail.map((e) => [e.kind, e.actor.username, e.at])).toEqual([
      ['created', 'puput', at(0)],
      ['edited', 'puput', at(5)],
      ['returned', 'runi', at(9)],
    ]);
    expect(trail[1]?.changes).toEqual({ title: { from: 'Kelas menjahit', to: 'Kelas menjahit untuk ibu rumah tangga' } });
    expect(trail[2]).toMatchObject({ changes: null, comment: 'Tambahkan kutipan peserta.' });
  });

  it('is kept apart by kind and id: an activity with the same id sees nothing of it', async () => {
    await recordAudit(t.db, story(502), { actorId: puput, at: at(0), kind: 'created' });
    expect(await trailOf(t.db, story(502), StoryKind)).toHaveLength(1);
    expect(await trailOf(t.db, { kind: 'activity', id: 502 }, StoryKind)).toEqual([]);
    expect(await trailOf(t.db, story(503), StoryKind)).toEqual([]);
  });

  it('reads kinds through the owner’s own schema, so a kind it does not know fails loudly', async () => {
    await recordAudit(t.db, story(504), { actorId: puput, at: at(0), kind: 'featured' });
    await expect(trailOf(t.db, story(504), StoryKind)).rejects.toThrow();
  });

  it('is dropped with its owner, and only its owner’s', async () => {
    await recordAudit(t.db, story(505), { actorId: puput, at: at(0), kind: 'created' });
    await recordAudit(t.db, story(506), { actorId: puput, at: at(0), kind: 'created' });
    await dropTrail(t.db, story(505));
    expect(await trailOf(t.db, story(505), StoryKind)).toEqual([]);
    expect(await trailOf(t.db, story(506), StoryKind)).toHaveLength(1);
  });
});

describe('an owner’s comment thread', () => {
  it('answers the stored comment, and reads back with the words of status changes in one order', async () => {
    const owner = story(601);
    await recordAudit(t.db, owner, { actorId: puput, at: at(0), kind: 'created' });
    await recordAudit(t.db, owner, { actorId: puput, at: at(1), kind: 'submitted', comment: 'Mohon ditinjau.' });
    const comment = await addComment(t.db, owner, runi, 'Ceritanya bagus; siapa narasumbernya?', new Date(at(2)));
    expect(comment).toMatchObject({
      kind: 'commented',
      at: at(2),
      actor: { id: runi, username: 'runi' },
      comment: 'Ceritanya bagus; siapa narasumbernya?',
      changes: null,
    });
    await recordAudit(t.db, owner, { actorId: runi, at: at(3), kind: 'returned', comment: 'Tambahkan nama narasumber.' });
    await addComment(t.db, owner, puput, 'Baik, segera kami lengkapi.', new Date(at(4)));

    const thread = await commentThread(t.db, owner, StoryKind);
    expect(thread.map((e) => [e.kind, e.actor.username, e.comment])).toEqual([
      ['submitted', 'puput', 'Mohon ditinjau.'],
      ['commented', 'runi', 'Ceritanya bagus; siapa narasumbernya?'],
      ['returned', 'runi', 'Tambahkan nama narasumber.'],
      ['commented', 'puput', 'Baik, segera kami lengkapi.'],
    ]);
    // The whole trail still holds the entry without words, in its place.
    expect((await trailOf(t.db, owner, StoryKind)).map((e) => e.kind)).toEqual([
      'created',
      'submitted',
      'commented',
      'returned',
      'commented',
    ]);
  });

  it('comments with the same moment keep the order they were written in', async () => {
    const owner = story(602);
    const now = new Date(at(30));
    for (const text of ['satu', 'dua', 'tiga']) await addComment(t.db, owner, runi, text, now);
    expect((await commentThread(t.db, owner, StoryKind)).map((e) => e.comment)).toEqual(['satu', 'dua', 'tiga']);
  });
});
