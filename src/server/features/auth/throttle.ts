import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { DbOrTx } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import { forgetPlacesUnusedSince, knownPlacesOf, rememberPlaces } from './known-places.repository';
import { clearAttempts, countAttempt, deleteEndedWindows, uncountAttempt } from './throttle.repository';

/**
 * Login throttling (docs/decisions/013-login-throttling.md). Every attempt is counted before its
 * password is checked, in one statement per count, so parallel guesses cannot slip past a limit:
 * - per user and place (a browser the user logged in from, else the address): 5 per window;
 * - from a place where the user has not logged in lately, also per user (guesses spread over many
 *   addresses) and per address (one address spraying many usernames).
 * A user's known places are never held by the last two, so strangers cannot lock them out.
 * Counts live in the database, so every instance sees the same ones.
 */
const windowMs = 15 * 60_000;
const limits = { try: 5, user: 20, address: 30 } as const;

/** A place stays known this long after its last successful login; the device cookie lives as long. */
export const knownPlaceMs = 90 * 24 * 3600_000;

export interface LoginAttempt {
  /** The device token the browser sent, or a new one for it to keep after a successful login. */
  deviceToken: string;
  places: { device: string; address: string };
  /** What was counted, in the order counted; the first is the count per user and place. */
  counted: { key: string; windowStart: string }[];
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

/** Anything else that claims to be an address (a forged X-Forwarded-For) is kept only as a short hash. */
const addressOf = (ip: string) => (isIP(ip) ? ip : `?${hash(ip)}`);

const wellFormedToken = (token: string | undefined): token is string => token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token);

function rateLimited(windowStart: string, now: Date): ApiError {
  const retryAfter = Math.max(1, Math.ceil((Date.parse(windowStart) + windowMs - now.getTime()) / 1000));
  return new ApiError('rate_limited', `too many failed logins; try again in ${retryAfter} s`, undefined, {
    'retry-after': String(retryAfter),
  });
}

/** Counts the attempt, or refuses it with 429 and Retry-After; refused attempts are never checked. */
export async function reserveLoginAttempt(
  db: DbOrTx,
  now: Date,
  who: { username: string; userId: number | null; ip: string; deviceToken: string | undefined },
): Promise<LoginAttempt> {
  const deviceToken = wellFormedToken(who.deviceToken) ? who.deviceToken : randomBytes(32).toString('base64url');
  const address = addressOf(who.ip);
  const places = { device: `device:${hash(deviceToken)}`, address: `address:${address}` };
  const since = new Date(now.getTime() - knownPlaceMs).toISOString();
  const known = who.userId === null ? new Set<string>() : await knownPlacesOf(db, who.userId, [places.device, places.address], since);
  const place = known.has(places.device) ? places.device : places.address;
  const buckets: { key: string; limit: number }[] = [{ key: `try:${who.username}@${place}`, limit: limits.try }];
  if (!known.has(place)) {
    buckets.push({ key: `user:${who.username}`, limit: limits.user }, { key: `from:${address}`, limit: limits.address });
  }

  const at = now.toISOString();
  const endedBefore = new Date(now.getTime() - windowMs).toISOString();
  const counted: LoginAttempt['counted'] = [];
  // One at a time, stopping at the first full one: guesses held at their own place do not fill the shared counts.
  for (const { key, limit } of buckets) {
    const count = await countAttempt(db, key, at, endedBefore);
    if (count.failures > limit) throw rateLimited(count.window_start, now);
    counted.push({ key, windowStart: count.window_start });
  }
  return { deviceToken, places, counted };
}

/**
 * The right password: its place starts afresh, the shared counts get their attempt back, and the
 * browser and address become known places of the user.
 */
export async function loginSucceeded(db: DbOrTx, now: Date, attempt: LoginAttempt, userId: number): Promise<void> {
  const [own, ...shared] = attempt.counted;
  if (own) await clearAttempts(db, own.key);
  for (const { key, windowStart } of shared) await uncountAttempt(db, key, windowStart);
  const at = now.toISOString();
  await rememberPlaces(db, userId, [attempt.places.device, attempt.places.address], at);
  await forgetPlacesUnusedSince(db, userId, new Date(now.getTime() - knownPlaceMs).toISOString());
  await deleteEndedWindows(db, new Date(now.getTime() - windowMs).toISOString());
}
