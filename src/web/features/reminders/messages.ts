import { registerMessages } from '#web/i18n/registry.ts';

/** The words of reminding silent libraries (on the completeness screen), loaded with it. */
export const reminderWords = registerMessages({
  id: {
    'reminders.open': 'Ingatkan {count} perpustakaan',
    'reminders.noneChosen': 'Pilih perpustakaan yang akan diingatkan.',
    'reminders.title': 'Kirim pengingat',
    'reminders.intro':
      'Pengelola perpustakaan yang dipilih menerima pengingat di SIM TPBIS (dan e-mail jika ada alamatnya). Anda juga mendapat pesan WhatsApp yang siap dikirim.',
    'reminders.message': 'Pesan',
    'reminders.messageHint': 'Kosongkan untuk memakai pesan baku yang menyebut nama tiap perpustakaan.',
    'reminders.submit': 'Kirim pengingat',
    'reminders.cancel': 'Batal',
    'reminders.sent': 'Pengingat terkirim ke {count} perpustakaan.',
    'reminders.notified': '{count} pengelola diberi tahu di aplikasi',
    'reminders.nobody': 'Belum ada akun pengelola: kirim lewat WhatsApp',
    'reminders.whatsapp': 'Kirim lewat WhatsApp ke {name}',
    'reminders.whatsappNoNumber': 'Buka WhatsApp untuk {name} (nomor belum tercatat)',
    'reminders.copy': 'Salin pesan',
    'reminders.copied': 'Pesan disalin.',
    'reminders.done': 'Selesai',
  } as const,
  en: {
    'reminders.open': 'Remind {count} libraries',
    'reminders.noneChosen': 'Choose the libraries to remind.',
    'reminders.title': 'Send a reminder',
    'reminders.intro':
      'The managers of the chosen libraries get the reminder in SIM TPBIS (and by e-mail where they have an address). You also get a WhatsApp message ready to send.',
    'reminders.message': 'Message',
    'reminders.messageHint': 'Leave empty for the standard message, which names each library.',
    'reminders.submit': 'Send reminder',
    'reminders.cancel': 'Cancel',
    'reminders.sent': 'Reminder sent to {count} libraries.',
    'reminders.notified': '{count} managers told in the app',
    'reminders.nobody': 'No manager account yet: send it on WhatsApp',
    'reminders.whatsapp': 'Send on WhatsApp to {name}',
    'reminders.whatsappNoNumber': 'Open WhatsApp for {name} (no number on record)',
    'reminders.copy': 'Copy message',
    'reminders.copied': 'Message copied.',
    'reminders.done': 'Done',
  },
});
