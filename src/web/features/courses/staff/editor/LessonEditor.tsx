import { useRef, useState } from 'react';
import { courseLimits } from '#domain/courses';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { LessonView } from '../preview/LessonView';
import { Fold } from './Fold';
import { LessonImage } from './LessonImage';
import { inputIdOf, type LessonDraft } from './model';
import type { EditorContext } from './context';
import '../messages.ts';

interface LessonEditorProps {
  lesson: LessonDraft;
  /** `modules.0.lessons.1`: the lesson's place in the body, for ids and errors. */
  at: string;
  number: number;
  count: number;
  context: EditorContext;
  update: (next: Partial<LessonDraft>) => void;
  move: (by: -1 | 1) => void;
  remove: () => void;
}

/** One lesson: its title, its Markdown with pictures, and a preview rendered by the server's rules. */
export function LessonEditor({ lesson, at, number, count, context, update, move, remove }: LessonEditorProps) {
  const { t } = useLanguage();
  const error = (field: string) => context.errors[`${at}.${field}`];
  const body = useRef<HTMLTextAreaElement>(null);
  // Where the cursor last was, so a picture goes there even after the file picker took the focus.
  const cursor = useRef<number | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const saved = lesson.id === undefined ? undefined : context.savedLessons.get(lesson.id);

  const insert = (markdown: string) => {
    const position = cursor.current ?? lesson.body.length;
    const before = lesson.body.slice(0, position);
    const after = lesson.body.slice(position);
    const gapBefore = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const gapAfter = after.startsWith('\n') ? '' : '\n';
    update({ body: `${before}${gapBefore}${markdown}${gapAfter}${after}` });
    cursor.current = position + gapBefore.length + markdown.length + gapAfter.length;
  };
  const remember = () => {
    cursor.current = body.current?.selectionStart ?? null;
  };

  return (
    <li className="course-lesson">
      <Fold
        id={inputIdOf(at)}
        summary={
          <>
            {t('elisStaff.lesson.legend', { number })}: {lesson.title.trim() || t('elisStaff.module.untitled')}
          </>
        }
        initiallyOpen={lesson.id === undefined}
        hasError={context.hasErrorUnder(at)}
      >
        <Field id={inputIdOf(`${at}.title`)} label={t('elisStaff.field.title')} error={error('title')}>
          {(control) => (
            <input {...control} maxLength={courseLimits.title} value={lesson.title} onChange={(e) => update({ title: e.target.value })} />
          )}
        </Field>
        <Field id={inputIdOf(`${at}.body`)} label={t('elisStaff.field.body')} hint={t('elisStaff.lesson.bodyHint')} error={error('body')}>
          {(control) => (
            <textarea
              {...control}
              ref={body}
              className="course-markdown"
              rows={12}
              maxLength={courseLimits.lessonBody}
              value={lesson.body}
              onChange={(e) => update({ body: e.target.value })}
              onSelect={remember}
              onBlur={remember}
            />
          )}
        </Field>
        <LessonImage courseId={context.courseId} at={at} insert={insert} />
        <Field
          id={inputIdOf(`${at}.minutes`)}
          label={t('elisStaff.field.minutes')}
          hint={t('elisStaff.lesson.minutesHint')}
          error={error('minutes')}
          optional
        >
          {(control) => (
            <input
              {...control}
              className="count-input"
              type="number"
              inputMode="numeric"
              min={1}
              max={courseLimits.lessonMinutes}
              value={lesson.minutes}
              onChange={(e) => update({ minutes: e.target.value })}
            />
          )}
        </Field>
        <button type="button" className="button button--secondary" aria-expanded={previewing} onClick={() => setPreviewing((p) => !p)}>
          {previewing ? t('elisStaff.lesson.hidePreview') : t('elisStaff.lesson.preview')}
        </button>
        {previewing && (
          <section className="course-lesson__preview" aria-label={t('elisStaff.lesson.previewTitle', { title: lesson.title })}>
            {lesson.id === undefined || context.courseId === null ? (
              <p className="notice notice--info">{t('elisStaff.lesson.previewUnsaved')}</p>
            ) : (
              <>
                {saved !== undefined && saved !== lesson.body && (
                  <p className="notice notice--info">{t('elisStaff.lesson.previewStale')}</p>
                )}
                {/* A new revision is a new view: the lesson is asked for again once saved. */}
                <LessonView key={context.revision} courseId={context.courseId} lessonId={lesson.id} />
              </>
            )}
          </section>
        )}
      </Fold>
      <div className="button-row course-moves">
        <button type="button" className="button button--quiet" disabled={number === 1} onClick={() => move(-1)}>
          {t('elisStaff.move.up')} <span className="visually-hidden">{lesson.title}</span>
        </button>
        <button type="button" className="button button--quiet" disabled={number === count} onClick={() => move(1)}>
          {t('elisStaff.move.down')} <span className="visually-hidden">{lesson.title}</span>
        </button>
        <button type="button" className="button button--quiet" onClick={remove}>
          {t('elisStaff.lesson.remove')} <span className="visually-hidden">{lesson.title}</span>
        </button>
      </div>
    </li>
  );
}
