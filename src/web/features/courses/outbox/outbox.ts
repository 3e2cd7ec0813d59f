import { z } from 'zod';
import { LearnerProgress, QuizAnswer, QuizResult, type QuizAttemptBody } from '#domain/course-learning';
import { ApiError } from '#web/api/client.ts';
import { isTransient } from '#web/features/activities/outbox/outbox.ts';
import { elisOutboxKey } from './key';

/**
 * Elis's outbox: lessons marked done and quiz answers given on the device, kept until the server
 * has them (decision 009's discipline). A lesson's completion counts once however often it is
 * sent; a quiz attempt carries the `attemptId` made when the learner started it, so an attempt
 * sent again (a lost answer, two tabs) is scored once (decision 019).
 */
const LessonDone = z.object({
  kind: z.literal('lesson'),
  courseId: z.number().int(),
  lessonId: z.number().int(),
  queuedAt: z.string(),
});

const QuizAttempt = z.object({
  kind: z.literal('quiz'),
  attemptId: z.uuid(),
  courseId: z.number().int(),
  moduleId: z.number().int(),
  answers: z.array(QuizAnswer),
  queuedAt: z.string(),
  /** The server's score, kept until the learner has seen it on the quiz's page. */
  result: QuizResult.optional(),
  /** Why the server refused it (`quiz_changed`: the quiz was edited since): sending it again would not help. */
  refusal: z.string().optional(),
});

export const ElisOutboxEntry = z.discriminatedUnion('kind', [LessonDone, QuizAttempt]);
export type ElisOutboxEntry = z.infer<typeof ElisOutboxEntry>;
export type QuizAttemptEntry = z.infer<typeof QuizAttempt>;

export interface ElisOutboxStore {
  load(): ElisOutboxEntry[];
  save(entries: ElisOutboxEntry[]): void;
}

export interface ElisTransport {
  completeLesson(courseId: number, lessonId: number): Promise<LearnerProgress>;
  submitQuiz(courseId: number, moduleId: number, body: QuizAttemptBody): Promise<QuizResult>;
}

/** One entry, whatever became of it: a lesson once, an attempt by its id. */
export const entryKey = (entry: ElisOutboxEntry): string =>
  entry.kind === 'lesson' ? `lesson:${entry.courseId}:${entry.lessonId}` : `quiz:${entry.attemptId}`;

/** Still to be sent (not answered, not refused). */
export const isWaiting = (entry: ElisOutboxEntry): boolean =>
  entry.kind === 'lesson' || (entry.result === undefined && entry.refusal === undefined);

/** The quiz was edited after the device kept its questions: the attempt is dropped and the quiz opened again. */
export const quizChanged = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'conflict' && error.details.some((d) => d.issue === 'quiz_changed');

/**
 * Adds an entry, replacing an earlier copy of the same one. A new attempt at a quiz also clears
 * that quiz's answered attempts: the learner has moved on from their result.
 */
export function enqueue(store: ElisOutboxStore, entry: ElisOutboxEntry): void {
  const key = entryKey(entry);
  const kept = store
    .load()
    .filter((e) => entryKey(e) !== key)
    .filter((e) => !(entry.kind === 'quiz' && e.kind === 'quiz' && e.moduleId === entry.moduleId && !isWaiting(e)));
  store.save([...kept, entry]);
}

/** Lets an answered or refused attempt go, once its page has shown it. */
export function settle(store: ElisOutboxStore, key: string): void {
  store.save(store.load().filter((e) => entryKey(e) !== key));
}

export type ElisFlushResult = 'sent' | 'refused' | 'waiting';
export interface ElisFlushOutcome {
  key: string;
  result: ElisFlushResult;
}

/**
 * Sends what waits, oldest first, saving after every entry so a closed tab loses nothing. Stops
 * at the first transient failure (no connection, session to renew): the rest would fail the same
 * way. A lesson the server refuses (removed from the course since) is let go; a refused attempt
 * stays, marked, for its quiz page to explain.
 */
export async function flush(store: ElisOutboxStore, transport: ElisTransport): Promise<ElisFlushOutcome[]> {
  const outcomes: ElisFlushOutcome[] = [];
  const replace = (key: string, next: ElisOutboxEntry | null) =>
    store.save(store.load().flatMap((e) => (entryKey(e) === key ? (next ?? []) : [e])));

  for (const entry of store.load().filter(isWaiting)) {
    const key = entryKey(entry);
    try {
      if (entry.kind === 'lesson') {
        await transport.completeLesson(entry.courseId, entry.lessonId);
        replace(key, null);
      } else {
        const result = await transport.submitQuiz(entry.courseId, entry.moduleId, { attemptId: entry.attemptId, answers: entry.answers });
        replace(key, { ...entry, result });
      }
      outcomes.push({ key, result: 'sent' });
    } catch (error) {
      if (isTransient(error)) {
        outcomes.push({ key, result: 'waiting' });
        break;
      }
      const code = quizChanged(error) ? 'quiz_changed' : error instanceof ApiError ? error.code : 'unexpected';
      replace(key, entry.kind === 'lesson' ? null : { ...entry, refusal: code });
      outcomes.push({ key, result: 'refused' });
    }
  }
  return outcomes;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The outbox in localStorage, one per user: another user on the same phone must not send it. */
export function localElisOutbox(userId: number, storage: StorageLike, onSave: () => void = () => undefined): ElisOutboxStore {
  const key = elisOutboxKey(userId);
  return {
    load: () => parseEntries(storage.getItem(key)),
    save(entries) {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(entries));
      onSave();
    },
  };
}

/** Entries from their stored text; anything unreadable (another app version's, a broken write) is skipped. */
export function parseEntries(raw: string | null): ElisOutboxEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: unknown) => {
    const entry = ElisOutboxEntry.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
}
