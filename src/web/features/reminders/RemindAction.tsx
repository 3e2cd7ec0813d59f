import { useState } from 'react';
import type { SilentPartner } from '#domain/completeness';
import { ReminderBody, type ReminderResponse } from '#domain/reminders';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { sendReminders } from './api';
import './messages.ts';
import './reminders.css';

/**
 * Reminding the silent libraries chosen in the list: an optional message, one press, then per
 * library who was told in the app and a WhatsApp message ready to send (with the manager's number
 * when it is on record), because WhatsApp is where village managers read.
 */
interface RemindActionProps {
  chosen: SilentPartner[];
  onDone: () => void;
  /** What the last reminder reached, kept by the screen: the list below refreshes once it is sent. */
  sent: ReminderResponse | null;
  onSent: (sent: ReminderResponse | null) => void;
}

export function RemindAction({ chosen, onDone, sent, onSent: setSent }: RemindActionProps) {
  const { t, locale } = useLanguage();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const sending = useSubmit();

  if (sent) return <ReminderOutcomes sent={sent} onClose={() => setSent(null)} />;
  if (!open) {
    return (
      <button type="button" className="button" disabled={chosen.length === 0} onClick={() => setOpen(true)}>
        {t('reminders.open', { count: chosen.length.toLocaleString(locale) })}
      </button>
    );
  }

  const send = async () => {
    const body = { partnerIds: chosen.map((p) => p.partnerId), ...(message.trim() ? { message } : {}) };
    const result = await sending.submit(checked(ReminderBody.safeParse(body)), sendReminders);
    if (!result.ok) return;
    setSent(result.value);
    setOpen(false);
    setMessage('');
    onDone();
  };

  return (
    <section className="reminder-form" aria-labelledby="reminder-title">
      <h3 id="reminder-title">{t('reminders.title')}</h3>
      <p>{t('reminders.intro')}</p>
      {sending.error && <ErrorNotice error={sending.error} fieldIds={{ message: 'reminder-message' }} />}
      <Field
        id="reminder-message"
        label={t('reminders.message')}
        hint={t('reminders.messageHint')}
        error={sending.fieldErrors.message}
        optional
      >
        {(control) => <textarea {...control} rows={4} maxLength={500} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <p className="actions">
        <button type="button" className="button" disabled={sending.busy} onClick={() => void send()}>
          {t('reminders.submit')}
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('reminders.cancel')}
        </button>
      </p>
    </section>
  );
}

function ReminderOutcomes({ sent, onClose }: { sent: ReminderResponse; onClose: () => void }) {
  const { t, locale } = useLanguage();
  const [copied, setCopied] = useState(false);
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    // Announced when it appears; a status role on the heading itself would hide it as a heading.
    <section className="reminder-form" aria-labelledby="reminder-sent" aria-live="polite">
      <h3 id="reminder-sent">{t('reminders.sent', { count: sent.items.length.toLocaleString(locale) })}</h3>
      <ul className="reminder-outcomes">
        {sent.items.map((item) => {
          const text = new URL(item.whatsapp).searchParams.get('text') ?? '';
          return (
            <li key={item.partnerId}>
              <strong>{item.name}</strong>
              <span>{item.notified > 0 ? t('reminders.notified', { count: item.notified }) : t('reminders.nobody')}</span>
              <a className="button button--quiet" href={item.whatsapp} target="_blank" rel="noopener noreferrer">
                {item.phone ? t('reminders.whatsapp', { name: item.name }) : t('reminders.whatsappNoNumber', { name: item.name })}
              </a>
              <button type="button" className="button button--quiet" onClick={() => void copy(text)}>
                {t('reminders.copy')}
              </button>
            </li>
          );
        })}
      </ul>
      {copied && <p role="status">{t('reminders.copied')}</p>}
      <button type="button" className="button" onClick={onClose}>
        {t('reminders.done')}
      </button>
    </section>
  );
}
