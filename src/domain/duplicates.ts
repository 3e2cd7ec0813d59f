/**
 * Likely double reports: two managers of one library, or one manager on a flaky connection,
 * enter the same event twice with a slightly different title ("Sosialisasi PKK" / "sosialisasi  pkk.").
 */

const ascii = /^[\x20-\x7e]*$/;

/** Lower case, letters and digits only, single spaces. */
export function normaliseTitle(title: string): string {
  // Most titles are plain ASCII, where decomposing changes nothing and letters and digits are
  // a-z and 0-9: the same answer, several times faster (every report's answer compares its day's).
  if (ascii.test(title))
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Grams {
  normalised: string;
  /** Each letter pair as a number (its two UTF-16 code units), and how often it occurs. */
  counts: Map<number, number>;
  size: number;
}

function grams(title: string): Grams {
  const normalised = normaliseTitle(title);
  const counts = new Map<number, number>();
  const squeezed = normalised.replaceAll(' ', '');
  // A pair as one number, not a two-letter string: no string made and hashed per pair, and a
  // report's answer compares its title with every other of its library's day.
  for (let i = 0; i < squeezed.length - 1; i++) {
    const pair = squeezed.charCodeAt(i) * 0x10000 + squeezed.charCodeAt(i + 1);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { normalised, counts, size: Math.max(0, squeezed.length - 1) };
}

/** Sørensen–Dice similarity of the titles' letter pairs: 1 for the same words, near 0 for unrelated ones. */
function similarity(x: Grams, y: Grams): number {
  if (x.normalised === y.normalised) return 1;
  const total = x.size + y.size;
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, n] of x.counts) shared += Math.min(n, y.counts.get(pair) ?? 0);
  return (2 * shared) / total;
}

export const titleSimilarity = (a: string, b: string): number => similarity(grams(a), grams(b));

/** Chosen so a typo or a changed word order still matches, while "Kelas lansia" and "Kelas remaja" do not. */
export const duplicateTitleThreshold = 0.85;

export const nearlySameTitle = (a: string, b: string) => titleSimilarity(a, b) >= duplicateTitleThreshold;

/**
 * The test for one report against its day's others: its title is normalised and split into
 * letter pairs once, not once per other report (a busy day has dozens).
 */
export function nearlySameTitleAs(title: string): (other: string) => boolean {
  const mine = grams(title);
  return (other) => similarity(mine, grams(other)) >= duplicateTitleThreshold;
}
