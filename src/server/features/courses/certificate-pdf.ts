import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { formatDate } from '#domain/calendar';
import { formatCertificateCode } from '#domain/course-scoring';
import type { CourseCertificateRow } from './course.table';

// The certificate: one Indonesian A4 page in landscape, for the library's wall. Its QR code
// carries the public page that confirms it, so anyone can check it without signing in.

const page = { width: 841.89, height: 595.28 };
const green = '#1f5f3a';
const grey = '#555555';

/** `verifyUrl` is the public page of this certificate, e.g. `https://sim.example/sertifikat/7K2M9QXD4TPA`. */
export async function certificatePdf(certificate: CourseCertificateRow, verifyUrl: string): Promise<Buffer> {
  const png = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 360 });
  // Without its alpha channel the code is one plain picture in the PDF, as printers and readers expect.
  const qr = await sharp(png).flatten({ background: '#ffffff' }).png().toBuffer();
  // Margins of zero: every line is placed by hand, so none can spill onto a second page.
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `Sertifikat Elis ${certificate.course_title}`, Author: 'SIM TPBIS', Subject: certificate.code },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc
    .rect(22, 22, page.width - 44, page.height - 44)
    .lineWidth(3)
    .strokeColor(green)
    .stroke();
  doc
    .rect(32, 32, page.width - 64, page.height - 64)
    .lineWidth(0.8)
    .strokeColor(green)
    .stroke();

  const line = (text: string, y: number, p: { size: number; font?: string; color?: string; height?: number; width?: number }) => {
    const width = p.width ?? 680;
    doc
      .font(p.font ?? 'Helvetica')
      .fontSize(p.size)
      .fillColor(p.color ?? '#000')
      .text(text, (page.width - width) / 2, y, { width, align: 'center', height: p.height ?? p.size * 1.4, ellipsis: true });
  };

  line('SIM TPBIS · Elis — E-learning Inklusi Sosial', 62, { size: 11, color: grey });
  line('Program Transformasi Perpustakaan Berbasis Inklusi Sosial', 78, { size: 11, color: grey });
  line('SERTIFIKAT', 112, { size: 38, font: 'Helvetica-Bold', color: green });
  line('diberikan kepada', 178, { size: 14, color: grey });
  line(certificate.learner_name, 202, { size: 28, font: 'Helvetica-Bold', height: 40 });
  if (certificate.library_name) line(certificate.library_name, 244, { size: 15 });
  line('yang telah menyelesaikan seluruh pelajaran dan lulus seluruh kuis pada kursus', 284, { size: 14, color: grey });
  line(certificate.course_title, 308, { size: 20, font: 'Helvetica-Bold', height: 54, width: 620 });

  const tanggal = formatDate(certificate.issued_on, 'id-ID', 'long');
  const code = formatCertificateCode(certificate.code);
  doc.font('Helvetica').fontSize(12).fillColor('#000');
  doc.text(`Diterbitkan pada ${tanggal}`, 70, 420, { width: 520, height: 18 });
  doc.font('Helvetica-Bold').text(`Kode sertifikat: ${code}`, 70, 442, { width: 520, height: 18 });
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(grey)
    .text('Keaslian sertifikat ini dapat diperiksa siapa saja, tanpa masuk ke SIM, dengan memindai kode QR atau membuka:', 70, 470, {
      width: 520,
      height: 28,
    });
  doc.fillColor(green).text(verifyUrl, 70, 498, { width: 520, height: 14, ellipsis: true, link: verifyUrl, underline: true });

  doc.image(qr, page.width - 70 - 120, 400, { width: 120, height: 120 });
  doc
    .fontSize(8)
    .fillColor(grey)
    .text('Pindai untuk memeriksa', page.width - 70 - 130, 524, { width: 140, align: 'center', height: 12 });
  doc.end();
  return done;
}
