import { describe, expect, it } from 'vitest';
import type { Activity, CreateActivityBody } from '#domain/activities';
import { ApiError } from '#web/api/client.ts';
import { discard, enqueue, flush, localOutbox, type OutboxEntry, type OutboxStore, type OutboxTransport } from './outbox';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function entry(n: number, intent: OutboxEntry['intent'] = 'submit'): OutboxEntry {
  return {
    body: {
      partnerId: 7,
      clientId: uuid(n),
      strategy: 'pelibatan_masyarakat',
      title: `Kelas mendongeng ${n}`,
      date: '2024-09-20',
      participantsMale: 3,
      participantsFemale: 9,
    },
    intent,
    queuedAt: '2024-09-20T08:00:00.000Z',
  };
}

function memoryStore(
  entries: OutboxEntry[] = [],
  photos: Record<string, Blob> = {},
): OutboxStore & { entries: OutboxEntry[]; bytes: Map<string, Blob> } {
  const store = {
    entries: structuredClone(entries),
    bytes: new Map(Object.entries(photos)),
    load: () => structuredClone(store.entries),
    save: (next: OutboxEntry[]) => {
      store.entries = structuredClone(next);
    },
    photo: (key: string) => Promise.resolve(store.bytes.get(key)),
    dropPhoto: (key: string) => {
      store.bytes.delete(key);
      return Promise.resolve();
    },
  };
  return store;
}

const jpeg = (label: string) => new Blob([label], { type: 'image/jpeg' });

const offline = () => new ApiError('network', 0, 'Failed to fetch');

/** A server that keeps one activity per clientId, as the real one does, and can be unplugged. */
function fakeServer() {
  const byClientId = new Map<string, number>();
  const status = new Map<number, string>();
  const server = {
    online: true,
    creates: 0,
    submits: 0,
    /** Photos stored, by activity, as the names they came with. */
    photos: new Map<number, string[]>(),
    /** Names the server reads as not an image. */
    notImages: new Set<string>(),
    /** Lets a photo upload fail for want of a connection, the report itself having gone through. */
    photosOffline: false,
    duplicatesFor: new Set<string>(),
    refuse: null as ApiError | null,
    transport: {
      create: (body: CreateActivityBody): Promise<Activity> => {
        if (!server.online) return Promise.reject(offline());
        if (server.refuse) return Promise.reject(server.refuse);
        server.creates += 1;
        const clientId = body.clientId ?? '';
        const id = byClientId.get(clientId) ?? byClientId.size + 1;
        byClientId.set(clientId, id);
        if (!status.has(id)) status.set(id, 'draft');
        const possibleDuplicates = server.duplicatesFor.has(clientId) ? [{ id: 99, title: body.title, status: 'submitted' as const }] : [];
        return Promise.resolve({ id, possibleDuplicates } as unknown as Activity);
      },
      submit: (id: number): Promise<Activity> => {
        if (!server.online) return Promise.reject(offline());
        server.submits += 1;
        if (status.get(id) !== 'draft') return Promise.reject(new ApiError('conflict', 409, 'not a draft'));
        status.set(id, 'submitted');
        return Promise.resolve({ id } as unknown as Activity);
      },
      uploadPhoto: (id: number, _bytes: Blob, name: string): Promise<unknown> => {
        if (!server.online || server.photosOffline) return Promise.reject(offline());
        if (server.notImages.has(name)) {
          return Promise.reject(
            new ApiError('unsupported_media', 415, 'not an image', [{ field: 'photo', issue: 'not_an_image', message: '' }]),
          );
        }
        // Photos belong to a draft: the real server refuses them once the report is submitted.
        if (status.get(id) !== 'draft') return Promise.reject(new ApiError('conflict', 409, 'not a draft'));
        server.photos.set(id, [...(server.photos.get(id) ?? []), name]);
        return Promise.resolve({});
      },
    } satisfies OutboxTransport,
    activities: () => byClientId.size,
    statusOf: (id: number) => status.get(id),
  };
  return server;
}

describe('the outbox', () => {
  it('keeps reports while offline and sends them, submitted, when the connection returns', async () => {
    const store = memoryStore();
    enqueue(store, entry(1));
    enqueue(store, entry(2, 'draft'));
    const server = fakeServer();
    server.online = false;

    expect(await flush(store, server.transport)).toEqual([{ clientId: uuid(1), title: 'Kelas mendongeng 1', result: 'waiting' }]);
    expect(store.entries).toHaveLength(2);

    server.online = true;
    const outcomes = await flush(store, server.transport);
    expect(outcomes.map((o) => [o.clientId, o.result])).toEqual([
      [uuid(1), 'submitted'],
      [uuid(2), 'sent'],
    ]);
    expect(store.entries).toEqual([]);
    expect(server.statusOf(1)).toBe('submitted');
    expect(server.statusOf(2)).toBe('draft');
  });

  it('never makes a second activity when the same report is sent again', async () => {
    const server = fakeServer();
    const first = memoryStore([entry(1, 'draft')]);
    const secondTab = memoryStore([entry(1, 'draft')]);
    await flush(first, server.transport);
    await flush(secondTab, server.transport);
    expect(server.creates).toBe(2);
    expect(server.activities()).toBe(1);
  });

  it('remembers a created activity whose submit was cut off, and only submits it next time', async () => {
    const server = fakeServer();
    const store = memoryStore([entry(1)]);
    const submit = server.transport.submit;
    server.transport.submit = () => Promise.reject(offline());
    expect((await flush(store, server.transport))[0]?.result).toBe('waiting');
    expect(store.entries[0]?.activityId).toBe(1);

    server.transport.submit = submit;
    expect((await flush(store, server.transport))[0]).toMatchObject({ result: 'submitted', activityId: 1 });
    expect(server.creates).toBe(1);
  });

  it('takes a conflict on a repeated submit as done: the first one arrived', async () => {
    const server = fakeServer();
    await flush(memoryStore([entry(1)]), server.transport);
    const retry = memoryStore([{ ...entry(1), activityId: 1 }]);
    expect((await flush(retry, server.transport))[0]?.result).toBe('submitted');
    expect(retry.entries).toEqual([]);
  });

  it('leaves a likely double report as a draft for its reporter to decide', async () => {
    const server = fakeServer();
    server.duplicatesFor.add(uuid(1));
    const outcomes = await flush(memoryStore([entry(1)]), server.transport);
    expect(outcomes[0]).toMatchObject({ result: 'kept_draft', activityId: 1 });
    expect(server.statusOf(1)).toBe('draft');
    expect(server.submits).toBe(0);
  });

  it('marks a report the server refuses and does not send it again until discarded', async () => {
    const server = fakeServer();
    server.refuse = new ApiError('validation', 400, 'partner inactive', [{ field: 'partnerId', issue: 'inactive_partner', message: '' }]);
    const store = memoryStore([entry(1), entry(2)]);
    const outcomes = await flush(store, server.transport);
    expect(outcomes.map((o) => o.result)).toEqual(['refused', 'refused']);
    expect(store.entries.map((e) => e.refusal)).toEqual(['validation', 'validation']);

    server.refuse = null;
    expect(await flush(store, server.transport)).toEqual([]);
    await discard(store, uuid(1));
    expect(store.entries.map((e) => e.body.clientId)).toEqual([uuid(2)]);
  });

  it('waits, rather than gives up, when the session has to be renewed', async () => {
    const server = fakeServer();
    server.refuse = new ApiError('unauthenticated', 401, 'no session');
    const store = memoryStore([entry(1)]);
    expect((await flush(store, server.transport))[0]?.result).toBe('waiting');
    expect(store.entries[0]?.refusal).toBeUndefined();
  });

  it('replaces an earlier copy of the same report instead of queueing it twice', () => {
    const store = memoryStore();
    enqueue(store, entry(1));
    enqueue(store, { ...entry(1), intent: 'draft' });
    expect(store.entries.map((e) => e.intent)).toEqual(['draft']);
  });
});

describe('photos in the outbox', () => {
  const withPhotos = (n: number, ...names: string[]): OutboxEntry => ({
    ...entry(n),
    photos: names.map((name) => ({ key: `${uuid(n)}:${name}`, name })),
  });
  const bytesOf = (n: number, ...names: string[]) => Object.fromEntries(names.map((name) => [`${uuid(n)}:${name}`, jpeg(name)]));

  it('keeps photos taken offline and sends them after the report, before its submit', async () => {
    const server = fakeServer();
    server.online = false;
    const store = memoryStore([withPhotos(1, 'a.jpg', 'b.jpg')], bytesOf(1, 'a.jpg', 'b.jpg'));
    expect((await flush(store, server.transport))[0]?.result).toBe('waiting');
    expect(store.bytes.size).toBe(2);

    server.online = true;
    const outcomes = await flush(store, server.transport);
    expect(outcomes[0]).toMatchObject({ result: 'submitted', activityId: 1 });
    expect(outcomes[0]?.refusedPhotos).toBeUndefined();
    expect(server.photos.get(1)).toEqual(['a.jpg', 'b.jpg']);
    expect(server.statusOf(1)).toBe('submitted');
    // Sent photos let go of their bytes: nothing stays on the phone.
    expect(store.bytes.size).toBe(0);
    expect(store.entries).toEqual([]);
  });

  it('sends each photo once: a retry after a cut-off upload sends only the ones still missing', async () => {
    const server = fakeServer();
    const store = memoryStore([withPhotos(1, 'a.jpg', 'b.jpg')], bytesOf(1, 'a.jpg', 'b.jpg'));
    const upload = server.transport.uploadPhoto;
    let calls = 0;
    server.transport.uploadPhoto = (id, bytes, name) => {
      calls += 1;
      return calls === 2 ? Promise.reject(offline()) : upload(id, bytes, name);
    };
    expect((await flush(store, server.transport))[0]?.result).toBe('waiting');
    expect(store.entries[0]?.photos?.map((p) => p.sent === true)).toEqual([true, false]);
    expect(server.statusOf(1)).toBe('draft');

    server.transport.uploadPhoto = upload;
    expect((await flush(store, server.transport))[0]?.result).toBe('submitted');
    expect(server.photos.get(1)).toEqual(['a.jpg', 'b.jpg']);
    expect(server.creates).toBe(1);
  });

  it('reports a photo the server refuses as not an image, sends the rest, and does not try it again', async () => {
    const server = fakeServer();
    server.notImages.add('notes.jpg');
    const store = memoryStore([withPhotos(1, 'notes.jpg', 'b.jpg')], bytesOf(1, 'notes.jpg', 'b.jpg'));
    const outcomes = await flush(store, server.transport);
    expect(outcomes[0]).toMatchObject({ result: 'submitted', refusedPhotos: [{ name: 'notes.jpg', reason: 'unsupported_media' }] });
    expect(server.photos.get(1)).toEqual(['b.jpg']);
    expect(store.entries).toEqual([]);
    expect(store.bytes.size).toBe(0);
    expect(await flush(store, server.transport)).toEqual([]);
  });

  it('remembers a refused photo across a lost connection and does not send it again', async () => {
    const server = fakeServer();
    server.notImages.add('notes.jpg');
    const store = memoryStore([withPhotos(1, 'notes.jpg', 'b.jpg')], bytesOf(1, 'notes.jpg', 'b.jpg'));
    const upload = server.transport.uploadPhoto;
    const tried: string[] = [];
    server.transport.uploadPhoto = (id, bytes, name) => {
      tried.push(name);
      return name === 'b.jpg' && tried.length === 2 ? Promise.reject(offline()) : upload(id, bytes, name);
    };
    expect((await flush(store, server.transport))[0]?.result).toBe('waiting');
    expect(store.entries[0]?.photos?.[0]?.refusal).toBe('unsupported_media');
    expect((await flush(store, server.transport))[0]).toMatchObject({ result: 'submitted', refusedPhotos: [{ name: 'notes.jpg' }] });
    expect(tried).toEqual(['notes.jpg', 'b.jpg', 'b.jpg']);
  });

  it('says so when the device lost a photo, and still sends the report', async () => {
    const server = fakeServer();
    const store = memoryStore([withPhotos(1, 'a.jpg')]);
    expect((await flush(store, server.transport))[0]).toMatchObject({
      result: 'submitted',
      refusedPhotos: [{ name: 'a.jpg', reason: 'lost' }],
    });
  });

  it('keeps a report made before its photos went as a draft when the server saw a likely double', async () => {
    const server = fakeServer();
    server.duplicatesFor.add(uuid(1));
    server.photosOffline = true;
    const store = memoryStore([withPhotos(1, 'a.jpg')], bytesOf(1, 'a.jpg'));
    expect((await flush(store, server.transport))[0]?.result).toBe('waiting');
    server.photosOffline = false;
    expect((await flush(store, server.transport))[0]).toMatchObject({ result: 'kept_draft' });
    expect(server.statusOf(1)).toBe('draft');
    expect(server.photos.get(1)).toEqual(['a.jpg']);
  });

  it('lets go of the photos of a discarded report', async () => {
    const store = memoryStore([withPhotos(1, 'a.jpg')], bytesOf(1, 'a.jpg'));
    await discard(store, uuid(1));
    expect(store.bytes.size).toBe(0);
  });
});

describe('the outbox in localStorage', () => {
  function memoryStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => void items.delete(key),
      setItem: (key, value) => void items.set(key, value),
    };
  }

  it('keeps one outbox per user and skips what it cannot read', () => {
    const storage = memoryStorage();
    const noPhotos = { photo: () => Promise.resolve(undefined), dropPhoto: () => Promise.resolve() };
    const mine = localOutbox(1, storage, noPhotos);
    enqueue(mine, entry(1));
    expect(localOutbox(2, storage, noPhotos).load()).toEqual([]);
    expect(mine.load()).toEqual([entry(1)]);

    storage.setItem('sim-tpbis.outbox.1', JSON.stringify([entry(1), { body: { title: 'half' } }]));
    expect(mine.load()).toEqual([entry(1)]);
    storage.setItem('sim-tpbis.outbox.1', '{not json');
    expect(mine.load()).toEqual([]);

    mine.save([]);
    expect(storage.length).toBe(0);
  });
});
