import { CommentText } from '#domain/audit';
import type { Problem } from '#domain/problems';
import { useLanguage } from '#web/i18n/language.tsx';
import { Discussion } from '#web/shell/Discussion.tsx';
import { commentOnProblem } from '../api';
import '../messages.ts';

/** The discussion: comments, and the words that came with a move (a resolution, a reason to reopen), oldest first. */
export function ProblemThread({ problem, onCommented }: { problem: Problem; onCommented: () => Promise<void> }) {
  const { t } = useLanguage();
  const mayComment = problem.allowed.includes('comment');
  return (
    <Discussion
      id="problem-thread"
      title={t('problem.thread')}
      emptyText={t('problem.threadEmpty')}
      said={problem.comments.map((entry) => ({ ...entry, how: t(`problemHistory.${entry.kind}`) }))}
      comment={
        mayComment
          ? {
              label: t('problem.commentLabel'),
              submitLabel: t('problem.commentSubmit'),
              schema: CommentText,
              send: async (text) => {
                await commentOnProblem(problem.id, text);
                await onCommented();
              },
            }
          : undefined
      }
    />
  );
}
