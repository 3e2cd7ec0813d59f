import { z } from 'zod';
import { CreateActivityBody, type Activity } from '#domain/activities';
import { ApiError, type FailureCode } from '#web/api/client.ts';

/**
 * A photo picked for a queued report. Its bytes wait on the device (IndexedDB, under `key`);
 * `sent` is set the moment the server has it, so a retry never sends it again.
 */
export const OutboxPhoto = z.object({
  key: z.string(),
  name: z.string(),
  sent: z.boolean().optional(),
  /** Why the server refused it (not an image, too large): sending it again will not help. */
  refusal: z.string().optional(),
});
export type OutboxPhoto = z.infer<typeof OutboxPhoto>;

/**
 * The outbox: reports made while the connection was down, kept on the device until the server
 * has them. Each keeps the clientId its form made, so sending one twice (two tabs, a retry after a
 * lost answer) still makes one activity.
 */
export const OutboxEntry = z.object({
  body: CreateActivityBody.extend({ clientId: z.uuid() }),
  /** "Kirim" (save, then submit for review) or "Simpan draf". */
  intent: z.enum(['draft', 'submit']),
  queuedAt: z.string(),
  /** Set once the server has the activity while its submit is still to go. */
  activityId: z.number().int().optional(),
  /** The server saw a likely double report when it made the activity: it stays a draft for its reporter. */
  doubtful: z.boolean().optional(),
  /** Photos to send after the report, in the order they were picked. */
  photos: z.array(OutboxPhoto).optional(),
  /** Why the server refused it (not a lost connection): a person must look at it, retrying will not help. */
  refusal: z.string().optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export interface OutboxStore {
  load(): OutboxEntry[];
  save(entries: OutboxEntry[]): void;
  /** A queued photo's bytes; undefined when the device lost them (storage cleared). */
  photo(key: string): Promise<Blob | undefined>;
  dropPhoto(key: string): Promise<void>;
}

export interface OutboxTransport {
  create(body: CreateActivityBody): Promise<Activity>;
  submit(activityId: number): Promise<Activity>;
  uploadPhoto(activityId: number, photo: Blob, name: string): Promise<unknown>;
}

/**
 * What became of one entry: `sent` (a draft now on the server), `submitted`, `kept_draft` (sent,
 * but not submitted because the server sees a likely double report), `refused`, or `waiting`
 * (still no connection; it stays).
 */
export type FlushResult = 'sent' | 'submitted' | 'kept_draft' | 'refused' | 'waiting';
export interface FlushOutcome {
  clientId: string;
  title: string;
  result: FlushResult;
  activityId?: number;
  /** Photos the server would not take (or the device lost), by name, with why: to tell the reporter. */
  refusedPhotos?: { name: string; reason: string }[];
}

// Failures that say nothing about the report itself: no connection, a session to renew, a busy or broken server.
const transient: ReadonlySet<FailureCode> = new Set(['network', 'unauthenticated', 'csrf', 'rate_limited', 'internal', 'unexpected']);

/** True when sending again later may work; anything else is the server refusing this report. */
export const isTransient = (error: unknown): boolean => error instanceof ApiError && transient.has(error.code);

const codeOf = (error: unknown): FailureCode => (error instanceof ApiError ? error.code : 'unexpected');

/** Adds a report, replacing an earlier copy of the same one (same clientId); its photos' bytes must be in the store already. */
export function enqueue(store: OutboxStore, entry: OutboxEntry): void {
  store.save([...store.load().filter((e) => e.body.clientId !== entry.body.clientId), entry]);
}

export async function discard(store: OutboxStore, clientId: string): Promise<void> {
  const gone = store.load().find((e) => e.body.clientId === clientId);
  store.save(store.load().filter((e) => e.body.clientId !== clientId));
  for (const photo of gone?.photos ?? []) await store.dropPhoto(photo.key);
}

/**
 * Sends what waits, oldest first, saving after every step so a closed tab loses nothing. Stops
 * at the first transient failure (no connection, session gone): the rest would fail the same way. Refused entries stay, marked,
 * until the person discards them.
 */
export async function flush(store: OutboxStore, transport: OutboxTransport): Promise<FlushOutcome[]> {
  const outcomes: FlushOutcome[] = [];
  const update = (clientId: string, change: (entry: OutboxEntry) => OutboxEntry | null) => {
    store.save(store.load().flatMap((e) => (e.body.clientId === clientId ? (change(e) ?? []) : [e])));
  };
  const markPhoto = (clientId: string, key: string, change: Partial<OutboxPhoto>) =>
    update(clientId, (e) => ({ ...e, photos: (e.photos ?? []).map((p) => (p.key === key ? { ...p, ...change } : p)) }));

  for (const entry of store.load()) {
    if (entry.refusal !== undefined) continue;
    const { clientId } = entry.body;
    const base = { clientId, title: entry.body.title };
    let activityId = entry.activityId;
    try {
      let doubtful = entry.doubtful === true;
      if (activityId === undefined) {
        const activity = await transport.create(entry.body);
        const made = activity.id;
        activityId = made;
        doubtful = activity.possibleDuplicates.length > 0;
        update(clientId, (e) => ({ ...e, activityId: made, doubtful }));
      }
      const refusedPhotos = await sendPhotos(entry, activityId, store, transport, (key, change) => markPhoto(clientId, key, change));
      if (entry.intent === 'submit' && !doubtful) await submitOnce(transport, activityId);
      update(clientId, () => null);
      outcomes.push({
        ...base,
        activityId,
        result: entry.intent === 'draft' ? 'sent' : doubtful ? 'kept_draft' : 'submitted',
        ...(refusedPhotos.length > 0 ? { refusedPhotos } : {}),
      });
    } catch (error) {
      if (isTransient(error)) {
        outcomes.push({ ...base, result: 'waiting' });
        break;
      }
      update(clientId, (e) => ({ ...e, refusal: codeOf(error) }));
      outcomes.push({ ...base, result: 'refused', ...(activityId === undefined ? {} : { activityId }) });
    }
  }
  return outcomes;
}

/**
 * Sends an entry's photos not yet on the server, one at a time. A photo is marked sent the moment
 * the server has it and its bytes let go; a photo the server refuses is marked and skipped from
 * then on (sending it again would be refused again). A lost connection throws, to wait.
 */
async function sendPhotos(
  entry: OutboxEntry,
  activityId: number,
  store: OutboxStore,
  transport: OutboxTransport,
  mark: (key: string, change: Partial<OutboxPhoto>) => void,
): Promise<{ name: string; reason: string }[]> {
  const refused: { name: string; reason: string }[] = [];
  for (const photo of entry.photos ?? []) {
    if (photo.sent === true) continue;
    if (photo.refusal !== undefined) {
      refused.push({ name: photo.name, reason: photo.refusal });
      continue;
    }
    const bytes = await store.photo(photo.key);
    if (bytes === undefined) {
      mark(photo.key, { refusal: 'lost' });
      refused.push({ name: photo.name, reason: 'lost' });
      continue;
    }
    try {
      await transport.uploadPhoto(activityId, bytes, photo.name);
    } catch (error) {
      if (isTransient(error)) throw error;
      mark(photo.key, { refusal: codeOf(error) });
      refused.push({ name: photo.name, reason: codeOf(error) });
      continue;
    }
    mark(photo.key, { sent: true });
    await store.dropPhoto(photo.key);
  }
  // Refused photos are told about now; their bytes are no longer needed.
  for (const { key } of (entry.photos ?? []).filter((p) => p.sent !== true)) await store.dropPhoto(key);
  return refused;
}

/** A submit whose answer was lost arrives again as a conflict: the activity is already submitted, which is what was wanted. */
async function submitOnce(transport: OutboxTransport, activityId: number): Promise<void> {
  try {
    await transport.submit(activityId);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict') return;
    throw error;
  }
}

/**
 * The outbox in localStorage, one per user: a clientId is unique per reporter, and another user
 * must not send it. Photos are too large for localStorage: their bytes go to `photos` (IndexedDB).
 */
export function localOutbox(userId: number, storage: Storage, photos: Pick<OutboxStore, 'photo' | 'dropPhoto'>): OutboxStore {
  const key = `sim-tpbis.outbox.${userId}`;
  return {
    photo: (photoKey) => photos.photo(photoKey),
    dropPhoto: (photoKey) => photos.dropPhoto(photoKey),
    load() {
      let raw: unknown;
      try {
        raw = JSON.parse(storage.getItem(key) ?? '[]');
      } catch {
        return [];
      }
      if (!Array.isArray(raw)) return [];
      return raw.flatMap((item: unknown) => {
        const parsed = OutboxEntry.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
    },
    save(entries) {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(entries));
    },
  };
}
