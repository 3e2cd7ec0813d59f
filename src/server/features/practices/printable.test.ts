import { describe, expect, it } from 'vitest';
import { printable } from './printable';

describe('text for the booklet’s built-in font', () => {
  it('keeps Indonesian text, its punctuation and line breaks as typed', () => {
    const text = 'Kisah “Kelas Menjahit” — 25 peserta… ‘luar biasa’ • Rp 5.000.000 · café\nBaris kedua';
    expect(printable(text)).toBe(text);
  });

  it('keeps the base letter of a letter the font lacks, and leaves out what has none', () => {
    expect(printable('Başak, Āyu, Ŝari')).toBe('Basak, Ayu, Sari');
    expect(printable('Terima kasih 🙏 perpustakaan 📚!')).toBe('Terima kasih  perpustakaan !');
    expect(printable('ﬁlm\tbaru\r')).toBe('film baru');
  });
});
