import { Comment, type Activity } from '#domain/activities';
import { commentOnActivity } from '#web/features/activities/api.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { Discussion } from '#web/shell/Discussion.tsx';
import '#web/i18n/pages.ts';

/** The conversation about a report: return comments, notes sent with a submit, reasons to reopen, and comments. */
export function CommentsSection({ activity, onCommented }: { activity: Activity; onCommented: () => Promise<void> }) {
  const { t } = useLanguage();
  const said = activity.history.filter((event) => event.comment !== null);
  const mayComment = activity.allowed.includes('comment');
  if (said.length === 0 && !mayComment) return null;
  return (
    <Discussion
      id="activity-comments"
      title={t('activity.comments')}
      emptyText={t('activity.noComments')}
      said={said.map((event) => ({ ...event, how: t(`history.${event.kind}`) }))}
      comment={
        mayComment
          ? {
              label: t('activity.commentLabel'),
              submitLabel: t('activity.commentSubmit'),
              schema: Comment,
              send: async (text) => {
                await commentOnActivity(activity.id, text);
                await onCommented();
              },
            }
          : undefined
      }
    />
  );
}
