import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '#server/db/database';
import type { Notifier } from '#server/features/notifications/service';
import { runMonthlyRound } from './service';

const day = 24 * 60 * 60 * 1000;

export interface DailyRound {
  start(): void;
  stop(): void;
}

/**
 * The monthly reminder, tried once a day by the running server (a minute after start, then every
 * 24 hours). Each try is idempotent, so a restart, a second instance or the CLI running the same
 * round never reminds a library twice for one month.
 */
export function dailyRound(db: Db, notifier: Notifier, clock: () => Date, log: FastifyBaseLogger, firstAfterMs = 60_000): DailyRound {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const run = async () => {
    try {
      const round = await runMonthlyRound(db, notifier, clock());
      if (round.reminded > 0) log.info({ round }, 'monthly reminders sent');
    } catch (error) {
      // A failed round is tried again tomorrow; what was claimed in a failed transaction was undone with it.
      log.error({ err: error }, 'monthly reminder round failed');
    }
    if (!stopped) schedule(day);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => void run(), ms);
    // The round never keeps the process alive on its own.
    timer.unref();
  };
  return {
    start: () => schedule(firstAfterMs),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
