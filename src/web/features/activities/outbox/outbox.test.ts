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

function memoryStore(entries: OutboxEntry[] = []): OutboxStore & { entries: OutboxEntry[] } {
  const store = {
    entries: structuredClone(entries),
    load: () => structuredClone(store.entries),
    save: (next: OutboxEntry[]) => {
      store.entries = structuredClone(next);
    },
  };
  return store;
}

const offline = () => new ApiError('network', 0, 'Failed to fetch');

/** A server that keeps one activity per clientId, as the real one does, and can be unplugged. */
function fakeServer() {
  const byClientId = new Map<string, number>();
  const status = new Map<number, string>();
  const server = {
    online: true,
    creates: 0,
    submits: 0,
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
    discard(store, uuid(1));
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
    const mine = localOutbox(1, storage);
    enqueue(mine, entry(1));
    expect(localOutbox(2, storage).load()).toEqual([]);
    expect(mine.load()).toEqual([entry(1)]);

    storage.setItem('sim-tpbis.outbox.1', JSON.stringify([entry(1), { body: { title: 'half' } }]));
    expect(mine.load()).toEqual([entry(1)]);
    storage.setItem('sim-tpbis.outbox.1', '{not json');
    expect(mine.load()).toEqual([]);

    mine.save([]);
    expect(storage.length).toBe(0);
  });
});
