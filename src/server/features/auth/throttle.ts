import type { DbOrTx } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import { clearThrottle, findThrottle, saveThrottle } from './throttle.repository';

/**
 * Failed logins are counted per username (stops guessing one account) and per IP
 * (stops spraying many accounts). Kept in the database so every instance sees the same counts.
 */
const windowMs = 15 * 60_000;
const limits = { user: 5, ip: 30 } as const;

type Kind = keyof typeof limits;
const keyOf = (kind: Kind, value: string) => `${kind}:${value}`;

export async function assertNotThrottled(db: DbOrTx, now: Date, username: string, ip: string): Promise<void> {
  for (const [kind, value] of [
    ['user', username],
    ['ip', ip],
  ] as const) {
    const row = await findThrottle(db, keyOf(kind, value));
    if (!row || row.failures < limits[kind]) continue;
    const reopensAt = Date.parse(row.window_start) + windowMs;
    if (reopensAt <= now.getTime()) continue;
    const retryAfter = Math.ceil((reopensAt - now.getTime()) / 1000);
    throw new ApiError('rate_limited', `too many failed logins; try again in ${retryAfter} s`, undefined, {
      'retry-after': String(retryAfter),
    });
  }
}

export async function recordFailure(db: DbOrTx, now: Date, username: string, ip: string): Promise<void> {
  for (const [kind, value] of [
    ['user', username],
    ['ip', ip],
  ] as const) {
    const key = keyOf(kind, value);
    const row = await findThrottle(db, key);
    const fresh = !row || Date.parse(row.window_start) + windowMs <= now.getTime();
    await saveThrottle(db, key, fresh ? 1 : row.failures + 1, fresh ? now.toISOString() : row.window_start);
  }
}

export async function recordSuccess(db: DbOrTx, username: string): Promise<void> {
  await clearThrottle(db, keyOf('user', username));
}
