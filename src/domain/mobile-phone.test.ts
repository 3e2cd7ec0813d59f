import { describe, expect, it } from 'vitest';
import { MobilePhone } from './mobile-phone';

describe('an Indonesian mobile number', () => {
  it('is kept in one form however it was written', () => {
    for (const written of ['0812-3456-7890', '+62 812 3456 7890', '62 812.3456.7890', '(0812) 3456 7890', ' 081234567890 ']) {
      expect(MobilePhone.parse(written)).toBe('+6281234567890');
    }
  });

  it('refuses a landline, a foreign number, letters and a number too short or too long', () => {
    for (const written of ['021 555 1234', '+1 415 555 0100', '0812-ABCD-7890', '0812345', '0812 3456 7890 1234']) {
      expect({ written, ok: MobilePhone.safeParse(written).success }).toEqual({ written, ok: false });
    }
  });
});
