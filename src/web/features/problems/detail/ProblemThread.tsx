import { CommentText } from '#domain/audit';
import type { Problem } from '#domain/problems';
import { formatDateTime } from '#web/features/activities/format.ts';
import { TextForm } from '#web/features/activities/detail/TextForm.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { commentOnProblem } from '../api';
import '../messages.ts';

/** The discussion: comments, and the words that came with a move (a resolution, a reason to reopen), oldest first. */
export function ProblemThread({ problem, onCommented }: { problem: Problem; onCommented: () => Promise<void> }) {
  const { t, locale } = useLanguage();
  const sending = useSubmit();
  const mayComment = problem.allowed.includes('comment');

  const send = async (text: string): Promise<boolean> => {
    const sent = await sending.run(async () => {
      await commentOnProblem(problem.id, text);
      await onCommented();
    });
    return sent.ok;
  };

  return (
    <section aria-labelledby="problem-thread">
      <h2 id="problem-thread">{t('problem.thread')}</h2>
      {problem.comments.length === 0 ? (
        <p>{t('problem.threadEmpty')}</p>
      ) : (
        <ul className="comments">
          {problem.comments.map((entry) => (
            <li key={entry.id} className="comment">
              <p className="comment__meta">
                <strong>{entry.actor.displayName ?? entry.actor.username}</strong> · {t(`problemHistory.${entry.kind}`)} ·{' '}
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
              </p>
              <p className="quote">{entry.comment}</p>
            </li>
          ))}
        </ul>
      )}
      {mayComment && (
        <>
          {sending.error && <ErrorNotice error={sending.error} fieldIds={{ text: 'problem-comment-text' }} />}
          <TextForm
            id="problem-comment-text"
            label={t('problem.commentLabel')}
            submitLabel={t('problem.commentSubmit')}
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
