import { setImmediate as nextTurn } from 'node:timers/promises';
import { formatMonth, monthOfDate, shiftMonth, todayIn } from '#domain/calendar';
import type { SilentPartner } from '#domain/completeness';
import type { PartnerDetail } from '#domain/partners';
import type { Actor } from '#domain/permissions';
import { whatsappLink, type ReminderBody, type ReminderOutcome, type ReminderResponse } from '#domain/reminders';
import type { Db } from '#server/db/database';
import { ApiError, invalidField } from '#server/http/errors';
import { reportingDeadlineDayOf, silentPartnersOf } from '#server/features/completeness/service';
import type { Notifier } from '#server/features/notifications/service';
import { partnerForActor } from '#server/features/partners/service';
import { childrenOf } from '#server/features/regions/service';
import { reachableManagersOf, userById } from '#server/features/users/service';
import { claimAutomaticReminder, claimedForMonth, insertReminder, setNotified } from './repository';

/** The words a reminder carries when staff write none: the programme's own "rutin dan konsisten". */
export const defaultReminderText = (partnerName: string) =>
  `Halo ${partnerName}, laporan kegiatan perpustakaan Anda belum masuk di SIM TPBIS. ` +
  'Mohon semua kegiatan diinput secara rutin dan konsisten, agar capaian KPI perpustakaan terlihat. Terima kasih.';

const monthlyText = (partnerName: string, month: string) =>
  `Halo ${partnerName}, SIM TPBIS belum menerima laporan kegiatan Anda untuk bulan ${formatMonth(month, 'id-ID', 'long')}. ` +
  'Mohon semua kegiatan diinput secara rutin dan konsisten. Terima kasih.';

/**
 * Staff remind libraries in their scope: each library's managers get it in the app (and by
 * e-mail where they have an address), and the sender gets a WhatsApp message ready to send,
 * because that is where village managers read. All the libraries are checked before anyone is
 * told anything: one outside the sender's scope refuses the whole request, naming it.
 */
export async function sendReminders(db: Db, notifier: Notifier, actor: Actor, body: ReminderBody, now: Date): Promise<ReminderResponse> {
  const ids = [...new Set(body.partnerIds)];
  const partners: PartnerDetail[] = [];
  for (const id of ids) {
    try {
      partners.push(await partnerForActor(db, actor, id));
    } catch (error) {
      // Unknown and out of scope read the same, so ids cannot be probed.
      if (error instanceof ApiError && error.code === 'not_found') {
        throw invalidField(`partnerIds.${body.partnerIds.indexOf(id)}`, 'unknown_partner', 'no library in your scope has this id');
      }
      throw error;
    }
  }
  const sender = await userById(db, actor.id);
  const by = sender.displayName ?? sender.username;
  const at = now.toISOString();
  const items: ReminderOutcome[] = await db.transaction().execute(async (tx) => {
    const outcomes: ReminderOutcome[] = [];
    for (const partner of partners) {
      const text = body.message ?? defaultReminderText(partner.name);
      const managers = await reachableManagersOf(tx, partner.id);
      await notifier.notify(
        tx,
        managers.map((m) => m.id),
        { kind: 'reminder', message: text, by },
      );
      await insertReminder(tx, {
        partner_id: partner.id,
        automatic_month: null,
        sent_by: actor.id,
        message: text,
        notified: managers.length,
        created_at: at,
      });
      const phone = managers.find((m) => m.phone)?.phone ?? partner.phone;
      outcomes.push({ partnerId: partner.id, name: partner.name, notified: managers.length, phone, whatsapp: whatsappLink(phone, text) });
    }
    return outcomes;
  });
  return { items, text: body.message ?? defaultReminderText('{mitra}') };
}

export interface MonthlyRound {
  month: string;
  /** False before the month's reports are late (its deadline day has not passed). */
  due: boolean;
  silent: number;
  reminded: number;
}

/** The month the round is about on a given day: the previous one, once its deadline day has passed in WIB. */
export async function roundMonthOn(db: Db, now: Date): Promise<{ month: string; due: boolean }> {
  const today = todayIn('WIB', now);
  const month = shiftMonth(monthOfDate(today), -1);
  const deadlineDay = await reportingDeadlineDayOf(db, month);
  return { month, due: Number(today.slice(8, 10)) > deadlineDay };
}

/**
 * The automatic reminder to every library silent in a month. Safe to run as often as anyone
 * likes, from several instances at once: a library is reminded once per month, whoever claims
 * it first (the claim and the notice share a transaction).
 */
export async function runMonthlyRound(db: Db, notifier: Notifier, now: Date, month?: string): Promise<MonthlyRound> {
  const planned = month ? { month, due: true } : await roundMonthOn(db, now);
  if (!planned.due) return { month: planned.month, due: false, silent: 0, reminded: 0 };
  // A province at a time: the whole country's silent list, sorted at once, held the server for half
  // a second on 100,000 libraries. The round reminds every one of them whatever the order.
  const silent: SilentPartner[] = [];
  for (const province of await childrenOf(db, null)) {
    silent.push(...(await silentPartnersOf(db, province.code, planned.month)));
    await nextTurn();
  }
  // The round runs every day: skip, in one query, the libraries already reminded for the month, so a
  // quiet day costs one read instead of a transaction per silent library. The claim below still
  // decides between instances racing on the rest.
  const claimed = await claimedForMonth(db, planned.month);
  const at = now.toISOString();
  let reminded = 0;
  for (const [i, partner] of silent.entries()) {
    if (claimed.has(partner.partnerId)) continue;
    // A first round can remind thousands of libraries; other requests get their turn between them.
    if (i % 50 === 49) await nextTurn();
    const text = monthlyText(partner.name, planned.month);
    const told = await db.transaction().execute(async (tx) => {
      const claimed = await claimAutomaticReminder(tx, {
        partner_id: partner.partnerId,
        automatic_month: planned.month,
        sent_by: null,
        message: text,
        notified: 0,
        created_at: at,
      });
      if (!claimed) return false;
      const managers = await reachableManagersOf(tx, partner.partnerId);
      await notifier.notify(
        tx,
        managers.map((m) => m.id),
        { kind: 'reminder', message: text },
      );
      await setNotified(tx, partner.partnerId, planned.month, managers.length);
      return true;
    });
    if (told) reminded += 1;
  }
  return { month: planned.month, due: true, silent: silent.length, reminded };
}
