import { z } from 'zod';
import { CreateActivityBody, type Activity } from '#domain/activities';
import { ApiError, type FailureCode } from '#web/api/client.ts';

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
  /** Why the server refused it (not a lost connection): a person must look at it, retrying will not help. */
  refusal: z.string().optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export interface OutboxStore {
  load(): OutboxEntry[];
  save(entries: OutboxEntry[]): void;
}

export interface OutboxTransport {
  create(body: CreateActivityBody): Promise<Activity>;
  submit(activityId: number): Promise<Activity>;
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
}

// Failures that say nothing about the report itself: no connection, a session to renew, a busy or broken server.
const transient: ReadonlySet<FailureCode> = new Set(['network', 'unauthenticated', 'csrf', 'rate_limited', 'internal', 'unexpected']);

/** True when sending again later may work; anything else is the server refusing this report. */
export const isTransient = (error: unknown): boolean => error instanceof ApiError && transient.has(error.code);

const codeOf = (error: unknown): FailureCode => (error instanceof ApiError ? error.code : 'unexpected');

/** Adds a report, replacing an earlier copy of the same one (same clientId). */
export function enqueue(store: OutboxStore, entry: OutboxEntry): void {
  store.save([...store.load().filter((e) => e.body.clientId !== entry.body.clientId), entry]);
}

export function discard(store: OutboxStore, clientId: string): void {
  store.save(store.load().filter((e) => e.body.clientId !== clientId));
}

/**
 * Sends what waits, oldest first, saving after every step so a closed tab loses nothing. Stops
 * at the first transient failure (no connection, session gone): the rest would fail the same way. Refused entries stay, marked,
 * until the person discards them.
 */
export async function flush(store: OutboxStore, transport: OutboxTransport): Promise<FlushOutcome[]> {
  const outcomes: FlushOutcome[] = [];
  const update = (clientId: string, change: Partial<OutboxEntry> | null) => {
    const rest = store.load();
    store.save(
      change === null
        ? rest.filter((e) => e.body.clientId !== clientId)
        : rest.map((e) => (e.body.clientId === clientId ? { ...e, ...change } : e)),
    );
  };

  for (const entry of store.load()) {
    if (entry.refusal !== undefined) continue;
    const { clientId } = entry.body;
    const base = { clientId, title: entry.body.title };
    let activityId = entry.activityId;
    try {
      let duplicates = false;
      if (activityId === undefined) {
        const activity = await transport.create(entry.body);
        activityId = activity.id;
        duplicates = activity.possibleDuplicates.length > 0;
        update(clientId, { activityId });
      }
      if (entry.intent === 'submit' && !duplicates) await submitOnce(transport, activityId);
      update(clientId, null);
      outcomes.push({ ...base, activityId, result: entry.intent === 'draft' ? 'sent' : duplicates ? 'kept_draft' : 'submitted' });
    } catch (error) {
      if (isTransient(error)) {
        outcomes.push({ ...base, result: 'waiting' });
        break;
      }
      update(clientId, { refusal: codeOf(error) });
      outcomes.push({ ...base, result: 'refused', ...(activityId === undefined ? {} : { activityId }) });
    }
  }
  return outcomes;
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

/** The outbox in localStorage, one per user: a clientId is unique per reporter, and another user must not send it. */
export function localOutbox(userId: number, storage: Storage = localStorage): OutboxStore {
  const key = `sim-tpbis.outbox.${userId}`;
  return {
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
