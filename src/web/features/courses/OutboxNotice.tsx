import { useLanguage } from '#web/i18n/language.tsx';
import { isWaiting } from './outbox/outbox';
import { useElisOutbox } from './outbox/useElisOutbox';
import './messages.ts';

/** What of this course waits on the device, said plainly, with a way to try sending now. */
export function OutboxNotice({ courseId }: { courseId: number }) {
  const { t } = useLanguage();
  const { entries, send } = useElisOutbox();
  const waiting = entries.filter((e) => e.courseId === courseId && isWaiting(e));
  if (waiting.length === 0) return null;
  const lessons = waiting.filter((e) => e.kind === 'lesson').length;
  const quizzes = waiting.length - lessons;
  return (
    <div className="notice notice--warning" role="status">
      <p className="notice__title">{t('elis.outbox.title')}</p>
      <p>{t('elis.outbox.counts', { lessons, quizzes })}</p>
      <button type="button" className="button button--secondary" onClick={() => void send()}>
        {t('elis.outbox.sendNow')}
      </button>
    </div>
  );
}
