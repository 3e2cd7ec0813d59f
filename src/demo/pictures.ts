import {
  bookshelf,
  captionBand,
  fitSize,
  fitWords,
  palm,
  pictureSize,
  randomLook,
  seatedPerson,
  sky,
  standingPerson,
  xml,
} from './picture-parts';
import type { Random } from './random';

/**
 * The scenes a demo story's pictures show. `kelas`: a class in the reading room under a banner;
 * `halaman`: the library building with its signboard and people in front; `pesisir`: a fishing
 * village's shore; `kebun`: pepper vines on their poles, or hydroponic pipes.
 */
export type PictureScene = 'kelas' | 'halaman' | 'pesisir' | 'kebun_lada' | 'kebun_hidroponik';

export interface PictureSpec {
  scene: PictureScene;
  /** What the banner (kelas), signboard (halaman) or field board (kebun) reads; for kelas and halaman the library's name when absent. */
  sign?: string;
}

/** What a picture says at its foot. */
export interface PictureText {
  /** The activity shown, as its report is titled. */
  caption: string;
  /** The library and the day: "Perpusdes Cendil · 14 Agustus 2024". */
  credit: string;
  libraryName: string;
}

const font = 'font-family="DejaVu Sans, Liberation Sans, sans-serif"';

function centredText(x: number, y: number, size: number, text: string, colour: string): string {
  return `<text x="${x}" y="${y}" ${font} font-size="${size}" font-weight="bold" fill="${colour}" text-anchor="middle">${xml(text)}</text>`;
}

function kelas(random: Random, sign: string): string {
  const wall = random.pick(['#f3e5c9', '#e8f0e3', '#f6e0d2', '#e3ecf3']);
  const banner = random.pick(['#b71c1c', '#1565c0', '#2e7d32', '#6a1b9a', '#ad1457']);
  const tableTop = 380;
  const people = random.int(4, 6);
  const span = 470 / people;
  let seated = '';
  for (let i = 0; i < people; i += 1)
    seated += seatedPerson(Math.round(215 + span * (i + 0.5)), tableTop, 1 + random.between(-0.08, 0.08), randomLook(random));
  const books = Array.from({ length: random.int(3, 6) }, () => {
    const x = random.int(220, 640);
    return `<rect x="${x}" y="${tableTop - 10}" width="${random.int(26, 40)}" height="9" fill="${random.pick(['#e74c3c', '#3498db', '#f1c40f', '#2ecc71', '#ecf0f1'])}"/>`;
  }).join('');
  const standing = standingPerson(random.chance(0.5) ? 720 : 90, 500, 1.05, randomLook(random));
  return (
    `<rect width="800" height="600" fill="${wall}"/>` +
    `<rect y="420" width="800" height="100" fill="#b08d6a"/>` +
    `<rect x="590" y="150" width="150" height="120" fill="#bfe3f5" stroke="#ffffff" stroke-width="8"/>` +
    `<line x1="665" y1="150" x2="665" y2="270" stroke="#ffffff" stroke-width="6"/>` +
    bookshelf(30, 170, 120, 250, random) +
    `<rect x="110" y="36" width="580" height="86" rx="6" fill="${banner}"/>` +
    centredText(400, 78, fitSize(fitWords(sign, 40), 550, 27, true), fitWords(sign, 40).toUpperCase(), '#ffffff') +
    centredText(400, 108, 15, 'PROGRAM TPBIS · PERPUSTAKAAN BERBASIS INKLUSI SOSIAL', '#ffe9a8') +
    seated +
    `<rect x="190" y="${tableTop}" width="520" height="22" fill="#795548"/>` +
    `<rect x="205" y="${tableTop + 22}" width="14" height="90" fill="#5d4037"/><rect x="682" y="${tableTop + 22}" width="14" height="90" fill="#5d4037"/>` +
    books +
    standing
  );
}

function halaman(random: Random, sign: string): string {
  const wall = random.pick(['#f5deb3', '#e6f2e6', '#fbe3c4', '#dfeaf5']);
  const roof = random.pick(['#a93226', '#7b241c', '#1f618d', '#6e2c00']);
  const people = random.int(3, 6);
  let crowd = '';
  for (let i = 0; i < people; i += 1) {
    crowd += standingPerson(random.int(130, 680), random.int(490, 505), 0.82 + random.between(0, 0.2), randomLook(random));
  }
  return (
    sky(random) +
    `<rect y="400" width="800" height="200" fill="#7cb342"/>` +
    `<rect y="455" width="800" height="60" fill="#c9b18a"/>` +
    palm(random.int(40, 110), 440, random.int(230, 290), random) +
    palm(random.int(690, 760), 440, random.int(220, 280), random) +
    `<rect x="220" y="250" width="360" height="180" fill="${wall}"/>` +
    `<polygon points="190,255 400,150 610,255" fill="${roof}"/>` +
    `<rect x="370" y="330" width="60" height="100" fill="#6d4c41"/>` +
    `<rect x="250" y="320" width="80" height="60" fill="#bfe3f5" stroke="#ffffff" stroke-width="5"/>` +
    `<rect x="470" y="320" width="80" height="60" fill="#bfe3f5" stroke="#ffffff" stroke-width="5"/>` +
    `<rect x="255" y="262" width="290" height="44" rx="4" fill="#0b5345"/>` +
    centredText(400, 291, fitSize(fitWords(sign, 32), 270, 20, true), fitWords(sign, 32).toUpperCase(), '#ffffff') +
    crowd
  );
}

function pesisir(random: Random): string {
  const boats = Array.from({ length: random.int(2, 4) }, (_, i) => {
    const x = 80 + i * 190 + random.int(-20, 20);
    const y = 330 + random.int(-10, 20);
    const hull = random.pick(['#c0392b', '#2874a6', '#f4d03f', '#239b56', '#ffffff']);
    return (
      `<polygon points="${x},${y} ${x + 130},${y} ${x + 110},${y + 26} ${x + 18},${y + 26}" fill="${hull}" stroke="#1b2631" stroke-width="3"/>` +
      `<rect x="${x + 45}" y="${y - 30}" width="40" height="30" fill="#f8f9f9" stroke="#1b2631" stroke-width="2"/>`
    );
  }).join('');
  const waves = Array.from(
    { length: 8 },
    (_, i) => `<path d="M${i * 110 - 20} ${300 + (i % 3) * 30} q25 -10 50 0 t50 0" stroke="#d6eaf8" stroke-width="3" fill="none"/>`,
  ).join('');
  let crowd = '';
  for (let i = 0, n = random.int(2, 4); i < n; i += 1) crowd += standingPerson(random.int(180, 650), 495, 0.85, randomLook(random));
  return (
    sky(random) +
    `<rect y="280" width="800" height="120" fill="#2e86c1"/>` +
    waves +
    boats +
    `<path d="M0 390 Q400 370 800 395 L800 600 L0 600 Z" fill="#f0d9a7"/>` +
    `<rect x="600" y="300" width="14" height="100" fill="#6d4c41"/><rect x="680" y="300" width="14" height="100" fill="#6d4c41"/>` +
    `<rect x="580" y="230" width="140" height="75" fill="#d7ccc8"/><polygon points="570,235 650,190 730,235" fill="#8d6e63"/>` +
    palm(random.int(30, 90), 430, random.int(220, 260), random) +
    crowd
  );
}

/** A line of forest on the horizon, behind fields. */
function treeLine(random: Random): string {
  let trees = '';
  for (let x = -20; x < 820; x += random.int(34, 52)) {
    trees += `<circle cx="${x}" cy="${395 - random.int(0, 30)}" r="${random.int(30, 44)}" fill="${random.pick(['#2e7d32', '#388e3c', '#1b5e20'])}"/>`;
  }
  return trees;
}

/** A wooden board on a post, for a field's name. */
function fieldSign(sign: string): string {
  const text = fitWords(sign, 30).toUpperCase();
  return (
    `<rect x="676" y="380" width="10" height="120" fill="#5d4037"/>` +
    `<rect x="560" y="330" width="230" height="58" rx="4" fill="#f5e6c8" stroke="#5d4037" stroke-width="4"/>` +
    `<text x="675" y="365" ${font} font-size="${fitSize(text, 210, 16, true)}" font-weight="bold" fill="#3e2723" text-anchor="middle">${xml(text)}</text>`
  );
}

function kebun(random: Random, hydroponic: boolean, sign: string | undefined): string {
  let rows = '';
  if (hydroponic) {
    for (let r = 0; r < 3; r += 1) {
      const y = 300 + r * 55;
      rows += `<rect x="140" y="${y}" width="520" height="18" rx="9" fill="#f2f3f4" stroke="#b3b6b7"/>`;
      for (let x = 165; x < 650; x += 42) {
        rows += `<circle cx="${x}" cy="${y - 6}" r="${random.int(12, 17)}" fill="${random.pick(['#58d68d', '#2ecc71', '#82e0aa'])}"/>`;
      }
    }
    rows += `<rect x="150" y="300" width="8" height="170" fill="#7f8c8d"/><rect x="640" y="300" width="8" height="170" fill="#7f8c8d"/>`;
  } else {
    for (let x = 150; x <= 650; x += 100) {
      const top = 250 + random.int(-15, 15);
      rows += `<rect x="${x - 6}" y="${top}" width="12" height="${470 - top}" fill="#6e4b2a"/>`;
      for (let y = top + 10; y < 450; y += 26) {
        rows += `<ellipse cx="${x + random.int(-14, 14)}" cy="${y}" rx="${random.int(18, 26)}" ry="13" fill="${random.pick(['#1e8449', '#239b56', '#27ae60'])}"/>`;
      }
      rows += `<circle cx="${x + 10}" cy="${top + 60}" r="4" fill="#c0392b"/><circle cx="${x - 8}" cy="${top + 110}" r="4" fill="#c0392b"/>`;
    }
  }
  let crowd = '';
  // People stand clear of the field's board.
  for (let i = 0, n = random.int(2, 4); i < n; i += 1)
    crowd += standingPerson(random.int(90, sign ? 520 : 710), 505, 0.9, randomLook(random));
  return (
    sky(random) +
    treeLine(random) +
    `<rect y="400" width="800" height="200" fill="#8d6e4a"/>` +
    `<rect y="430" width="800" height="90" fill="#a1887f"/>` +
    rows +
    (sign ? fieldSign(sign) : '') +
    crowd
  );
}

/**
 * One picture of a story, as SVG of 800 × 600: the scene, then the strip naming the activity,
 * the library and the day. The same spec, text and random stream always draw the same picture.
 */
export function composePicture(spec: PictureSpec, text: PictureText, random: Random): string {
  const sign = spec.sign ?? text.libraryName;
  const scene = {
    kelas: () => kelas(random, sign),
    halaman: () => halaman(random, sign),
    pesisir: () => pesisir(random),
    kebun_lada: () => kebun(random, false, spec.sign),
    kebun_hidroponik: () => kebun(random, true, spec.sign),
  }[spec.scene]();
  const { width, height } = pictureSize;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    scene +
    captionBand(fitWords(text.caption, 72), fitWords(text.credit, 80)) +
    `</svg>`
  );
}
