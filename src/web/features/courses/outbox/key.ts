/**
 * Where a user's Elis outbox lives in localStorage. Its own file, because the app's shell reads it
 * (is anything waiting?) without loading Elis itself.
 */
export const elisOutboxKey = (userId: number) => `sim-tpbis.elis-outbox.${userId}`;
