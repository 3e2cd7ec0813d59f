import { describe, expect, it } from 'vitest';
import type { LearnerProgress, QuizAttemptBody, QuizResult } from '#domain/course-learning';
import { ApiError } from '#web/api/client.ts';
import { enqueue, flush, isWaiting, localElisOutbox, settle, type ElisOutboxEntry, type ElisOutboxStore } from './outbox';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2024-10-02T08:00:00.000Z';

const lesson = (lessonId: number, courseId = 1): ElisOutboxEntry => ({ kind: 'lesson', courseId, lessonId, queuedAt: at });
const attempt = (n: number, moduleId = 10): ElisOutboxEntry => ({
  kind: 'quiz',
  attemptId: uuid(n),
  courseId: 1,
  moduleId,
  answers: [{ questionId: 100, choiceId: 1000 + n }],
  queuedAt: at,
});

function memoryStore(entries: ElisOutboxEntry[] = []): ElisOutboxStore & { entries: ElisOutboxEntry[] } {
  const store = {
    entries: structuredClone(entries),
    load: () => structuredClone(store.entries),
    save: (next: ElisOutboxEntry[]) => {
      store.entries = structuredClone(next);
    },
  };
  return store;
}

const progress: LearnerProgress = {
  enrolledAt: at,
  lessonsDone: [],
  quizzesPassed: [],
  quizzes: [],
  percent: 0,
  completedAt: null,
  certificateCode: null,
};

/** A server as the real one behaves: a lesson done counts once, an attempt id is scored once. */
function fakeServer() {
  const done = new Set<number>();
  const scored = new Map<string, QuizResult>();
  const server = {
    online: true,
    /** Requests that reached the server, of each kind. */
    completions: 0,
    submissions: 0,
    refuse: null as ApiError | null,
    get attemptsScored() {
      return scored.size;
    },
    transport: {
      completeLesson: (_courseId: number, lessonId: number): Promise<LearnerProgress> => {
        if (!server.online) return Promise.reject(new ApiError('network', 0, 'Failed to fetch'));
        if (server.refuse) return Promise.reject(server.refuse);
        server.completions += 1;
        done.add(lessonId);
        return Promise.resolve({ ...progress, lessonsDone: [...done] });
      },
      submitQuiz: (_courseId: number, moduleId: number, body: QuizAttemptBody): Promise<QuizResult> => {
        if (!server.online) return Promise.reject(new ApiError('network', 0, 'Failed to fetch'));
        if (server.refuse) return Promise.reject(server.refuse);
        server.submissions += 1;
        const id = body.attemptId ?? '';
        const result = scored.get(id) ?? {
          attemptId: id,
          moduleId,
          score: 60,
          passed: false,
          passMark: 70,
          questionCount: 5,
          wrongQuestionIds: [101, 104],
          feedback: [],
          attemptedAt: at,
          progress,
        };
        scored.set(id, result);
        return Promise.resolve(result);
      },
    },
  };
  return server;
}

describe('the Elis outbox', () => {
  it('keeps what was done offline and sends it once the connection returns', async () => {
    const store = memoryStore();
    const server = fakeServer();
    server.online = false;
    enqueue(store, lesson(5));
    enqueue(store, attempt(1));

    expect(await flush(store, server.transport)).toEqual([{ key: 'lesson:1:5', result: 'waiting' }]);
    expect(store.entries.filter(isWaiting)).toHaveLength(2);

    server.online = true;
    expect((await flush(store, server.transport)).map((o) => o.result)).toEqual(['sent', 'sent']);
    // The lesson is gone; the attempt stays with its score until its page has shown it.
    expect(store.entries).toHaveLength(1);
    expect(store.entries[0]).toMatchObject({ kind: 'quiz', result: { score: 60, wrongQuestionIds: [101, 104] } });
    expect(store.entries.filter(isWaiting)).toEqual([]);
    settle(store, `quiz:${uuid(1)}`);
    expect(store.entries).toEqual([]);
  });

  it('never scores an attempt twice: a retry after a lost answer carries the same attempt id', async () => {
    const server = fakeServer();
    const store = memoryStore([attempt(1)]);
    // The answer was lost on the way back: the server has scored it, the device does not know.
    const lost = {
      ...server.transport,
      submitQuiz: async (c: number, m: number, b: QuizAttemptBody) => {
        await server.transport.submitQuiz(c, m, b);
        throw new ApiError('network', 0, 'connection reset');
      },
    };
    await flush(store, lost);
    expect(store.entries.filter(isWaiting)).toHaveLength(1);
    await flush(store, server.transport);
    expect(server.submissions).toBe(2);
    expect(server.attemptsScored).toBe(1);
    // A second tab sending the same queued attempt again changes nothing either.
    enqueue(store, attempt(1));
    await flush(store, server.transport);
    expect(server.attemptsScored).toBe(1);
  });

  it('counts a lesson marked done twice as one entry', () => {
    const store = memoryStore();
    enqueue(store, lesson(5));
    enqueue(store, lesson(5));
    enqueue(store, lesson(6));
    expect(store.entries.map((e) => (e.kind === 'lesson' ? e.lessonId : 0))).toEqual([5, 6]);
  });

  it('stops at the first lost connection and keeps the order', async () => {
    const server = fakeServer();
    const store = memoryStore([lesson(5), lesson(6), attempt(1)]);
    let calls = 0;
    const flaky = {
      ...server.transport,
      completeLesson: (c: number, l: number) => {
        calls += 1;
        return calls === 2 ? Promise.reject(new ApiError('network', 0, 'gone')) : server.transport.completeLesson(c, l);
      },
    };
    expect((await flush(store, flaky)).map((o) => o.result)).toEqual(['sent', 'waiting']);
    expect(store.entries.map((e) => e.kind)).toEqual(['lesson', 'quiz']);
    expect(server.submissions).toBe(0);
  });

  it('marks an attempt at an edited quiz as changed, never retrying it, and lets a refused lesson go', async () => {
    const server = fakeServer();
    const store = memoryStore([lesson(5), attempt(1)]);
    server.refuse = new ApiError('conflict', 409, 'answers.0.questionId: gone', [
      { field: 'answers.0.questionId', issue: 'quiz_changed', message: 'gone' },
    ]);
    expect((await flush(store, server.transport)).map((o) => o.result)).toEqual(['refused', 'refused']);
    expect(store.entries).toEqual([{ ...attempt(1), refusal: 'quiz_changed' }]);
    server.refuse = null;
    await flush(store, server.transport);
    expect(server.submissions).toBe(0);
  });

  it('waits, rather than gives up, when the session needs renewing', async () => {
    const server = fakeServer();
    const store = memoryStore([attempt(1)]);
    server.refuse = new ApiError('unauthenticated', 401, 'no session');
    expect(await flush(store, server.transport)).toEqual([{ key: `quiz:${uuid(1)}`, result: 'waiting' }]);
    expect(store.entries.filter(isWaiting)).toHaveLength(1);
  });

  it("clears a quiz's shown results when the learner starts a new attempt at it", async () => {
    const server = fakeServer();
    const store = memoryStore([attempt(1), attempt(2, 11)]);
    await flush(store, server.transport);
    enqueue(store, attempt(3));
    expect(store.entries.map((e) => (e.kind === 'quiz' ? e.attemptId : ''))).toEqual([uuid(2), uuid(3)]);
  });

  it('lives in localStorage per user and skips what it cannot read', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    let saved = 0;
    const mine = localElisOutbox(7, storage, () => (saved += 1));
    enqueue(mine, lesson(5));
    expect(localElisOutbox(8, storage).load()).toEqual([]);
    expect(mine.load()).toEqual([lesson(5)]);
    expect(saved).toBe(1);
    data.set('sim-tpbis.elis-outbox.7', JSON.stringify([{ kind: 'lesson', lessonId: 'five' }, lesson(6)]));
    expect(mine.load()).toEqual([lesson(6)]);
    data.set('sim-tpbis.elis-outbox.7', '{broken');
    expect(mine.load()).toEqual([]);
    mine.save([]);
    expect(data.has('sim-tpbis.elis-outbox.7')).toBe(false);
  });
});
