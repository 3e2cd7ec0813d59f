import { courseLimits } from '#domain/courses';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import type { EditorContext } from './context';
import { Fold } from './Fold';
import { IndicatorPicker } from './IndicatorPicker';
import { LessonEditor } from './LessonEditor';
import { blankLesson, blankQuiz, inputIdOf, moved, type ModuleDraft } from './model';
import { QuizEditor } from './QuizEditor';
import '../messages.ts';

interface ModuleEditorProps {
  module: ModuleDraft;
  index: number;
  count: number;
  /** The course's indicators: a module may name some of them. */
  courseIndicators: readonly string[];
  context: EditorContext;
  update: (next: Partial<ModuleDraft>) => void;
  move: (by: -1 | 1) => void;
  remove: () => void;
}

/** A module: its title and texts, its lessons in order, and its quiz. */
export function ModuleEditor({ module, index, count, courseIndicators, context, update, move, remove }: ModuleEditorProps) {
  const { t } = useLanguage();
  const at = `modules.${index}`;
  const number = index + 1;
  const error = (field: string) => context.errors[`${at}.${field}`];
  const lessons = module.lessons;
  const choices = context.indicators.filter((i) => courseIndicators.includes(i.code));
  return (
    <li className="card course-module">
      <Fold
        id={inputIdOf(at)}
        className="course-module__fold"
        summary={
          <span className="course-module__summary">
            {t('elisStaff.module.legend', { number })}: {module.title.trim() || t('elisStaff.module.untitled')}
          </span>
        }
        // A course of one module opens on it; a longer one reads first as a list of its modules.
        initiallyOpen={module.id === undefined || count === 1}
        hasError={context.hasErrorUnder(at)}
      >
        <Field id={inputIdOf(`${at}.title`)} label={t('elisStaff.field.title')} error={error('title')}>
          {(control) => (
            <input {...control} maxLength={courseLimits.title} value={module.title} onChange={(e) => update({ title: e.target.value })} />
          )}
        </Field>
        <Field
          id={inputIdOf(`${at}.summary`)}
          label={t('elisStaff.field.summary')}
          hint={t('elisStaff.module.summaryHint')}
          error={error('summary')}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              maxLength={courseLimits.summary}
              value={module.summary}
              onChange={(e) => update({ summary: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={inputIdOf(`${at}.introduction`)}
          label={t('elisStaff.field.introduction')}
          hint={t('elisStaff.editor.introHint')}
          error={error('introduction')}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={courseLimits.introduction}
              value={module.introduction}
              onChange={(e) => update({ introduction: e.target.value })}
            />
          )}
        </Field>
        {choices.length > 0 && (
          <IndicatorPicker
            id={inputIdOf(`${at}.indicatorCodes`)}
            legend={t('elisStaff.indicators.moduleLegend')}
            hint={t('elisStaff.indicators.moduleHint')}
            error={error('indicatorCodes')}
            choices={choices}
            value={module.indicatorCodes}
            onChange={(indicatorCodes) => update({ indicatorCodes })}
            optional
          />
        )}
        <section className="course-lessons" aria-labelledby={`${inputIdOf(at)}-lessons`}>
          <h3 id={`${inputIdOf(at)}-lessons`}>{t('elisStaff.module.lessons')}</h3>
          <div id={inputIdOf(`${at}.lessons`)} tabIndex={-1}>
            {error('lessons') && <p className="field__error">{error('lessons')}</p>}
            {lessons.length === 0 && <p>{t('elisStaff.module.noLessons')}</p>}
          </div>
          <ol className="plain-list course-lessons__list">
            {lessons.map((lesson, j) => (
              <LessonEditor
                key={lesson.key}
                lesson={lesson}
                at={`${at}.lessons.${j}`}
                number={j + 1}
                count={lessons.length}
                context={context}
                update={(next) => update({ lessons: lessons.map((l) => (l.key === lesson.key ? { ...l, ...next } : l)) })}
                move={(by) => update({ lessons: moved(lessons, j, by) })}
                remove={() => update({ lessons: lessons.filter((l) => l.key !== lesson.key) })}
              />
            ))}
          </ol>
          <button
            type="button"
            className="button button--secondary"
            disabled={lessons.length >= courseLimits.lessonsPerModule}
            onClick={() => update({ lessons: [...lessons, blankLesson()] })}
          >
            {t('elisStaff.module.addLesson')} <span className="visually-hidden">{t('elisStaff.module.legend', { number })}</span>
          </button>
        </section>
        <div id={inputIdOf(`${at}.quiz`)} tabIndex={-1} className="course-quiz-place">
          {error('quiz') && <p className="field__error">{error('quiz')}</p>}
          {module.quiz ? (
            <QuizEditor
              quiz={module.quiz}
              at={`${at}.quiz`}
              moduleNumber={number}
              isNew={module.id === undefined || module.quiz.questions.some((q) => q.id === undefined)}
              context={context}
              onChange={(quiz) => update({ quiz })}
            />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => update({ quiz: blankQuiz() })}>
              {t('elisStaff.module.addQuiz')} <span className="visually-hidden">{t('elisStaff.module.legend', { number })}</span>
            </button>
          )}
        </div>
      </Fold>
      <div className="button-row course-moves">
        <button type="button" className="button button--quiet" disabled={index === 0} onClick={() => move(-1)}>
          {t('elisStaff.move.up')} <span className="visually-hidden">{t('elisStaff.module.legend', { number })}</span>
        </button>
        <button type="button" className="button button--quiet" disabled={index === count - 1} onClick={() => move(1)}>
          {t('elisStaff.move.down')} <span className="visually-hidden">{t('elisStaff.module.legend', { number })}</span>
        </button>
        <button type="button" className="button button--quiet" disabled={count <= 1} onClick={remove}>
          {t('elisStaff.module.remove')} <span className="visually-hidden">{number}</span>
        </button>
      </div>
    </li>
  );
}
