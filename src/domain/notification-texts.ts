import type { NotificationEvent } from './notification-events';
import type { Language } from './accounts';

/**
 * The words of each notification, in Indonesian and English, written when it is read or
 * mailed, in the recipient's language. Server-only in practice: the web app shows the `text`
 * the API sends, so none of this reaches the first-visit bundle.
 */

/** A comment shown in a notification is cut to a glance; the whole of it is on the page the link opens. */
export const quotedLength = 200;

export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= quotedLength ? flat : `${flat.slice(0, quotedLength - 1).trimEnd()}…`;
}

type Texts = { [K in NotificationEvent['kind']]: (e: Extract<NotificationEvent, { kind: K }>) => string };

const indonesian: Texts = {
  report_returned: (e) => `Laporan “${e.title}” dikembalikan untuk diperbaiki: “${quoted(e.comment)}”`,
  report_verified: (e) => `Laporan “${e.title}” sudah diverifikasi.`,
  report_commented: (e) => `${e.by} mengomentari laporan “${e.title}”: “${quoted(e.comment)}”`,
  story_returned: (e) => `Kisah “${e.title}” dikembalikan untuk diperbaiki: “${quoted(e.comment)}”`,
  story_published: (e) => `Kisah “${e.title}” sudah diterbitkan dan dapat dibaca semua mitra.`,
  story_featured: (e) => `Kisah “${e.title}” dipilih sebagai kisah unggulan.`,
  story_commented: (e) => `${e.by} mengomentari kisah “${e.title}”: “${quoted(e.comment)}”`,
  problem_raised: (e) => `Kendala baru di ${e.partner}: “${e.title}”`,
  problem_commented: (e) => `${e.by} mengomentari kendala “${e.title}”: “${quoted(e.comment)}”`,
  action_assigned: (e) => `Tindak lanjut untuk Anda pada kendala “${e.title}”: ${quoted(e.what)} (tenggat ${e.dueDate})`,
  certificate_issued: (e) => `Selamat! Sertifikat kursus “${e.course}” sudah terbit (kode ${e.code}).`,
  reminder: (e) => (e.by ? `Pengingat dari ${e.by}: ${e.message}` : `Pengingat: ${e.message}`),
};

const english: Texts = {
  report_returned: (e) => `Your report “${e.title}” was returned for correction: “${quoted(e.comment)}”`,
  report_verified: (e) => `Your report “${e.title}” is verified.`,
  report_commented: (e) => `${e.by} commented on the report “${e.title}”: “${quoted(e.comment)}”`,
  story_returned: (e) => `Your story “${e.title}” was returned for correction: “${quoted(e.comment)}”`,
  story_published: (e) => `Your story “${e.title}” is published: every partner can read it.`,
  story_featured: (e) => `Your story “${e.title}” was chosen as a featured story.`,
  story_commented: (e) => `${e.by} commented on the story “${e.title}”: “${quoted(e.comment)}”`,
  problem_raised: (e) => `New problem at ${e.partner}: “${e.title}”`,
  problem_commented: (e) => `${e.by} commented on the problem “${e.title}”: “${quoted(e.comment)}”`,
  action_assigned: (e) => `A follow-up for you on the problem “${e.title}”: ${quoted(e.what)} (due ${e.dueDate})`,
  certificate_issued: (e) => `Congratulations! Your certificate for the course “${e.course}” is issued (code ${e.code}).`,
  reminder: (e) => (e.by ? `Reminder from ${e.by}: ${e.message}` : `Reminder: ${e.message}`),
};

const texts: Record<Language, Texts> = { id: indonesian, en: english };

export function notificationText(event: NotificationEvent, language: Language): string {
  const write = texts[language][event.kind] as (e: NotificationEvent) => string;
  return write(event);
}

/** A mail's subject: short, so a phone's inbox shows what happened. */
const subjects: Record<Language, Record<NotificationEvent['kind'], string>> = {
  id: {
    report_returned: 'Laporan dikembalikan',
    report_verified: 'Laporan diverifikasi',
    report_commented: 'Komentar pada laporan Anda',
    story_returned: 'Kisah dikembalikan',
    story_published: 'Kisah diterbitkan',
    story_featured: 'Kisah unggulan',
    story_commented: 'Komentar pada kisah Anda',
    problem_raised: 'Kendala baru',
    problem_commented: 'Komentar pada kendala',
    action_assigned: 'Tindak lanjut untuk Anda',
    certificate_issued: 'Sertifikat terbit',
    reminder: 'Pengingat laporan',
  },
  en: {
    report_returned: 'Report returned',
    report_verified: 'Report verified',
    report_commented: 'A comment on your report',
    story_returned: 'Story returned',
    story_published: 'Story published',
    story_featured: 'Featured story',
    story_commented: 'A comment on your story',
    problem_raised: 'New problem',
    problem_commented: 'A comment on a problem',
    action_assigned: 'A follow-up for you',
    certificate_issued: 'Certificate issued',
    reminder: 'Reporting reminder',
  },
};

/** The mail of a notification: subject, and a plain-text body that ends with the link to open. */
export function notificationMail(event: NotificationEvent, language: Language, url: string): { subject: string; text: string } {
  const open = language === 'id' ? 'Buka' : 'Open';
  const why =
    language === 'id'
      ? 'Anda menerima surel ini dari SIM TPBIS. Surel pemberitahuan dapat dimatikan di halaman Akun.'
      : 'You receive this e-mail from SIM TPBIS. Notification e-mails can be switched off on the Account page.';
  return {
    subject: `SIM TPBIS: ${subjects[language][event.kind]}`,
    text: `${notificationText(event, language)}\n\n${open}: ${url}\n\n-- \n${why}\n`,
  };
}
