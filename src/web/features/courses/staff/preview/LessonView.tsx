import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { lessonViewQuery } from '../api';
import '../messages.ts';

/**
 * A lesson exactly as a learner reads it: the server renders the Markdown (decision 019: no raw
 * HTML, no script, links and pictures checked), so its HTML is shown as it comes.
 */
export function LessonView({ courseId, lessonId }: { courseId: number; lessonId: number }) {
  const t = useT();
  const lesson = useApiQuery(lessonViewQuery(courseId, lessonId));
  if (lesson.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (lesson.state === 'failed') return <ErrorNotice error={lesson.error} onRetry={lesson.reload} />;
  return <div className="lesson-html" dangerouslySetInnerHTML={{ __html: lesson.data.bodyHtml }} />;
}
