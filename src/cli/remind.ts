import { CalendarMonth } from '#domain/calendar';
import type { Config } from '#server/config';
import { connect } from '#server/db/connect';
import { migrateToLatest } from '#server/db/migrate';
import { notifierFor } from '#server/features/notifications/service';
import { runMonthlyRound } from '#server/features/reminders/service';

/**
 * `remind [--month YYYY-MM]`: the monthly reminder round now, for the past month (once its
 * deadline has passed) or the month given. Safe beside a running server: each library is reminded
 * once per month whoever runs the round; mail is queued for the server's sender.
 */
export async function remindCommand(config: Config, options: { month?: string | undefined }): Promise<number> {
  if (options.month !== undefined && !CalendarMonth.safeParse(options.month).success) {
    console.error(`--month must be a month written YYYY-MM, not "${options.month}"`);
    return 2;
  }
  const connection = connect(config);
  try {
    await migrateToLatest(connection.db);
    const notifier = notifierFor({ mail: config.mail !== null, clock: () => new Date() });
    const round = await runMonthlyRound(connection.db, notifier, new Date(), options.month);
    if (!round.due) {
      console.log(`the reports of ${round.month} are not late yet: no reminders sent (give --month to send anyway)`);
      return 0;
    }
    console.log(`${round.month}: ${round.silent} libraries silent, ${round.reminded} reminded now (the others were reminded before)`);
    return 0;
  } finally {
    await connection.close();
  }
}
