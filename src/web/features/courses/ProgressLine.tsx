import { useLanguage } from '#web/i18n/language.tsx';
import type { Standing } from './standing';
import './messages.ts';

/** Lessons done and quizzes passed, in words and as a bar. */
export function ProgressLine({ standing }: { standing: Standing }) {
  const { t } = useLanguage();
  const done = standing.lessonsDone.size + standing.quizzesPassed.size;
  const all = standing.lessonCount + standing.quizCount;
  const text = t('elis.progress.line', {
    lessons: standing.lessonsDone.size,
    lessonCount: standing.lessonCount,
    quizzes: standing.quizzesPassed.size,
    quizCount: standing.quizCount,
  });
  return (
    <div className="elis-progress">
      <p className="elis-progress__text">{text}</p>
      <progress className="elis-progress__bar" max={all} value={standing.complete ? all : done} aria-label={text} />
    </div>
  );
}
