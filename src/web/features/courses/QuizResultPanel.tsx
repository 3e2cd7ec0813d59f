import { Link } from 'react-router-dom';
import type { LearnerQuiz, QuizResult } from '#domain/course-learning';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { coursePath } from './standing';
import './messages.ts';

/**
 * An attempt's result: the score against the pass mark, passed or not, and which questions were
 * wrong, each with the author's hint where to read again. Never which choice was right: the
 * server does not say, and a learner should go back to the lesson, not to a list of answers.
 */
export function QuizResultPanel(props: { result: QuizResult; quiz: LearnerQuiz; courseId: number; onRetake: () => void }) {
  const { result, quiz, courseId, onRetake } = props;
  const { t, locale } = useLanguage();
  const wrong = quiz.questions.flatMap((question, index) =>
    result.wrongQuestionIds.includes(question.id)
      ? [{ question, number: index + 1, hint: result.feedback.find((f) => f.questionId === question.id)?.explanation ?? null }]
      : [],
  );
  return (
    <section className={result.passed ? 'card elis-result elis-result--passed' : 'card elis-result'} aria-labelledby="elis-result">
      <h2 id="elis-result">{t('elis.result.title')}</h2>
      <p className="elis-result__score" role="status">
        {t('elis.result.score', { score: result.score })} · {result.passed ? t('elis.result.passed') : t('elis.result.failed')}
      </p>
      <p>
        {t('elis.result.passMark', {
          passMark: result.passMark,
          right: result.questionCount - result.wrongQuestionIds.length,
          count: result.questionCount,
        })}
      </p>
      <p className="muted">{t('elis.result.when', { when: formatDateTime(result.attemptedAt, locale) })}</p>
      {wrong.length > 0 ? (
        <>
          <h3>{t('elis.result.wrongTitle')}</h3>
          <ul className="elis-wrong">
            {wrong.map(({ question, number, hint }) => (
              <li key={question.id}>
                <p className="elis-wrong__prompt">{t('elis.result.wrong', { number, prompt: question.prompt })}</p>
                {hint !== null && <p className="elis-wrong__hint">{t('elis.result.hint', { hint })}</p>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('elis.result.allRight')}</p>
      )}
      <div className="button-row">
        <button type="button" className={result.passed ? 'button button--secondary' : 'button button--large'} onClick={onRetake}>
          {t('elis.result.retake')}
        </button>
        <Link className={result.passed ? 'button button--large' : 'button button--quiet'} to={coursePath(courseId)}>
          {t('elis.result.backToCourse')}
        </Link>
      </div>
    </section>
  );
}
