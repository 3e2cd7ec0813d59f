import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { LearnerCourse, LearnerModule, LearnerProgress } from '#domain/course-learning';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { courseQuery, enrolInCourse, keptQueries } from './api';
import { CertificateCard } from './CertificateCard';
import { useIndicatorNames } from './indicatorNames';
import { KeptNotice } from './KeptNotice';
import { useElisOutbox } from './outbox/useElisOutbox';
import { OutboxNotice } from './OutboxNotice';
import { ProgressLine } from './ProgressLine';
import { SafeHtml } from './SafeHtml';
import { lessonPath, nextStep, quizPath, standingOf, type Standing } from './standing';
import { useCopies } from './useCopies';
import './courses.css';
import './messages.ts';

/** /elis/:id: a course's summary, the learner's standing and next step, its modules in order, and the certificate once earned. */
export function CoursePage() {
  const { t } = useLanguage();
  const id = idFromParam(useParams().id);
  const loaded = useApiQuery(courseQuery(useCopies(), id));
  const { entries } = useElisOutbox();
  const course = loaded.state === 'ready' ? loaded.data.value : null;
  usePageTitle(course?.title ?? t('elis.course.title'));

  if (!course) {
    return (
      <>
        <BackToList />
        <h1 tabIndex={-1}>{t('elis.course.title')}</h1>
        {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {loaded.state === 'failed' && (
          <ErrorNotice
            error={loaded.error}
            overrides={{ not_found: t('elis.course.notFound') }}
            onRetry={loaded.error.code === 'not_found' ? undefined : loaded.reload}
          />
        )}
      </>
    );
  }

  const standing = standingOf(course, course.progress, entries);
  return (
    <>
      <BackToList />
      <h1 tabIndex={-1}>{course.title}</h1>
      {loaded.state === 'ready' && <KeptNotice savedAt={loaded.data.savedAt} />}
      <CourseFacts course={course} />
      <OutboxNotice courseId={course.id} />
      <StandingCard course={course} standing={standing} />
      {course.introductionHtml !== null && (
        <details className="card elis-intro">
          <summary>{t('elis.course.introduction')}</summary>
          <SafeHtml html={course.introductionHtml} />
        </details>
      )}
      {course.modules.map((module, index) => (
        <ModuleSection
          key={module.id}
          courseId={course.id}
          module={module}
          number={index + 1}
          standing={standing}
          progress={course.progress}
        />
      ))}
    </>
  );
}

function BackToList() {
  const { t } = useLanguage();
  return (
    <p className="back-link">
      <Link to="/elis">{t('elis.backToList')}</Link>
    </p>
  );
}

function CourseFacts({ course }: { course: LearnerCourse }) {
  const { t } = useLanguage();
  const names = useIndicatorNames();
  return (
    <>
      <p className="lead">{course.summary}</p>
      <dl className="facts">
        {course.audience !== null && (
          <div>
            <dt>{t('elis.audience')}</dt>
            <dd>{course.audience}</dd>
          </div>
        )}
        <div>
          <dt>{t('elis.helps')}</dt>
          <dd>{names(course.indicatorCodes)}</dd>
        </div>
      </dl>
    </>
  );
}

/** Not enrolled: the button to start. Enrolled: how far, and the next step. Complete: the certificate. */
function StandingCard({ course, standing }: { course: LearnerCourse; standing: Standing }) {
  const { t } = useLanguage();
  const client = useQueryClient();
  const { busy, error, run } = useSubmit();
  const enrol = async () => {
    const sent = await run(() => enrolInCourse(course.id));
    if (sent.ok) await client.invalidateQueries({ queryKey: keptQueries });
  };
  const next = nextStep(course, standing);
  const code = course.progress?.certificateCode ?? null;

  return (
    <section className="card elis-standing" aria-labelledby="elis-standing">
      <h2 id="elis-standing">{t('elis.standing.title')}</h2>
      {!standing.enrolled ? (
        <>
          <p>{t('elis.standing.notEnrolled')}</p>
          <button type="button" className="button button--large" onClick={() => void enrol()} disabled={busy}>
            {busy ? t('elis.standing.enrolling') : t('elis.standing.enrol')}
          </button>
          {error && <ErrorNotice error={error} />}
        </>
      ) : (
        <>
          <ProgressLine standing={standing} />
          {next !== null && (
            <p>
              <Link
                className="button button--large"
                to={next.kind === 'lesson' ? lessonPath(course.id, next.lessonId) : quizPath(course.id, next.module.id)}
              >
                {next.kind === 'lesson'
                  ? t('elis.standing.continueLesson', { title: next.title })
                  : t('elis.standing.continueQuiz', { title: next.module.title })}
              </Link>
            </p>
          )}
          {next === null && !standing.complete && <p>{t('elis.standing.almost')}</p>}
        </>
      )}
      {code !== null && <CertificateCard courseId={course.id} code={code} />}
    </section>
  );
}

function ModuleSection(props: {
  courseId: number;
  module: LearnerModule;
  number: number;
  standing: Standing;
  progress: LearnerProgress | undefined;
}) {
  const { courseId, module, number, standing, progress } = props;
  const { t } = useLanguage();
  const headingId = `modul-${module.id}`;
  return (
    <section className="card elis-module" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('elis.module.heading', { number, title: module.title })}</h2>
      {module.summary !== null && <p>{module.summary}</p>}
      <ol className="elis-steps">
        {module.lessons.map((lesson) => {
          const done = standing.lessonsDone.has(lesson.id);
          return (
            <li key={lesson.id} className={done ? 'elis-step elis-step--done' : 'elis-step'}>
              <span className="elis-step__mark" aria-hidden="true">
                {done ? '✓' : ''}
              </span>
              <span className="elis-step__body">
                <Link to={lessonPath(courseId, lesson.id)}>{lesson.title}</Link>
                <span className="elis-step__meta">
                  {lesson.minutes !== null && t('elis.minutes', { minutes: lesson.minutes })}
                  {done && (
                    <span className="elis-step__state">
                      {standing.lessonsWaiting.has(lesson.id) ? t('elis.lesson.doneWaiting') : t('elis.lesson.done')}
                    </span>
                  )}
                </span>
              </span>
            </li>
          );
        })}
        {module.quiz && (
          <li className={standing.quizzesPassed.has(module.id) ? 'elis-step elis-step--done' : 'elis-step'}>
            <span className="elis-step__mark" aria-hidden="true">
              {standing.quizzesPassed.has(module.id) ? '✓' : '?'}
            </span>
            <span className="elis-step__body">
              <Link to={quizPath(courseId, module.id)}>{module.quiz.title ?? t('elis.quiz.defaultTitle', { title: module.title })}</Link>
              <span className="elis-step__meta">
                <QuizState moduleId={module.id} passMark={module.quiz.passMark} standing={standing} progress={progress} />
              </span>
            </span>
          </li>
        )}
      </ol>
    </section>
  );
}

function QuizState({
  moduleId,
  passMark,
  standing,
  progress,
}: {
  moduleId: number;
  passMark: number;
  standing: Standing;
  progress: LearnerProgress | undefined;
}) {
  const { t } = useLanguage();
  const quiz = progress?.quizzes.find((q) => q.moduleId === moduleId);
  if (standing.quizzesWaiting.has(moduleId)) return <span className="elis-step__state">{t('elis.quiz.stateWaiting')}</span>;
  if (standing.quizzesPassed.has(moduleId))
    return <span className="elis-step__state">{t('elis.quiz.statePassed', { best: quiz?.bestScore ?? 100 })}</span>;
  if (quiz) return <span>{t('elis.quiz.stateFailed', { attempts: quiz.attempts, best: quiz.bestScore, passMark })}</span>;
  return <span>{t('elis.quiz.stateNew', { passMark })}</span>;
}
