import { Comment, type Activity } from '#domain/activities';
import { commentOnActivity } from '#web/features/activities/api.ts';
import { formatDateTime } from '#web/features/activities/format.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { TextForm } from './TextForm';
import '#web/i18n/pages.ts';

/** The conversation about a report: return comments, notes sent with a submit, reasons to reopen, and comments. */
export function CommentsSection({ activity, onCommented }: { activity: Activity; onCommented: () => Promise<void> }) {
  const { t, locale } = useLanguage();
  const sending = useSubmit();
  const { busy, error } = sending;
  const said = activity.history.filter((event) => event.comment !== null);
  const mayComment = activity.allowed.includes('comment');
  if (said.length === 0 && !mayComment) return null;

  const send = async (text: string): Promise<boolean> => {
    const sent = await sending.run(async () => {
      await commentOnActivity(activity.id, text);
      await onCommented();
    });
    return sent.ok;
  };

  return (
    <section aria-labelledby="activity-comments">
      <h2 id="activity-comments">{t('activity.comments')}</h2>
      {said.length === 0 ? (
        <p>{t('activity.noComments')}</p>
      ) : (
        <ul className="comments">
          {said.map((event) => (
            <li key={event.id} className="comment">
              <p className="comment__meta">
                <strong>{event.actor.displayName ?? event.actor.username}</strong> · {t(`history.${event.kind}`)} ·{' '}
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </p>
              <p className="quote">{event.comment}</p>
            </li>
          ))}
        </ul>
      )}
      {mayComment && (
        <>
          {error && <ErrorNotice error={error} fieldIds={{ text: 'activity-comment-text' }} />}
          <TextForm
            id="activity-comment-text"
            label={t('activity.commentLabel')}
            submitLabel={t('activity.commentSubmit')}
            busy={busy}
            schema={Comment}
            field="text"
            onSubmit={send}
            clearAfter
          />
        </>
      )}
    </section>
  );
}
