import { Link } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { elisProgressQuery } from '../api';
import { CourseStatusBadge } from '../CourseStatusBadge';
import { RegionTrail } from '#web/features/regions/RegionTrail.tsx';
import { CountCards } from './RegionCounts';
import { useProgressRegion } from './useProgressRegion';
import '../staff.css';
import '../messages.ts';

/** /elis/kelola/kemajuan: every course counted in the viewer's region, each opening its learners. */
export function ProgressOverviewPage() {
  const { t } = useLanguage();
  const user = useUser();
  const { scope, region, hrefOf } = useProgressRegion();
  const loaded = useApiQuery(elisProgressQuery(region));
  usePageTitle(t('elisStaff.progress.overviewTitle'));
  const shown = loaded.state === 'ready' ? loaded.data.region : null;
  return (
    <>
      {can(user, 'courses.write') && (
        <p className="back-link">
          <Link to="/elis/kelola">{t('elisStaff.back.list')}</Link>
        </p>
      )}
      <h1 tabIndex={-1}>{t('elisStaff.progress.overviewTitle')}</h1>
      <p className="lead">{t('elisStaff.progress.overviewIntro')}</p>
      {shown && (
        <>
          <RegionTrail scope={scope} region={shown.code} regionName={shown.name} hrefOf={(r) => hrefOf('/elis/kelola/kemajuan', r)} />
          <p>
            <strong>{t('elisStaff.progress.in', { region: shown.name })}</strong>
          </p>
        </>
      )}
      {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {loaded.state === 'failed' && (
        <ErrorNotice error={loaded.error} overrides={{ forbidden: t('elisStaff.progress.outOfScope') }} onRetry={loaded.reload} />
      )}
      {loaded.state === 'ready' && (
        <section aria-labelledby="progress-courses">
          <h2 id="progress-courses">{t('elisStaff.progress.courses')}</h2>
          {loaded.data.items.length === 0 && <p>{t('elisStaff.progress.noCourses')}</p>}
          <ul className="course-cards">
            {loaded.data.items.map((item) => (
              <li key={item.courseId} className="course-card">
                <h3 className="course-card__title">{item.title}</h3>
                <p>
                  <CourseStatusBadge status={item.status} />
                </p>
                <CountCards counts={item} />
                <Link className="button button--secondary" to={hrefOf(`/elis/kelola/${item.courseId}/kemajuan`, region)}>
                  {t('elisStaff.progress.open')} <span className="visually-hidden">{item.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
