import { registerMessages } from '#web/i18n/registry.ts';

/**
 * The words of the notifications page and of the account page's mail settings, loaded with them
 * rather than on the first visit (the bell in the header says only its two words, in `id.ts`).
 * Every file of this feature that speaks imports this module, so its words are there before it renders.
 */
export const notificationWords = registerMessages({
  id: {
    'notifications.title': 'Notifikasi',
    'notifications.bellUnread': 'Notifikasi: {count} belum dibaca',
    'notifications.intro': 'Kabar tentang laporan, kisah, kendala, dan kursus Anda. Buka satu untuk melihat hal yang dimaksud.',
    'notifications.unread': '{count} belum dibaca',
    'notifications.allRead': 'Semua sudah dibaca.',
    'notifications.markAll': 'Tandai semua sudah dibaca',
    'notifications.marking': 'Menandai…',
    'notifications.none': 'Belum ada notifikasi. Kabar tentang laporan dan kegiatan Anda akan muncul di sini.',
    'notifications.new': 'Baru',
    'notifications.list': 'Daftar notifikasi',
    'notifications.older': 'Tampilkan yang lebih lama',
    'notifications.end': 'Itu semua notifikasi Anda.',
    'mail.title': 'Surel pemberitahuan',
    'mail.intro': 'Notifikasi yang sama dapat dikirim juga ke surel Anda.',
    'mail.address': 'Alamat surel',
    'mail.addressHint': 'Kosongkan untuk tidak menerima surel.',
    'mail.switch': 'Kirim notifikasi ke surel saya',
    'mail.save': 'Simpan pengaturan surel',
    'mail.saving': 'Menyimpan…',
    'mail.saved': 'Pengaturan surel sudah disimpan.',
    'field.email': 'Alamat surel',
    'field.emailNotifications': 'Kirim notifikasi ke surel',
    'issue.invalid_format.email': 'Tulis alamat surel yang lengkap, misalnya nama@contoh.id.',
  } as const,
  en: {
    'notifications.title': 'Notifications',
    'notifications.bellUnread': 'Notifications: {count} unread',
    'notifications.intro': 'News about your reports, stories, problems and courses. Open one to see what it is about.',
    'notifications.unread': '{count} unread',
    'notifications.allRead': 'All read.',
    'notifications.markAll': 'Mark all as read',
    'notifications.marking': 'Marking…',
    'notifications.none': 'No notifications yet. News about your reports and activities will appear here.',
    'notifications.new': 'New',
    'notifications.list': 'Notification list',
    'notifications.older': 'Show older ones',
    'notifications.end': 'That is all your notifications.',
    'mail.title': 'Notification e-mail',
    'mail.intro': 'The same notifications can also be sent to your e-mail.',
    'mail.address': 'E-mail address',
    'mail.addressHint': 'Leave empty to receive no e-mail.',
    'mail.switch': 'Send notifications to my e-mail',
    'mail.save': 'Save e-mail settings',
    'mail.saving': 'Saving…',
    'mail.saved': 'E-mail settings saved.',
    'field.email': 'E-mail address',
    'field.emailNotifications': 'Send notifications by e-mail',
    'issue.invalid_format.email': 'Write the whole e-mail address, for example name@example.org.',
  },
});
