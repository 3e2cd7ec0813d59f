import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { courseLimits, type AuthoredCourse } from '#domain/courses';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { authoredCourseQuery, createCourse, saveCourse } from '../api';
import { pathWordsOf } from '../words';
import type { EditorContext } from './context';
import { CourseIndicatorPicker, useIndicators } from './IndicatorPicker';
import {
  blankCourse,
  blankModule,
  checkCourse,
  describePath,
  draftOf,
  hasChanges,
  inputIdOf,
  moved,
  placeOf,
  placesOf,
  withIndicators,
  type CourseDraft,
  type ModuleDraft,
} from './model';
import { ModuleEditor } from './ModuleEditor';
import { PublishPanel } from './PublishPanel';
import '../staff.css';
import '../messages.ts';

type Said = 'created' | 'saved' | 'published' | 'unpublished';

const saidKey = {
  created: 'elisStaff.editor.created',
  saved: 'elisStaff.editor.saved',
  published: 'elisStaff.publish.published',
  unpublished: 'elisStaff.publish.unpublished',
} as const;

/** The whole course on one form: saved in one PUT, every item keeping its id (and learners' progress on it). */
function CourseEditor({ initial }: { initial: AuthoredCourse | null }) {
  const { t, dictionary } = useLanguage();
  const navigate = useNavigate();
  const created = useFlash((state) => ((state as { created?: boolean } | null)?.created ? ('created' as const) : null));
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState<CourseDraft>(() => (initial ? draftOf(initial) : blankCourse()));
  const [said, setSaid] = useState<Said | null>(created);
  const form = useSubmit();
  const indicators = useIndicators();

  // Each issue is shown at the input it names, or at the part of the form that holds it.
  const places = useMemo(() => placesOf(draft), [draft]);
  const words = pathWordsOf(dictionary);
  const errors: Record<string, string> = {};
  const fieldIds: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const issue of form.error?.details ?? []) {
    const place = placeOf(issue.field, places) ?? issue.field;
    errors[place] ??= form.fieldErrors[issue.field] ?? '';
    if (places.has(place)) fieldIds[issue.field] = inputIdOf(place);
    labels[issue.field] = describePath(issue.field, words);
  }
  const savedLessons = useMemo(() => new Map(saved?.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.body] as const)) ?? []), [saved]);
  const context: EditorContext = {
    courseId: saved?.id ?? null,
    revision: saved?.revision ?? 0,
    errors,
    hasErrorUnder: (at) => Object.keys(errors).some((f) => f === at || f.startsWith(`${at}.`)),
    savedLessons,
    indicators: indicators.state === 'ready' ? indicators.data : [],
  };
  const unsaved = hasChanges(draft, saved);

  const set = <K extends keyof CourseDraft>(key: K, value: CourseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setModules = (modules: ModuleDraft[]) => set('modules', modules);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    const sent = draft;
    void form.submit(checkCourse(sent, saved === null), async (body) => {
      if (saved === null) {
        const course = await createCourse(body);
        await navigate(`/elis/kelola/${course.id}`, { state: { created: true } });
        return;
      }
      const course = await saveCourse(saved.id, body);
      setSaved(course);
      // New items now have ids; the rows keep their keys, so what was open stays open.
      setDraft(draftOf(course, sent));
      setSaid('saved');
    });
  };

  return (
    <>
      {saved?.status === 'published' && (
        <p className="notice notice--info course-editor__published">{t('elisStaff.editor.publishedNote')}</p>
      )}
      {saved === null && <p className="lead">{t('elisStaff.editor.newIntro')}</p>}
      {said && (
        <p className="notice notice--success" role="status">
          {t(saidKey[said])}
        </p>
      )}
      {saved && (
        <PublishPanel
          course={saved}
          unsaved={unsaved}
          onChanged={(course, what) => {
            setSaved(course);
            setSaid(what);
          }}
        />
      )}
      <form className="form course-editor" onSubmit={onSubmit} noValidate>
        {form.error && (
          <ErrorNotice error={form.error} fieldIds={fieldIds} labels={labels} overrides={{ conflict: t('elisStaff.editor.conflict') }} />
        )}
        <section className="card form" aria-labelledby="course-about">
          <h2 id="course-about">{t('elisStaff.editor.about')}</h2>
          <Field id={inputIdOf('title')} label={t('elisStaff.field.title')} hint={t('elisStaff.editor.titleHint')} error={errors.title}>
            {(control) => (
              <input {...control} maxLength={courseLimits.title} value={draft.title} onChange={(e) => set('title', e.target.value)} />
            )}
          </Field>
          <Field
            id={inputIdOf('summary')}
            label={t('elisStaff.field.summary')}
            hint={t('elisStaff.editor.summaryHint')}
            error={errors.summary}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={courseLimits.summary}
                value={draft.summary}
                onChange={(e) => set('summary', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={inputIdOf('audience')}
            label={t('elisStaff.field.audience')}
            hint={t('elisStaff.editor.audienceHint')}
            error={errors.audience}
            optional
          >
            {(control) => (
              <input
                {...control}
                maxLength={courseLimits.audience}
                value={draft.audience}
                onChange={(e) => set('audience', e.target.value)}
              />
            )}
          </Field>
          <CourseIndicatorPicker
            id={inputIdOf('indicatorCodes')}
            indicators={indicators}
            error={errors.indicatorCodes}
            value={draft.indicatorCodes}
            onChange={(codes) => setDraft((d) => withIndicators(d, codes))}
          />
          <Field
            id={inputIdOf('introduction')}
            label={t('elisStaff.field.introduction')}
            hint={t('elisStaff.editor.introHint')}
            error={errors.introduction}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                rows={4}
                maxLength={courseLimits.introduction}
                value={draft.introduction}
                onChange={(e) => set('introduction', e.target.value)}
              />
            )}
          </Field>
        </section>
        <section className="course-modules" aria-labelledby="course-modules">
          <h2 id="course-modules">{t('elisStaff.editor.modules')}</h2>
          <div id={inputIdOf('modules')} tabIndex={-1}>
            {errors.modules && <p className="field__error">{errors.modules}</p>}
            {draft.modules.length === 0 && <p>{t('elisStaff.editor.noModules')}</p>}
          </div>
          <ol className="plain-list course-modules__list">
            {draft.modules.map((module, i) => (
              <ModuleEditor
                key={module.key}
                module={module}
                index={i}
                count={draft.modules.length}
                courseIndicators={draft.indicatorCodes}
                context={context}
                update={(next) => setModules(draft.modules.map((m) => (m.key === module.key ? { ...m, ...next } : m)))}
                move={(by) => setModules(moved(draft.modules, i, by))}
                remove={() => setModules(draft.modules.filter((m) => m.key !== module.key))}
              />
            ))}
          </ol>
          <button
            type="button"
            className="button button--secondary"
            disabled={draft.modules.length >= courseLimits.modules}
            onClick={() => setModules([...draft.modules, blankModule()])}
          >
            {t('elisStaff.editor.addModule')}
          </button>
        </section>
        <div className="course-editor__savebar">
          {unsaved && saved !== null && <span className="muted">{t('elisStaff.editor.unsaved')}</span>}
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? t('elisStaff.editor.saving') : t('elisStaff.editor.save')}
          </button>
        </div>
      </form>
    </>
  );
}

/** /elis/kelola/baru: a new course, saved as a draft. */
export function NewCoursePage() {
  const { t } = useLanguage();
  usePageTitle(t('elisStaff.editor.newTitle'));
  return (
    <>
      <p className="back-link">
        <Link to="/elis/kelola">{t('elisStaff.back.list')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('elisStaff.editor.newTitle')}</h1>
      <CourseEditor initial={null} />
    </>
  );
}

/** /elis/kelola/:id: the course as it is now (never a cached copy: a save sends the whole course). */
export function EditCoursePage() {
  const { t } = useLanguage();
  const id = idFromParam(useParams().id);
  const loaded = useApiQuery(authoredCourseQuery(id), { fresh: true });
  const title = loaded.state === 'ready' ? loaded.data.title : t('elisStaff.editor.editTitle');
  usePageTitle(title);
  return (
    <>
      <p className="back-link">
        <Link to="/elis/kelola">{t('elisStaff.back.list')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('elisStaff.editor.editTitle')}</h1>
      {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {loaded.state === 'failed' && (
        <ErrorNotice error={loaded.error} overrides={{ not_found: t('elisStaff.editor.notFound') }} onRetry={loaded.reload} />
      )}
      {loaded.state === 'ready' && <CourseEditor key={loaded.data.id} initial={loaded.data} />}
    </>
  );
}
