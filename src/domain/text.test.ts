import { describe, expect, it } from 'vitest';
import { hasControlCharacter, PlainText } from './text';

describe('plain text', () => {
  it('refuses NUL, the other C0 controls, DEL and C1 controls', () => {
    for (const bad of ['a\u0000b', '\u0007', 'x\r\ny', '\u001b[31m', 'del\u007f', 'next\u0085line', '\u009f']) {
      expect(hasControlCharacter(bad)).toBe(true);
      expect(PlainText.safeParse(bad).error?.issues).toEqual([
        expect.objectContaining({ code: 'custom', params: { issue: 'control_character' } }),
      ]);
    }
  });

  it('keeps newlines, tabs and every printable script', () => {
    for (const good of ['Baris satu\nBaris dua', 'kolom\tkolom', 'Perpustakaan Desa Sekar Biru', 'naïve – “kutip” €', 'ꦗꦮ 日本 😀']) {
      expect(PlainText.safeParse(good).success).toBe(true);
    }
  });

  it('is checked before trimming, so a control character at either end is refused too', () => {
    expect(PlainText.trim().min(1).safeParse('judul\u000b').success).toBe(false);
  });
});
