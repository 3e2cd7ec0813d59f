import { CommentText } from '#domain/audit';
import type { Practice } from '#domain/practices';
import { formatDateTime } from '#web/features/activities/format.ts';
import { TextForm } from '#web/features/activities/detail/TextForm.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { commentOnPractice } from './api';
import { threadOf } from './history';
import './messages.ts';
import '#web/i18n/pages.ts';

/** The conversation about a story: a return's reason, the notes sent with it again, and comments. */
export function PracticeThread({ practice, onCommented }: { practice: Practice; onCommented: () => Promise<void> }) {
  const { t, locale } = useLanguage();
  const sending = useSubmit();
  const said = threadOf(practice.history);
  const mayComment = practice.allowed.includes('comment');
  if (said.length === 0 && !mayComment) return null;

  const send = async (text: string): Promise<boolean> => {
    const sent = await sending.run(async () => {
      await commentOnPractice(practice.id, text);
      await onCommented();
    });
    return sent.ok;
  };

  return (
    <section aria-labelledby="practice-thread">
      <h2 id="practice-thread">{t('practice.thread')}</h2>
      {said.length === 0 ? (
        <p>{t('activity.noComments')}</p>
      ) : (
        <ul className="comments">
          {said.map((event) => (
            <li key={event.id} className="comment">
              <p className="comment__meta">
                <strong>{event.actor.displayName ?? event.actor.username}</strong> · {t(`practice.history.${event.kind}`)} ·{' '}
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </p>
              <p className="quote">{event.comment}</p>
            </li>
          ))}
        </ul>
      )}
      {mayComment && (
        <>
          {sending.error && <ErrorNotice error={sending.error} fieldIds={{ text: 'practice-comment-text' }} />}
          <TextForm
            id="practice-comment-text"
            label={t('activity.commentLabel')}
            submitLabel={t('activity.commentSubmit')}
            busy={sending.busy}
            schema={CommentText}
            field="text"
            onSubmit={send}
            clearAfter
          />
        </>
      )}
    </section>
  );
}
