import { CommentText } from '#domain/audit';
import type { Practice } from '#domain/practices';
import { useLanguage } from '#web/i18n/language.tsx';
import { Discussion } from '#web/shell/Discussion.tsx';
import { commentOnPractice } from './api';
import { threadOf } from './history';
import './messages.ts';
import '#web/i18n/pages.ts';

/** The conversation about a story: a return's reason, the notes sent with it again, and comments. */
export function PracticeThread({ practice, onCommented }: { practice: Practice; onCommented: () => Promise<void> }) {
  const { t } = useLanguage();
  const said = threadOf(practice.history);
  const mayComment = practice.allowed.includes('comment');
  if (said.length === 0 && !mayComment) return null;
  return (
    <Discussion
      id="practice-thread"
      title={t('practice.thread')}
      emptyText={t('activity.noComments')}
      said={said.map((event) => ({ ...event, how: t(`practice.history.${event.kind}`) }))}
      comment={
        mayComment
          ? {
              label: t('activity.commentLabel'),
              submitLabel: t('activity.commentSubmit'),
              schema: CommentText,
              send: async (text) => {
                await commentOnPractice(practice.id, text);
                await onCommented();
              },
            }
          : undefined
      }
    />
  );
}
