import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { publishedCoursesQuery } from '../api';
import type { CourseRef } from './model';
import '../messages.ts';

interface CourseChooserProps {
  id: string;
  value: CourseRef[];
  onChange: (courses: CourseRef[]) => void;
  error?: string | undefined;
}

/**
 * The published Elis courses by title, ticked to introduce them at the meeting. Courses are few,
 * so all are listed; one already chosen that is no longer published stays listed until unticked.
 */
export function CourseChooser({ id, value, onChange, error }: CourseChooserProps) {
  const { t } = useLanguage();
  const published = useApiQuery(publishedCoursesQuery);
  const chosen = new Set(value.map((c) => c.id));
  const listed: CourseRef[] = published.state === 'ready' ? published.data.items.map((c) => ({ id: c.id, title: c.title })) : [];
  const options = [...listed, ...value.filter((c) => !listed.some((l) => l.id === c.id))];
  const toggle = (course: CourseRef, on: boolean) => onChange(on ? [...value, course] : value.filter((c) => c.id !== course.id));

  return (
    <fieldset id={id} className={error ? 'chooser field--invalid' : 'chooser'} tabIndex={-1}>
      <legend className="chooser__label">{t('gathering.coursesLabel')}</legend>
      <p className="field__hint">{t('gathering.coursesHint')}</p>
      {error && <p className="field__error">{error}</p>}
      {published.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {published.state === 'failed' && <ErrorNotice error={published.error} onRetry={published.reload} />}
      {published.state === 'ready' && options.length === 0 && <p className="agenda-item__none">{t('gathering.noCoursesPublished')}</p>}
      {options.length > 0 && (
        <ul className="chooser__options">
          {options.map((c) => (
            <li key={c.id}>
              <label className="checkbox">
                <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c, e.target.checked)} />
                <span>{c.title}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
