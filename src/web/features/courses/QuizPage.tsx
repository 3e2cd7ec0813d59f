import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { LearnerCourse, LearnerModule, LearnerQuiz } from '#domain/course-learning';
import { ApiError } from '#web/api/client.ts';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { newClientId } from '#web/features/activities/form/clientId.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { courseQuery, keptQueries } from './api';
import { KeptNotice } from './KeptNotice';
import { entryKey, isWaiting, type QuizAttemptEntry } from './outbox/outbox';
import { useElisOutbox } from './outbox/useElisOutbox';
import { QuizResultPanel } from './QuizResultPanel';
import { SafeHtml } from './SafeHtml';
import { coursePath } from './standing';
import { useCopies } from './useCopies';
import './courses.css';
import './messages.ts';

/** /elis/:id/kuis/:moduleId: a module's quiz, as often as the learner needs; answers given offline are scored when the signal returns. */
export function QuizPage() {
  const { t } = useLanguage();
  const params = useParams();
  const courseId = idFromParam(params.id);
  const moduleId = idFromParam(params.moduleId);
  const loaded = useApiQuery(courseQuery(useCopies(), courseId));
  const course = loaded.state === 'ready' ? loaded.data.value : null;
  const module = course?.modules.find((m) => m.id === moduleId && m.quiz !== null) ?? null;
  const title = module ? quizTitle(module, t('elis.quiz.defaultTitle', { title: module.title })) : t('elis.quiz.title');
  usePageTitle(title);

  if (!course || !module?.quiz) {
    return (
      <>
        <h1 tabIndex={-1}>{t('elis.quiz.title')}</h1>
        {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {loaded.state === 'failed' && (
          <ErrorNotice
            error={loaded.error}
            overrides={{ not_found: t('elis.course.notFound') }}
            onRetry={loaded.error.code === 'not_found' ? undefined : loaded.reload}
          />
        )}
        {course && (
          <p className="notice notice--error" role="alert">
            {t('elis.quiz.notFound')}
          </p>
        )}
      </>
    );
  }
  return (
    <>
      <p className="back-link">
        <Link to={coursePath(course.id)}>{t('elis.lesson.backToCourse', { title: course.title })}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {loaded.state === 'ready' && <KeptNotice savedAt={loaded.data.savedAt} />}
      <Quiz key={module.id} course={course} module={module} quiz={module.quiz} />
    </>
  );
}

const quizTitle = (module: LearnerModule, fallback: string) => module.quiz?.title ?? fallback;

function Quiz({ course, module, quiz }: { course: LearnerCourse; module: LearnerModule; quiz: LearnerQuiz }) {
  const { t } = useLanguage();
  const client = useQueryClient();
  const { entries, add, settle, send } = useElisOutbox();
  const mine = entries.filter((e): e is QuizAttemptEntry => e.kind === 'quiz' && e.courseId === course.id && e.moduleId === module.id);
  const pending = mine.find(isWaiting) ?? null;
  const answered = mine.find((e) => !isWaiting(e)) ?? null;

  // One attempt, one id, made when it starts: sending it again (a retry, a lost answer) is scored once.
  const [attemptId, setAttemptId] = useState(() => pending?.attemptId ?? newClientId());
  const [answers, setAnswers] = useState<Readonly<Record<number, number>>>(() =>
    Object.fromEntries((pending?.answers ?? []).map((a) => [a.questionId, a.choiceId])),
  );
  const [shown, setShown] = useState<QuizAttemptEntry | null>(null);
  const [missing, setMissing] = useState<number[]>([]);
  const top = useRef<HTMLDivElement>(null);

  const restart = () => {
    setAnswers({});
    setMissing([]);
    setAttemptId(newClientId());
  };

  // An attempt the server answered (or refused) is shown once here, then let go from the device.
  useEffect(() => {
    if (!answered) return;
    setShown(answered);
    settle(entryKey(answered));
    if (answered.refusal === 'quiz_changed') {
      // The questions the device kept are no longer the quiz's: start again on the new ones.
      setAnswers({});
      setMissing([]);
      setAttemptId(newClientId());
      void client.invalidateQueries({ queryKey: keptQueries });
    }
    window.requestAnimationFrame(() => top.current?.focus());
  }, [answered, settle, client]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = quiz.questions.flatMap((q, i) => (answers[q.id] === undefined ? [i] : []));
    setMissing(unanswered);
    if (unanswered.length > 0) {
      window.requestAnimationFrame(() => top.current?.focus());
      return;
    }
    setShown(null);
    void add({
      kind: 'quiz',
      attemptId,
      courseId: course.id,
      moduleId: module.id,
      answers: quiz.questions.map((q) => ({ questionId: q.id, choiceId: answers[q.id] ?? 0 })),
      queuedAt: new Date().toISOString(),
    });
    window.requestAnimationFrame(() => top.current?.focus());
  };

  const retake = () => {
    setShown(null);
    restart();
    window.requestAnimationFrame(() => top.current?.focus());
  };

  const result = shown?.result ?? null;
  return (
    <>
      <div ref={top} tabIndex={-1} className="elis-quiz-top">
        {result && <QuizResultPanel result={result} quiz={quiz} courseId={course.id} onRetake={retake} />}
        {shown?.refusal === 'quiz_changed' && (
          <p className="notice notice--warning" role="alert">
            {t('elis.quiz.changed')}
          </p>
        )}
        {shown?.refusal !== undefined && shown.refusal !== 'quiz_changed' && (
          <ErrorNotice error={new ApiError(shown.refusal as ApiError['code'], 0, shown.refusal)} />
        )}
        {pending && (
          <div className="notice notice--warning" role="status">
            <p className="notice__title">{t('elis.quiz.waitingTitle')}</p>
            <p>{t('elis.quiz.waiting')}</p>
            <button type="button" className="button button--secondary" onClick={() => void send()}>
              {t('elis.outbox.sendNow')}
            </button>
          </div>
        )}
        {missing.length > 0 && (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">{t('elis.quiz.missingTitle')}</p>
            <ul>
              {missing.map((index) => (
                <li key={index}>
                  <a href={`#soal-${quiz.questions[index]?.id ?? 0}`}>{t('elis.quiz.missing', { number: index + 1 })}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {!result && (
        <form className="card elis-quiz" onSubmit={onSubmit} noValidate>
          {quiz.introductionHtml !== null && <SafeHtml html={quiz.introductionHtml} />}
          <p className="muted">{t('elis.quiz.rules', { passMark: quiz.passMark, count: quiz.questions.length })}</p>
          {quiz.questions.map((question, index) => (
            <fieldset
              key={question.id}
              id={`soal-${question.id}`}
              className={missing.includes(index) ? 'elis-question elis-question--missing' : 'elis-question'}
              disabled={pending !== null}
            >
              <legend>
                <span className="elis-question__number">
                  {t('elis.quiz.questionOf', { number: index + 1, count: quiz.questions.length })}
                </span>{' '}
                <span className="elis-question__prompt">{question.prompt}</span>
              </legend>
              {question.choices.map((choice) => (
                <label key={choice.id} className="elis-choice">
                  <input
                    type="radio"
                    name={`soal-${question.id}`}
                    value={choice.id}
                    checked={answers[question.id] === choice.id}
                    onChange={() => setAnswers((now) => ({ ...now, [question.id]: choice.id }))}
                  />
                  <span>{choice.text}</span>
                </label>
              ))}
            </fieldset>
          ))}
          {pending === null && (
            <button type="submit" className="button button--large">
              {t('elis.quiz.submit')}
            </button>
          )}
        </form>
      )}
    </>
  );
}
