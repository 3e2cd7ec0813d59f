/**
 * Likely double reports: two managers of one library, or one manager on a flaky connection,
 * enter the same event twice with a slightly different title ("Sosialisasi PKK" / "sosialisasi  pkk.").
 */

/** Lower case, letters and digits only, single spaces. */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const squeezed = text.replaceAll(' ', '');
  for (let i = 0; i < squeezed.length - 1; i++) {
    const gram = squeezed.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of the titles' letter pairs: 1 for the same words, near 0 for unrelated ones. */
export function titleSimilarity(a: string, b: string): number {
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  const size = (g: Map<string, number>) => [...g.values()].reduce((s, n) => s + n, 0);
  const total = size(gx) + size(gy);
  if (total === 0) return 0;
  let shared = 0;
  for (const [gram, n] of gx) shared += Math.min(n, gy.get(gram) ?? 0);
  return (2 * shared) / total;
}

/** Chosen so a typo or a changed word order still matches, while "Kelas lansia" and "Kelas remaja" do not. */
export const duplicateTitleThreshold = 0.85;

export const nearlySameTitle = (a: string, b: string) => titleSimilarity(a, b) >= duplicateTitleThreshold;
