/**
 * PDFKit's built-in fonts (Helvetica, as the rapor uses) draw only the Windows-1252 characters;
 * anything else comes out as the wrong glyphs. Stories are typed on phones, where ş, ā or an
 * emoji slip in: a letter keeps its base letter (ş → s), a character with none is left out.
 */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const drawable = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return c === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(c);
};

export function printable(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (drawable(c)) out += c;
    else if (c === '\t') out += ' ';
    else out += [...c.normalize('NFKD')].filter(drawable).join('');
  }
  return out;
}
