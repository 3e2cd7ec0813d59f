import type { ProblemCategory, ProblemStatus } from '#domain/problems';
import { printable } from '#server/features/practices/printable';
import type { GatheringPack, PackProblem, PackStory } from './pack';
import { accent, ensure, heading, left, number, right, strategyName, tanggal, width, type Doc } from './pack-pdf-layout';

// The pack's agenda pages: the stories shared, each with its photo, and the problems worked on,
// with their status and actions.

const categoryName: Record<ProblemCategory, string> = {
  sdm: 'Sumber daya manusia',
  anggaran: 'Anggaran',
  koleksi: 'Koleksi',
  sarana_tik: 'Sarana TIK',
  dukungan_pemda: 'Dukungan pemerintah daerah',
  partisipasi: 'Partisipasi masyarakat',
  pelaporan: 'Pelaporan',
  lainnya: 'Lainnya',
};
const statusName: Record<ProblemStatus, string> = { terbuka: 'Terbuka', ditangani: 'Ditangani', selesai: 'Selesai', ditutup: 'Ditutup' };
const statusHex: Record<ProblemStatus, string> = { terbuka: '#b3261e', ditangani: '#b7860b', selesai: '#1f7a3a', ditutup: '#555555' };

const photoBox = { width: 170, height: 120 } as const;
/** A story starts on a page with room for its photo. */
const storyRoom = photoBox.height + 16;

function story(doc: Doc, s: PackStory, index: number): void {
  const textX = s.photo ? left + photoBox.width + 14 : left;
  const textWidth = right - textX;
  // At most this much of a summary: the pack shows what a story is about, the booklet tells it.
  const summaryHeight = 110;
  ensure(doc, storyRoom);
  const y = doc.y;
  if (s.photo) doc.image(s.photo, left, y, { fit: [photoBox.width, photoBox.height], align: 'center' });
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor('#000')
    .text(`${index + 1}. ${printable(s.title)}`, textX, y, { width: textWidth });
  doc.moveDown(0.15).font('Helvetica').fontSize(9).fillColor(accent).text(printable(s.partnerName), { width: textWidth });
  doc.fillColor('#555').fontSize(8).text(printable(s.place), { width: textWidth });
  if (s.strategy) doc.text(strategyName[s.strategy], { width: textWidth });
  doc.moveDown(0.3).fontSize(9.5).fillColor('#222').text(printable(s.summary), { width: textWidth, height: summaryHeight, ellipsis: true });
  doc.text('', left, Math.max(doc.y, y + (s.photo ? photoBox.height : 0)) + 14);
}

export function stories(doc: Doc, p: GatheringPack): void {
  if (p.stories.length === 0) return;
  heading(doc, 'Praktik baik yang dibagikan', `${number(p.stories.length)} kisah mitra pada agenda gathering ini.`, storyRoom);
  p.stories.forEach((s, i) => story(doc, s, i));
}

/** Room for a problem's title, library, status and first action: never split from one another. */
const problemRoom = 90;

function problem(doc: Doc, pr: PackProblem, index: number): void {
  ensure(doc, problemRoom);
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor('#000')
    .text(`${index + 1}. ${printable(pr.title)}`, left, doc.y, { width });
  doc.moveDown(0.15).font('Helvetica').fontSize(9).fillColor(accent).text(printable(pr.partnerName), { width, continued: true });
  doc.fillColor('#555').text(` · ${printable(pr.place)}`);
  doc.moveDown(0.2).fontSize(9.5).fillColor('#000').text(`Kategori: ${categoryName[pr.category]} · Status: `, { width, continued: true });
  doc.font('Helvetica-Bold').fillColor(statusHex[pr.status]).text(statusName[pr.status]);
  if (pr.resolution) {
    doc.moveDown(0.2).font('Helvetica-Bold').fillColor('#000').text('Penyelesaian: ', { width, continued: true });
    doc.font('Helvetica').text(printable(pr.resolution));
  }
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(9.5).fillColor('#000');
  if (pr.actions.length === 0) {
    doc.font('Helvetica').fillColor('#555').text('Belum ada tindak lanjut.', { width });
  } else {
    doc.text('Tindak lanjut:', { width });
    for (const a of pr.actions) {
      ensure(doc, 14);
      const state = a.done ? 'selesai' : a.overdue ? 'terlambat' : 'belum selesai';
      const stateHex = a.done ? '#1f7a3a' : a.overdue ? '#b3261e' : '#555';
      doc
        .font('Helvetica')
        .fillColor('#000')
        .text(`• ${printable(a.what)} — ${printable(a.owner)}, tenggat ${tanggal(a.dueDate)} · `, left + 8, doc.y, {
          width: width - 8,
          continued: true,
        });
      doc.font('Helvetica-Bold').fillColor(stateHex).text(state);
    }
  }
  doc.text('', left, doc.y + 12);
}

export function problems(doc: Doc, p: GatheringPack): void {
  if (p.problems.length === 0) return;
  heading(
    doc,
    'Pemecahan masalah',
    `${number(p.problems.length)} kendala mitra yang dibahas, dengan status dan tindak lanjutnya.`,
    problemRoom,
  );
  p.problems.forEach((pr, i) => problem(doc, pr, i));
}
