import { describe, expect, it } from 'vitest';
import { ReminderBody, whatsappLink, whatsappNumber } from './reminders';

describe('WhatsApp links for reminders', () => {
  it('writes Indonesian numbers in the international form WhatsApp opens', () => {
    expect(whatsappNumber('0812-3456-7890')).toBe('6281234567890');
    expect(whatsappNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(whatsappNumber('(0717) 421 234')).toBe('62717421234');
    expect(whatsappNumber('62812345678')).toBe('62812345678');
  });

  it('gives no number for something WhatsApp cannot open', () => {
    expect(whatsappNumber(null)).toBeNull();
    expect(whatsappNumber('')).toBeNull();
    expect(whatsappNumber('12-34')).toBeNull();
  });

  it('puts the message in the link, encoded, with or without a number', () => {
    const text = 'Halo Perpusdes Puput, laporan Juni belum masuk. Mohon diisi ya 🙏 & terima kasih';
    expect(whatsappLink('0812 3456 7890', text)).toBe(`https://wa.me/6281234567890?text=${encodeURIComponent(text)}`);
    const without = new URL(whatsappLink(null, text));
    expect(without.pathname).toBe('/');
    expect(without.searchParams.get('text')).toBe(text);
  });

  it('takes one to two hundred libraries and an optional short message', () => {
    expect(ReminderBody.safeParse({ partnerIds: [] }).success).toBe(false);
    expect(ReminderBody.safeParse({ partnerIds: [1, 2], message: '  ' }).success).toBe(false);
    expect(ReminderBody.parse({ partnerIds: [1], message: ' Mohon lapor ' }).message).toBe('Mohon lapor');
  });
});
