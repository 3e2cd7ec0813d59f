import { courseLimits } from '#domain/courses';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import type { EditorContext } from './context';
import { Fold } from './Fold';
import { blankChoice, blankQuestion, inputIdOf, markedCorrect, moved, type QuestionDraft, type QuizDraft } from './model';
import '../messages.ts';

interface QuestionEditorProps {
  question: QuestionDraft;
  at: string;
  number: number;
  count: number;
  context: EditorContext;
  update: (next: Partial<QuestionDraft>) => void;
  move: (by: -1 | 1) => void;
  remove: () => void;
}

/** One single-choice question: the prompt, its choices with the right one marked, and a hint for those who miss it. */
function QuestionEditor({ question, at, number, count, context, update, move, remove }: QuestionEditorProps) {
  const { t } = useLanguage();
  const error = (field: string) => context.errors[`${at}.${field}`];
  const choicesError = error('choices');
  const setChoice = (key: string, text: string) => update({ choices: question.choices.map((c) => (c.key === key ? { ...c, text } : c)) });
  return (
    <li className="course-question">
      <fieldset id={inputIdOf(at)} tabIndex={-1}>
        <legend>{t('elisStaff.question.legend', { number })}</legend>
        <Field id={inputIdOf(`${at}.prompt`)} label={t('elisStaff.field.prompt')} error={error('prompt')}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              maxLength={courseLimits.prompt}
              value={question.prompt}
              onChange={(e) => update({ prompt: e.target.value })}
            />
          )}
        </Field>
        <fieldset
          id={inputIdOf(`${at}.choices`)}
          tabIndex={-1}
          className={choicesError ? 'field field--invalid course-choices' : 'field course-choices'}
          aria-describedby={`${inputIdOf(`${at}.choices`)}-hint`}
        >
          <legend>{t('elisStaff.question.choices')}</legend>
          <p className="field__hint" id={`${inputIdOf(`${at}.choices`)}-hint`}>
            {t('elisStaff.question.choicesHint')}
          </p>
          {choicesError && <p className="field__error">{choicesError}</p>}
          <ol className="course-choices__list">
            {question.choices.map((choice, n) => {
              const textAt = `${at}.choices.${n}.text`;
              return (
                <li key={choice.key} className="course-choice">
                  <Field id={inputIdOf(textAt)} label={t('elisStaff.choice.label', { number: n + 1 })} error={context.errors[textAt]}>
                    {(control) => (
                      <input
                        {...control}
                        maxLength={courseLimits.choiceText}
                        value={choice.text}
                        onChange={(e) => setChoice(choice.key, e.target.value)}
                      />
                    )}
                  </Field>
                  <div className="course-choice__tools">
                    <label className="checkbox">
                      <input
                        type="radio"
                        name={`correct-${question.key}`}
                        checked={choice.correct}
                        onChange={() => update({ choices: markedCorrect(question.choices, choice.key) })}
                      />{' '}
                      {t('elisStaff.choice.correct')}
                      <span className="visually-hidden"> {t('elisStaff.choice.which', { number: n + 1 })}</span>
                    </label>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={question.choices.length <= 2}
                      onClick={() => update({ choices: question.choices.filter((c) => c.key !== choice.key) })}
                    >
                      {t('elisStaff.choice.remove', { number: n + 1 })}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button--secondary"
            disabled={question.choices.length >= courseLimits.choices}
            onClick={() => update({ choices: [...question.choices, blankChoice()] })}
          >
            {t('elisStaff.question.addChoice')}
          </button>
        </fieldset>
        <Field
          id={inputIdOf(`${at}.explanation`)}
          label={t('elisStaff.field.explanation')}
          hint={t('elisStaff.question.explanationHint')}
          error={error('explanation')}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              maxLength={courseLimits.explanation}
              value={question.explanation}
              onChange={(e) => update({ explanation: e.target.value })}
            />
          )}
        </Field>
        <div className="button-row course-moves">
          <button type="button" className="button button--quiet" disabled={number === 1} onClick={() => move(-1)}>
            {t('elisStaff.move.up')} <span className="visually-hidden">{t('elisStaff.question.legend', { number })}</span>
          </button>
          <button type="button" className="button button--quiet" disabled={number === count} onClick={() => move(1)}>
            {t('elisStaff.move.down')} <span className="visually-hidden">{t('elisStaff.question.legend', { number })}</span>
          </button>
          <button type="button" className="button button--quiet" onClick={remove}>
            {t('elisStaff.question.remove')} <span className="visually-hidden">{number}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

interface QuizEditorProps {
  quiz: QuizDraft;
  /** `modules.0.quiz`. */
  at: string;
  moduleNumber: number;
  isNew: boolean;
  context: EditorContext;
  onChange: (quiz: QuizDraft | null) => void;
}

/** A module's quiz: pass mark, questions in order, each with its choices. */
export function QuizEditor({ quiz, at, moduleNumber, isNew, context, onChange }: QuizEditorProps) {
  const { t } = useLanguage();
  const error = (field: string) => context.errors[`${at}.${field}`];
  const update = (next: Partial<QuizDraft>) => onChange({ ...quiz, ...next });
  const questions = quiz.questions;
  return (
    <Fold
      id={inputIdOf(at)}
      className="course-quiz"
      summary={t('elisStaff.quiz.legend', { number: moduleNumber })}
      initiallyOpen={isNew}
      hasError={context.hasErrorUnder(at)}
    >
      <Field id={inputIdOf(`${at}.title`)} label={t('elisStaff.field.title')} error={error('title')} optional>
        {(control) => (
          <input {...control} maxLength={courseLimits.title} value={quiz.title} onChange={(e) => update({ title: e.target.value })} />
        )}
      </Field>
      <Field
        id={inputIdOf(`${at}.introduction`)}
        label={t('elisStaff.field.introduction')}
        hint={t('elisStaff.quiz.introHint')}
        error={error('introduction')}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={courseLimits.introduction}
            value={quiz.introduction}
            onChange={(e) => update({ introduction: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={inputIdOf(`${at}.passMark`)}
        label={t('elisStaff.field.passMark')}
        hint={t('elisStaff.quiz.passMarkHint')}
        error={error('passMark')}
      >
        {(control) => (
          <input
            {...control}
            className="count-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            value={quiz.passMark}
            onChange={(e) => update({ passMark: e.target.value })}
          />
        )}
      </Field>
      <div id={inputIdOf(`${at}.questions`)} tabIndex={-1}>
        {error('questions') && <p className="field__error">{error('questions')}</p>}
        {questions.length === 0 && <p>{t('elisStaff.quiz.noQuestions')}</p>}
      </div>
      <ol className="plain-list course-questions">
        {questions.map((question, k) => (
          <QuestionEditor
            key={question.key}
            question={question}
            at={`${at}.questions.${k}`}
            number={k + 1}
            count={questions.length}
            context={context}
            update={(next) => update({ questions: questions.map((q) => (q.key === question.key ? { ...q, ...next } : q)) })}
            move={(by) => update({ questions: moved(questions, k, by) })}
            remove={() => update({ questions: questions.filter((q) => q.key !== question.key) })}
          />
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={questions.length >= courseLimits.questionsPerQuiz}
          onClick={() => update({ questions: [...questions, blankQuestion()] })}
        >
          {t('elisStaff.quiz.addQuestion')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
          {t('elisStaff.quiz.remove')} <span className="visually-hidden">{t('elisStaff.quiz.legend', { number: moduleNumber })}</span>
        </button>
      </div>
    </Fold>
  );
}
