import { Link } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { allCoursesQuery, elisProgressQuery } from '../api';
import { CourseStatusBadge } from '../CourseStatusBadge';
import '../staff.css';
import '../messages.ts';

/** /elis/kelola: every course, drafts too, with its size and how many have taken it. */
export function CourseAdminListPage() {
  const { t, locale } = useLanguage();
  const user = useUser();
  usePageTitle(t('elisStaff.list.title'));
  const deleted = useFlash((state) => ((state as { deleted?: boolean } | null)?.deleted ? true : null));
  const courses = useApiQuery(allCoursesQuery());
  // Learners are counted by the staff's progress view (the whole country for the national office).
  const seesProgress = can(user, 'courses.progress');
  const progress = useApiQuery({ ...elisProgressQuery(null), enabled: seesProgress });
  const countsOf = (id: number) => (progress.state === 'ready' ? progress.data.items.find((i) => i.courseId === id) : undefined);

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('elisStaff.list.title')}</h1>
        <Link className="button" to="/elis/kelola/baru">
          {t('elisStaff.list.new')}
        </Link>
      </div>
      <p className="lead">{t('elisStaff.list.intro')}</p>
      {deleted && (
        <p className="notice notice--success" role="status">
          {t('elisStaff.list.deleted')}
        </p>
      )}
      {seesProgress && (
        <p>
          <Link to="/elis/kelola/kemajuan">{t('elisStaff.list.allProgress')}</Link>
        </p>
      )}
      {courses.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {courses.state === 'failed' && <ErrorNotice error={courses.error} onRetry={courses.reload} />}
      {courses.state === 'ready' && courses.data.items.length === 0 && <p>{t('elisStaff.list.none')}</p>}
      {courses.state === 'ready' && courses.data.items.length > 0 && (
        <ul className="course-cards" aria-label={t('elisStaff.list.caption')}>
          {courses.data.items.map((course) => {
            const counts = countsOf(course.id);
            return (
              <li key={course.id} className="course-card">
                <h2 className="course-card__title">
                  <Link to={`/elis/kelola/${course.id}`}>{course.title}</Link>
                </h2>
                <p>
                  <CourseStatusBadge status={course.status} />
                </p>
                <p className="course-card__summary">{course.summary}</p>
                <p className="muted">
                  {t('elisStaff.list.size', { modules: course.moduleCount, lessons: course.lessonCount, quizzes: course.quizCount })}
                </p>
                {seesProgress && (
                  <p className="muted">
                    {t('elisStaff.list.learners', { enrolled: counts?.enrolled ?? 0, completed: counts?.completed ?? 0 })}
                  </p>
                )}
                <p className="muted">{t('elisStaff.list.updated', { date: formatDateTime(course.updatedAt, locale) })}</p>
                <div className="button-row">
                  <Link className="button button--secondary" to={`/elis/kelola/${course.id}`}>
                    {t('elisStaff.list.edit')} <span className="visually-hidden">{course.title}</span>
                  </Link>
                  <Link className="button button--quiet" to={`/elis/kelola/${course.id}/pratinjau`}>
                    {t('elisStaff.list.preview')} <span className="visually-hidden">{course.title}</span>
                  </Link>
                  {seesProgress && (
                    <Link className="button button--quiet" to={`/elis/kelola/${course.id}/kemajuan`}>
                      {t('elisStaff.list.progress')} <span className="visually-hidden">{course.title}</span>
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
