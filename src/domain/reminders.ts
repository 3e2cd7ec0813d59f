import { z } from 'zod';
import { RowId } from './ids';
import { PlainText } from './text';

/** A reminder's own words are short: they go into a WhatsApp message and a notification line. */
export const reminderLimits = { message: 500, partners: 200 } as const;

export const ReminderBody = z.strictObject({
  partnerIds: z.array(RowId).min(1).max(reminderLimits.partners),
  message: PlainText.trim().min(1).max(reminderLimits.message).optional(),
});
export type ReminderBody = z.infer<typeof ReminderBody>;

/** What the reminder reached, per library: who got it in the app and the WhatsApp message to send by hand. */
export const ReminderOutcome = z.object({
  partnerId: z.number().int(),
  name: z.string(),
  /** Managers of the library who got it as a notification (and an e-mail, where they have one). */
  notified: z.number().int(),
  /** `https://wa.me/62…?text=…` when a phone number is known, else `https://wa.me/?text=…` (pick the contact). */
  whatsapp: z.string(),
  phone: z.string().nullable(),
});
export type ReminderOutcome = z.infer<typeof ReminderOutcome>;

export const ReminderResponse = z.object({ items: z.array(ReminderOutcome), text: z.string() });
export type ReminderResponse = z.infer<typeof ReminderResponse>;

/**
 * A phone number as WhatsApp's link wants it: digits only, in the international form. Indonesian
 * numbers are written 0812…, +62 812… or 62812…; all become 62812…. Null when nothing usable is left.
 */
export function whatsappNumber(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/[^0-9]/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  // Shorter than a subscriber number with its country code: not something WhatsApp can open.
  return digits.length >= 9 && digits.length <= 15 ? digits : null;
}

/** The link that opens WhatsApp with the message ready; without a number, the sender picks the chat. */
export function whatsappLink(phone: string | null | undefined, text: string): string {
  const number = whatsappNumber(phone);
  return `https://wa.me/${number ?? ''}?text=${encodeURIComponent(text)}`;
}
