import { PlainText } from './text';

/**
 * An Indonesian mobile number, where village managers read WhatsApp. People write it many ways
 * (`0812-3456-7890`, `+62 812 3456 7890`, `62812…`): spaces, dots, dashes and brackets are
 * dropped and the number is kept in one form, `+628…` (reminders' `whatsappNumber` makes a `wa.me` link of it).
 * Loose on purpose: 8 to 12 digits after the `8`, as operators have handed out over the years.
 */
export function normalMobilePhone(text: string): string {
  const digits = text.replace(/[\s().-]/g, '');
  if (digits.startsWith('0')) return `+62${digits.slice(1)}`;
  if (digits.startsWith('62')) return `+${digits}`;
  return digits;
}

export const mobilePhonePattern = /^\+628\d{7,11}$/;

export const MobilePhone = PlainText.trim()
  .max(30)
  .overwrite(normalMobilePhone)
  // Its own issue, not a pattern's: a partner's office phone (any digits) shares the field name.
  .refine((phone) => mobilePhonePattern.test(phone), {
    message: 'an Indonesian mobile number, e.g. 0812 3456 7890 or +62 812 3456 7890',
    params: { issue: 'mobile_phone' },
  });
