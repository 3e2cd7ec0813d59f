import { Link } from 'react-router-dom';
import type { CourseListItem } from '#domain/course-learning';
import { formatCertificateCode } from '#domain/course-scoring';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { courseListQuery } from './api';
import { useIndicatorNames } from './indicatorNames';
import { KeptNotice } from './KeptNotice';
import type { ElisOutboxEntry } from './outbox/outbox';
import { useElisOutbox } from './outbox/useElisOutbox';
import { ProgressLine } from './ProgressLine';
import { coursePath, standingInList } from './standing';
import { useCopies } from './useCopies';
import './courses.css';
import './messages.ts';

/** /elis: the published courses, each with the learner's progress, the indicators it helps and whom it is for. */
export function CourseListPage() {
  const { t } = useLanguage();
  usePageTitle(t('elis.list.title'));
  const list = useApiQuery(courseListQuery(useCopies()));
  const { entries } = useElisOutbox();

  return (
    <>
      <h1 tabIndex={-1}>{t('elis.list.title')}</h1>
      <p className="lead">{t('elis.list.intro')}</p>
      {list.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list.state === 'failed' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.state === 'ready' && (
        <>
          <KeptNotice savedAt={list.data.savedAt} />
          {list.data.value.items.length === 0 ? (
            <p>{t('elis.list.none')}</p>
          ) : (
            <ul className="elis-courses">
              {list.data.value.items.map((course) => (
                <CourseCard key={course.id} course={course} entries={entries} />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function CourseCard({ course, entries }: { course: CourseListItem; entries: readonly ElisOutboxEntry[] }) {
  const { t } = useLanguage();
  const names = useIndicatorNames();
  const standing = standingInList(course, entries);
  const code = course.progress?.certificateCode ?? null;
  return (
    <li className="card elis-course">
      <h2 className="elis-course__title">
        <Link to={coursePath(course.id)}>{course.title}</Link>
      </h2>
      <p>{course.summary}</p>
      <dl className="facts">
        {course.audience !== null && (
          <div>
            <dt>{t('elis.audience')}</dt>
            <dd>{course.audience}</dd>
          </div>
        )}
        <div>
          <dt>{t('elis.helps')}</dt>
          <dd>{names(course.indicatorCodes)}</dd>
        </div>
        <div>
          <dt>{t('elis.size')}</dt>
          <dd>
            {course.minutes === null
              ? t('elis.sizeOf', { modules: course.moduleCount, lessons: course.lessonCount })
              : t('elis.sizeWithMinutes', { modules: course.moduleCount, lessons: course.lessonCount, minutes: course.minutes })}
          </dd>
        </div>
      </dl>
      {standing.enrolled ? <ProgressLine standing={standing} /> : <p className="muted">{t('elis.notStarted')}</p>}
      {code !== null && <p className="elis-course__done">{t('elis.completedWith', { code: formatCertificateCode(code) })}</p>}
    </li>
  );
}
