import { Link } from 'react-router-dom';
import type { RaporResponse } from '#domain/rapor';
import { useLanguage } from '#web/i18n/language.tsx';
import { indicatorLabel } from './wording';
import '#web/i18n/pages.ts';

/**
 * "Kursus Elis yang disarankan": an Elis course for each indicator below target in the period
 * (the server chooses them, decision 019), the indicator it helps, where to start, and how far
 * the library's manager has got. Links only: Elis itself loads when the learner follows one.
 */
export function RecommendedCourses({ rapor }: { rapor: RaporResponse }) {
  const { t, dictionary } = useLanguage();
  if (rapor.recommendedCourses.length === 0) return null;
  return (
    <section className="card" aria-labelledby="rapor-elis">
      <h2 id="rapor-elis">{t('rapor.elis.title')}</h2>
      <p className="field__hint">{t('rapor.elis.hint')}</p>
      <ul className="plain-list rapor-elis">
        {rapor.recommendedCourses.map((course) => (
          <li key={course.id}>
            <h3>
              <Link to={`/elis/${course.id}`}>{course.title}</Link>
            </h3>
            <p>{t('rapor.elis.helps', { indicator: indicatorLabel(course.indicatorCode, dictionary, rapor.profile.labels) })}</p>
            {course.module !== null && <p>{t('rapor.elis.module', { module: course.module.title })}</p>}
            <p className="muted">
              {course.progress === undefined
                ? t('rapor.elis.notStarted')
                : course.progress.completedAt !== null
                  ? t('rapor.elis.completed')
                  : t('rapor.elis.progress', { percent: course.progress.percent })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
