import { describe, expect, it } from 'vitest';
import { linkOf, NotificationEvent } from './notification-events';
import { notificationMail, notificationText, quoted, quotedLength } from './notification-texts';

const returned = NotificationEvent.parse({ kind: 'report_returned', activityId: 7, title: 'Kelas menjahit', comment: 'Foto belum ada.' });

describe('notification words', () => {
  it('say the same thing in Indonesian and in English', () => {
    expect(notificationText(returned, 'id')).toBe('Laporan “Kelas menjahit” dikembalikan untuk diperbaiki: “Foto belum ada.”');
    expect(notificationText(returned, 'en')).toBe('Your report “Kelas menjahit” was returned for correction: “Foto belum ada.”');
    const action = NotificationEvent.parse({
      kind: 'action_assigned',
      problemId: 3,
      title: 'Sinyal',
      what: 'Hubungi operator',
      dueDate: '2024-10-15',
    });
    expect(notificationText(action, 'id')).toBe('Tindak lanjut untuk Anda pada kendala “Sinyal”: Hubungi operator (tenggat 2024-10-15)');
    expect(notificationText(action, 'en')).toBe('A follow-up for you on the problem “Sinyal”: Hubungi operator (due 2024-10-15)');
    const reminder = NotificationEvent.parse({ kind: 'reminder', message: 'Mohon laporkan kegiatan Juni.', by: 'Runi' });
    expect(notificationText(reminder, 'id')).toBe('Pengingat dari Runi: Mohon laporkan kegiatan Juni.');
    expect(notificationText(reminder, 'en')).toBe('Reminder from Runi: Mohon laporkan kegiatan Juni.');
  });

  it('every kind has words in both languages, and they differ', () => {
    const samples: NotificationEvent[] = [
      returned,
      { kind: 'report_verified', activityId: 1, title: 'T' },
      { kind: 'report_commented', activityId: 1, title: 'T', comment: 'c', by: 'B' },
      { kind: 'story_returned', practiceId: 1, title: 'T', comment: 'c' },
      { kind: 'story_published', practiceId: 1, title: 'T' },
      { kind: 'story_featured', practiceId: 1, title: 'T' },
      { kind: 'story_commented', practiceId: 1, title: 'T', comment: 'c', by: 'B' },
      { kind: 'problem_raised', problemId: 1, title: 'T', partner: 'P' },
      { kind: 'problem_commented', problemId: 1, title: 'T', comment: 'c', by: 'B' },
      { kind: 'action_assigned', problemId: 1, title: 'T', what: 'w', dueDate: '2024-01-01' },
      { kind: 'certificate_issued', course: 'C', code: 'ABCDEFGHJKMN' },
      { kind: 'reminder', message: 'm' },
    ];
    expect(new Set(samples.map((s) => s.kind)).size).toBe(NotificationEvent.options.length);
    for (const event of samples) {
      const [id, en] = [notificationText(event, 'id'), notificationText(event, 'en')];
      expect(id.length, event.kind).toBeGreaterThan(5);
      expect(en, event.kind).not.toBe(id);
      expect(notificationMail(event, 'en', 'https://x/y').subject).not.toBe(notificationMail(event, 'id', 'https://x/y').subject);
    }
  });

  it('cut a long comment to a glance, on one line', () => {
    const long = `Baris satu\n\n${'kata '.repeat(100)}`;
    const cut = quoted(long);
    expect(cut.length).toBe(quotedLength);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('\n');
  });

  it('a mail ends with the link to open and why it came, in the same language', () => {
    const mail = notificationMail(returned, 'id', 'https://sim.example/kegiatan/7');
    expect(mail.subject).toBe('SIM TPBIS: Laporan dikembalikan');
    expect(mail.text).toContain('Buka: https://sim.example/kegiatan/7');
    expect(mail.text).toContain('halaman Akun');
    expect(notificationMail(returned, 'en', 'https://sim.example/kegiatan/7').text).toContain('Open: https://sim.example/kegiatan/7');
  });

  it('link to what they are about', () => {
    expect(linkOf(returned)).toBe('/kegiatan/7');
    expect(linkOf({ kind: 'story_featured', practiceId: 4, title: 'T' })).toBe('/praktik-baik/4');
    expect(linkOf({ kind: 'problem_raised', problemId: 5, title: 'T', partner: 'P' })).toBe('/kendala/5');
    expect(linkOf({ kind: 'certificate_issued', course: 'C', code: 'ABCDEFGHJKMN' })).toBe('/sertifikat/ABCDEFGHJKMN');
    expect(linkOf({ kind: 'reminder', message: 'm' })).toBe('/lapor');
  });
});
