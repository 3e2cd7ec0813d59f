import type { DbOrTx } from '#server/db/database';

/** Which of these places the user has logged in from since the given time. */
export async function knownPlacesOf(db: DbOrTx, userId: number, places: string[], since: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('login_known_places')
    .select('place')
    .where('user_id', '=', userId)
    .where('place', 'in', places)
    .where('last_success_at', '>', since)
    .execute();
  return new Set(rows.map((r) => r.place));
}

export async function rememberPlaces(db: DbOrTx, userId: number, places: string[], at: string): Promise<void> {
  await db
    .insertInto('login_known_places')
    .values(places.map((place) => ({ user_id: userId, place, last_success_at: at })))
    .onConflict((oc) => oc.columns(['user_id', 'place']).doUpdateSet({ last_success_at: at }))
    .execute();
}

export async function forgetPlacesUnusedSince(db: DbOrTx, userId: number, since: string): Promise<void> {
  await db.deleteFrom('login_known_places').where('user_id', '=', userId).where('last_success_at', '<=', since).execute();
}
