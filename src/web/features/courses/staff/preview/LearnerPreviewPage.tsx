import { Link, useParams } from 'react-router-dom';
import type { LearnerModule } from '#domain/course-learning';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { learnerViewQuery } from '../api';
import { CourseStatusBadge } from '../CourseStatusBadge';
import { Fold } from '../editor/Fold';
import { LessonView } from './LessonView';
import '../staff.css';
import '../messages.ts';

/** Server-rendered Markdown (the course's and modules' introductions), shown as it comes. */
function Html({ html }: { html: string | null }) {
  return html ? <div className="lesson-html" dangerouslySetInnerHTML={{ __html: html }} /> : null;
}

function ModulePreview({ courseId, module, number }: { courseId: number; module: LearnerModule; number: number }) {
  const { t } = useLanguage();
  const quiz = module.quiz;
  return (
    <li className="card course-preview__module">
      <h3>
        {t('elisStaff.module.legend', { number })}: {module.title}
      </h3>
      {module.summary && <p>{module.summary}</p>}
      <Html html={module.introductionHtml} />
      <ol className="plain-list course-preview__lessons">
        {module.lessons.map((lesson, j) => (
          <li key={lesson.id}>
            <Fold
              id={`preview-lesson-${lesson.id}`}
              summary={
                <>
                  {t('elisStaff.lesson.legend', { number: j + 1 })}: {lesson.title}
                  {lesson.minutes !== null && (
                    <span className="muted"> · {t('elisStaff.preview.minutes', { minutes: lesson.minutes })}</span>
                  )}
                </>
              }
              initiallyOpen={false}
              hasError={false}
            >
              <LessonView courseId={courseId} lessonId={lesson.id} />
            </Fold>
          </li>
        ))}
      </ol>
      {quiz ? (
        <section className="course-preview__quiz" aria-labelledby={`preview-quiz-${module.id}`}>
          <h4 id={`preview-quiz-${module.id}`}>{quiz.title ?? t('elisStaff.quiz.legend', { number })}</h4>
          <p className="muted">
            {t('elisStaff.preview.questionCount', { count: quiz.questions.length })} ·{' '}
            {t('elisStaff.preview.passMark', { passMark: quiz.passMark })}
          </p>
          <Html html={quiz.introductionHtml} />
          <ol className="plain-list">
            {quiz.questions.map((question, k) => (
              <li key={question.id}>
                <fieldset className="course-preview__question" disabled>
                  <legend>
                    {k + 1}. {question.prompt}
                  </legend>
                  {question.choices.map((choice) => (
                    <label key={choice.id} className="checkbox">
                      <input type="radio" name={`preview-${question.id}`} value={choice.id} readOnly checked={false} /> {choice.text}
                    </label>
                  ))}
                </fieldset>
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p className="muted">{t('elisStaff.preview.noQuiz')}</p>
      )}
    </li>
  );
}

/**
 * /elis/kelola/:id/pratinjau: the course through the learner's own API (GET /api/courses/:id),
 * which has no field for the right choice, so the preview cannot show one; read-only.
 */
export function LearnerPreviewPage() {
  const { t } = useLanguage();
  const id = idFromParam(useParams().id);
  const loaded = useApiQuery(learnerViewQuery(id), { fresh: true });
  usePageTitle(t('elisStaff.preview.title'));
  return (
    <>
      <p className="back-link">
        <Link to={`/elis/kelola/${id}`}>{t('elisStaff.back.course')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('elisStaff.preview.title')}</h1>
      <p className="notice notice--info">{t('elisStaff.preview.intro')}</p>
      {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {loaded.state === 'failed' && (
        <ErrorNotice error={loaded.error} overrides={{ not_found: t('elisStaff.editor.notFound') }} onRetry={loaded.reload} />
      )}
      {loaded.state === 'ready' && (
        <article className="course-preview">
          <h2>{loaded.data.title}</h2>
          <p>
            <CourseStatusBadge status={loaded.data.status} />
          </p>
          {loaded.data.status === 'draft' && <p className="muted">{t('elisStaff.preview.draft')}</p>}
          <p className="lead">{loaded.data.summary}</p>
          {loaded.data.audience && <p>{t('elisStaff.preview.audience', { audience: loaded.data.audience })}</p>}
          <Html html={loaded.data.introductionHtml} />
          <ol className="plain-list course-preview__modules">
            {loaded.data.modules.map((module, i) => (
              <ModulePreview key={module.id} courseId={id} module={module} number={i + 1} />
            ))}
          </ol>
          <p>
            <Link className="button button--secondary" to={`/elis/kelola/${id}`}>
              {t('elisStaff.preview.edit')}
            </Link>
          </p>
        </article>
      )}
    </>
  );
}
