import type { DbOrTx } from '#server/db/database';
import type { NewReminderRow } from './reminder.table';

export async function insertReminder(db: DbOrTx, row: NewReminderRow): Promise<void> {
  await db.insertInto('reminders').values(row).execute();
}

/**
 * Claims the monthly round's reminder of one library for one month. True for exactly one caller,
 * however many instances run the round at once: the unique index decides, inside the caller's
 * transaction, so a round that fails later leaves the claim undone with it.
 */
export async function claimAutomaticReminder(db: DbOrTx, row: NewReminderRow & { automatic_month: string }): Promise<boolean> {
  const claimed = await db
    .insertInto('reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['partner_id', 'automatic_month']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** The libraries whose automatic reminder for a month has been claimed already. */
export async function claimedForMonth(db: DbOrTx, month: string): Promise<Set<number>> {
  const rows = await db.selectFrom('reminders').select('partner_id').where('automatic_month', '=', month).execute();
  return new Set(rows.map((r) => r.partner_id));
}

export async function setNotified(db: DbOrTx, partnerId: number, month: string, notified: number): Promise<void> {
  await db.updateTable('reminders').set({ notified }).where('partner_id', '=', partnerId).where('automatic_month', '=', month).execute();
}
