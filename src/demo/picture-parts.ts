import type { Random } from './random';

// Shapes the demo's pictures are drawn from: people, palms, books, sky. Plain SVG strings, so the
// plan stays pure; the server turns them into JPEGs. Nothing here is a photograph of anyone.

export const pictureSize = { width: 800, height: 600 } as const;

/** Escapes text for an SVG text node or attribute. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const skins = ['#8d5524', '#a86b3c', '#c68642', '#b5773f', '#9c6335'];
const clothes = ['#c0392b', '#2e86c1', '#27ae60', '#8e44ad', '#d35400', '#16a085', '#f1c40f', '#e84393', '#34495e', '#e67e22'];
const hijabs = ['#f8c291', '#6a89cc', '#b8e994', '#e55039', '#f6b93b', '#82589f', '#ffffff', '#38ada9'];
const bookColours = ['#c0392b', '#2980b9', '#27ae60', '#f39c12', '#8e44ad', '#16a085', '#d35400', '#7f8c8d'];

export const palette = { skins, clothes, hijabs, bookColours };

export interface PersonLook {
  skin: string;
  shirt: string;
  /** A headscarf colour, or none. */
  hijab: string | null;
  /** Trousers or skirt. */
  lower: string;
}

export function randomLook(random: Random): PersonLook {
  return {
    skin: random.pick(skins),
    shirt: random.pick(clothes),
    hijab: random.chance(0.5) ? random.pick(hijabs) : null,
    lower: random.pick(['#2c3e50', '#5d4037', '#34495e', '#1e3799', '#4a4a4a']),
  };
}

function head(x: number, y: number, r: number, look: PersonLook): string {
  if (look.hijab) {
    return (
      `<path d="M${x - r * 1.25} ${y + r * 1.6} Q${x - r * 1.3} ${y - r * 1.3} ${x} ${y - r * 1.25} Q${x + r * 1.3} ${y - r * 1.3} ${x + r * 1.25} ${y + r * 1.6} Z" fill="${look.hijab}"/>` +
      `<circle cx="${x}" cy="${y}" r="${r * 0.78}" fill="${look.skin}"/>`
    );
  }
  return (
    `<circle cx="${x}" cy="${y}" r="${r}" fill="${look.skin}"/>` +
    `<path d="M${x - r} ${y - r * 0.1} Q${x - r * 0.9} ${y - r * 1.15} ${x} ${y - r * 1.05} Q${x + r * 0.95} ${y - r * 1.15} ${x + r} ${y - r * 0.1} Q${x} ${y - r * 0.6} ${x - r} ${y - r * 0.1} Z" fill="#1b1b1b"/>`
  );
}

/** A person standing with feet at (x, feet); `scale` 1 is about 190 px tall. */
export function standingPerson(x: number, feet: number, scale: number, look: PersonLook): string {
  const s = scale;
  const r = 18 * s;
  const neck = feet - 150 * s;
  return (
    `<rect x="${x - 14 * s}" y="${feet - 75 * s}" width="${12 * s}" height="${75 * s}" rx="${5 * s}" fill="${look.lower}"/>` +
    `<rect x="${x + 2 * s}" y="${feet - 75 * s}" width="${12 * s}" height="${75 * s}" rx="${5 * s}" fill="${look.lower}"/>` +
    `<rect x="${x - 24 * s}" y="${neck}" width="${48 * s}" height="${85 * s}" rx="${16 * s}" fill="${look.shirt}"/>` +
    `<rect x="${x - 33 * s}" y="${neck + 8 * s}" width="${11 * s}" height="${62 * s}" rx="${5 * s}" fill="${look.shirt}"/>` +
    `<rect x="${x + 22 * s}" y="${neck + 8 * s}" width="${11 * s}" height="${62 * s}" rx="${5 * s}" fill="${look.shirt}"/>` +
    head(x, neck - r * 0.9, r, look)
  );
}

/** A person seated behind a table whose top edge is at `tableTop`: only the upper body shows. */
export function seatedPerson(x: number, tableTop: number, scale: number, look: PersonLook): string {
  const s = scale;
  const r = 20 * s;
  const shoulders = tableTop - 62 * s;
  return (
    `<rect x="${x - 28 * s}" y="${shoulders}" width="${56 * s}" height="${70 * s}" rx="${18 * s}" fill="${look.shirt}"/>` +
    head(x, shoulders - r * 0.95, r, look)
  );
}

export function sky(random: Random): string {
  const top = random.pick(['#6fb1e6', '#79b8ea', '#5da5dc', '#8cc4ee']);
  const clouds = Array.from({ length: random.int(2, 4) }, () => {
    const cx = random.int(40, 760);
    const cy = random.int(40, 150);
    const w = random.int(50, 90);
    return `<ellipse cx="${cx}" cy="${cy}" rx="${w}" ry="${w * 0.32}" fill="#ffffff" opacity="0.85"/><ellipse cx="${cx + w * 0.4}" cy="${cy - 12}" rx="${w * 0.5}" ry="${w * 0.3}" fill="#ffffff" opacity="0.85"/>`;
  }).join('');
  return (
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="#e8f4fb"/></linearGradient></defs>` +
    `<rect width="800" height="420" fill="url(#sky)"/>` +
    `<circle cx="${random.int(560, 720)}" cy="${random.int(60, 110)}" r="34" fill="#fff3b0"/>` +
    clouds
  );
}

/** A coconut palm, leaning a little, its foot at (x, ground). */
export function palm(x: number, ground: number, height: number, random: Random): string {
  const lean = random.int(-40, 40);
  const topX = x + lean;
  const topY = ground - height;
  const fronds = [-150, -110, -70, -30, 10, 200, 160]
    .map((angle) => {
      const a = ((angle + random.int(-10, 10)) * Math.PI) / 180;
      const len = height * 0.45;
      const ex = Math.round(topX + Math.cos(a) * len);
      const ey = Math.round(topY + Math.sin(a) * len * 0.6 + len * 0.35);
      const mx = Math.round(topX + Math.cos(a) * len * 0.5);
      const my = Math.round(topY + Math.sin(a) * len * 0.5 - 10);
      return `<path d="M${topX} ${topY} Q${mx} ${my} ${ex} ${ey}" stroke="#2d7a2d" stroke-width="9" fill="none" stroke-linecap="round"/>`;
    })
    .join('');
  return (
    `<path d="M${x} ${ground} Q${x + lean * 0.2} ${ground - height * 0.5} ${topX} ${topY}" stroke="#8b6b3d" stroke-width="12" fill="none"/>` +
    fronds +
    `<circle cx="${topX - 6}" cy="${topY + 6}" r="7" fill="#6d4c1d"/><circle cx="${topX + 7}" cy="${topY + 8}" r="7" fill="#6d4c1d"/>`
  );
}

/** A bookshelf of coloured spines, its top-left corner at (x, y). */
export function bookshelf(x: number, y: number, width: number, height: number, random: Random): string {
  const shelves = 4;
  const rowHeight = height / shelves;
  let spines = '';
  for (let row = 0; row < shelves; row += 1) {
    let bx = x + 8;
    const base = y + (row + 1) * rowHeight - 6;
    while (bx < x + width - 18) {
      const w = random.int(7, 13);
      const h = random.int(Math.round(rowHeight * 0.55), Math.round(rowHeight * 0.8));
      spines += `<rect x="${bx}" y="${base - h}" width="${w}" height="${h}" fill="${random.pick(bookColours)}"/>`;
      bx += w + 2;
    }
  }
  const boards = Array.from(
    { length: shelves + 1 },
    (_, i) => `<rect x="${x}" y="${y + i * rowHeight - 6}" width="${width}" height="6" fill="#6d4c41"/>`,
  ).join('');
  return `<rect x="${x}" y="${y - 6}" width="${width}" height="${height + 6}" fill="#8d6e63"/>${spines}${boards}`;
}

/** The largest font size up to `max` at which `text` in DejaVu Sans (bold capitals when `capitals`) fits `width`. */
export function fitSize(text: string, width: number, max: number, capitals = false): number {
  return Math.min(max, Math.floor(width / (Math.max(1, text.length) * (capitals ? 0.74 : 0.62))));
}

/** The strip at the foot of every picture: what happened, then where and when. */
export function captionBand(line1: string, line2: string): string {
  return (
    `<rect x="0" y="508" width="800" height="92" fill="#10222e" opacity="0.88"/>` +
    `<text x="24" y="546" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${fitSize(line1, 752, 21)}" font-weight="bold" fill="#ffffff">${xml(line1)}</text>` +
    `<text x="24" y="580" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${fitSize(line2, 752, 18)}" fill="#d6e4ee">${xml(line2)}</text>`
  );
}

/** Shortens text to whole words within `max` characters, marking the cut with an ellipsis. */
export function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
