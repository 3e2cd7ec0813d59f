import type { DbOrTx } from '#server/db/database';
import { noticeWatchOf, raisedHere, type NoticeWatch } from '#server/db/notice-watch';

/** The channel of migration 0024's trigger: `province:generation` on every raise. */
const channel = 'kpi_generation';

/**
 * A PostgreSQL database's KPI generations kept in memory from the notices of every raise, so a
 * cached dashboard needs no round trip to learn that it is still current (db/notice-watch.ts);
 * undefined on SQLite and inside a transaction, where the table is read.
 */
export const watchOf = (db: DbOrTx): NoticeWatch | undefined =>
  noticeWatchOf(db, channel, async () =>
    (await db.selectFrom('kpi_generations').selectAll().execute()).map((r) => ({ key: r.province_code, value: Number(r.generation) })),
  );

/** This process raised a province to a generation: read from the table until its notice is back. */
export const raisedGeneration = (province: string, generation: number): void => raisedHere(channel, province, generation);
