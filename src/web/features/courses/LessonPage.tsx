import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { LearnerCourse, LearnerLesson } from '#domain/course-learning';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { courseQuery, lessonQuery } from './api';
import { KeptNotice } from './KeptNotice';
import { useElisOutbox } from './outbox/useElisOutbox';
import { SafeHtml } from './SafeHtml';
import { coursePath, lessonPath, placeOfLesson, quizPath, standingOf } from './standing';
import { useCopies } from './useCopies';
import './courses.css';
import './messages.ts';

/** /elis/:id/pelajaran/:lessonId: one lesson to read (kept on the device for reading offline), marked done, then on to the next step. */
export function LessonPage() {
  const { t } = useLanguage();
  const params = useParams();
  const courseId = idFromParam(params.id);
  const lessonId = idFromParam(params.lessonId);
  const copies = useCopies();
  const lesson = useApiQuery(lessonQuery(copies, courseId, lessonId));
  const course = useApiQuery(courseQuery(copies, courseId));
  const ready = lesson.state === 'ready' ? lesson.data : null;
  usePageTitle(ready?.value.title ?? t('elis.lesson.title'));

  const back = course.state === 'ready' && (
    <p className="back-link">
      <Link to={coursePath(courseId)}>{t('elis.lesson.backToCourse', { title: course.data.value.title })}</Link>
    </p>
  );
  if (!ready) {
    return (
      <>
        {back}
        <h1 tabIndex={-1}>{t('elis.lesson.title')}</h1>
        {lesson.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {lesson.state === 'failed' && (
          <ErrorNotice
            error={lesson.error}
            overrides={{ not_found: t('elis.lesson.notFound'), network: t('elis.lesson.notKept') }}
            onRetry={lesson.error.code === 'not_found' ? undefined : lesson.reload}
          />
        )}
      </>
    );
  }

  const courseData = course.state === 'ready' ? course.data.value : null;
  const place = courseData ? placeOfLesson(courseData, lessonId) : null;
  return (
    <>
      {back}
      {place && (
        <p className="elis-kicker">
          {t('elis.lesson.kicker', {
            number: place.moduleIndex + 1,
            module: place.module.title,
            index: place.index + 1,
            count: place.module.lessons.length,
          })}
        </p>
      )}
      <h1 tabIndex={-1}>{ready.value.title}</h1>
      <KeptNotice savedAt={ready.savedAt} />
      {ready.value.minutes !== null && <p className="muted">{t('elis.minutes', { minutes: ready.value.minutes })}</p>}
      <SafeHtml html={ready.value.bodyHtml} className="elis-lesson" />
      <MarkDone key={ready.value.id} lesson={ready.value} course={courseData} />
      <LessonSteps lesson={ready.value} course={courseData} />
    </>
  );
}

/** "Tandai selesai": kept on the device first, then sent; sent twice it still counts once. */
function MarkDone({ lesson, course }: { lesson: LearnerLesson; course: LearnerCourse | null }) {
  const { t } = useLanguage();
  const { entries, add } = useElisOutbox();
  const said = useRef<HTMLParagraphElement>(null);
  // Marked here: done from now on, even before the server's answer refreshes the page.
  const [marked, setMarked] = useState(false);
  const standing = course ? standingOf(course, course.progress, entries) : null;
  const waiting = standing?.lessonsWaiting.has(lesson.id) ?? entries.some((e) => e.kind === 'lesson' && e.lessonId === lesson.id);
  const done = marked || lesson.done || waiting || (standing?.lessonsDone.has(lesson.id) ?? false);

  const markDone = () => {
    setMarked(true);
    void add({ kind: 'lesson', courseId: lesson.courseId, lessonId: lesson.id, queuedAt: new Date().toISOString() });
    // The button goes; the sentence that replaces it takes the focus, so a screen reader hears it.
    window.requestAnimationFrame(() => said.current?.focus());
  };

  return (
    <section className="card elis-done" aria-label={t('elis.lesson.doneSection')}>
      <p ref={said} tabIndex={-1} role="status" className={done ? 'elis-done__said' : 'visually-hidden'}>
        {waiting ? t('elis.lesson.markedWaiting') : done ? t('elis.lesson.marked') : ''}
      </p>
      {!done && (
        <button type="button" className="button button--large" onClick={markDone}>
          {t('elis.lesson.markDone')}
        </button>
      )}
    </section>
  );
}

/** Previous and next lesson, and after a module's last lesson its quiz first. */
function LessonSteps({ lesson, course }: { lesson: LearnerLesson; course: LearnerCourse | null }) {
  const { t } = useLanguage();
  const titleOf = (id: number) => course?.modules.flatMap((m) => m.lessons).find((l) => l.id === id)?.title ?? null;
  const place = course ? placeOfLesson(course, lesson.id) : null;
  const quiz = place?.last && place.module.quiz ? place.module : null;
  const previous = lesson.previousLessonId;
  const next = lesson.nextLessonId;
  return (
    <nav className="elis-steps-nav" aria-label={t('elis.lesson.stepsLabel')}>
      {quiz && (
        <Link className="button button--large" to={quizPath(lesson.courseId, quiz.id)}>
          {t('elis.lesson.toQuiz', { title: quiz.quiz?.title ?? t('elis.quiz.defaultTitle', { title: quiz.title }) })}
        </Link>
      )}
      {next !== null && (
        <Link className={quiz ? 'button button--secondary' : 'button button--large'} to={lessonPath(lesson.courseId, next)} rel="next">
          {t('elis.lesson.next', { title: titleOf(next) ?? t('elis.lesson.title') })}
        </Link>
      )}
      {previous !== null && (
        <Link className="button button--quiet" to={lessonPath(lesson.courseId, previous)} rel="prev">
          {t('elis.lesson.previous', { title: titleOf(previous) ?? t('elis.lesson.title') })}
        </Link>
      )}
    </nav>
  );
}
