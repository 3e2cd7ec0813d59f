import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { courseProgressExportPath, courseProgressQuery, learnerViewQuery } from '../api';
import { LearnerCard } from './LearnerCard';
import { RegionTrail } from '#web/features/regions/RegionTrail.tsx';
import { CountCards, RegionCounts } from './RegionCounts';
import { useProgressRegion } from './useProgressRegion';
import '../staff.css';
import '../messages.ts';

const pageSize = 50;

/**
 * /elis/kelola/:id/kemajuan?region=: one course's learners in a region of the viewer's scope,
 * the counts per child region (each a step down), and every learner as a card.
 */
export function CourseProgressPage() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const id = idFromParam(useParams().id);
  const { scope, region, page, hrefOf } = useProgressRegion();
  const path = `/elis/kelola/${id}/kemajuan`;
  const loaded = useApiQuery(courseProgressQuery(id, region, page, pageSize));
  // The quizzes are named by their modules; a course the viewer cannot read just shows numbers.
  const course = useApiQuery({ ...learnerViewQuery(id), retry: false });
  const moduleNames = useMemo(
    () => new Map(course.state === 'ready' ? course.data.modules.map((m) => [m.id, m.title] as const) : []),
    [course],
  );
  const report = loaded.state === 'ready' ? loaded.data : null;
  usePageTitle(report ? t('elisStaff.progress.courseTitle', { title: report.course.title }) : t('elisStaff.progress.overviewTitle'));

  return (
    <>
      <p className="back-link">
        <Link to={hrefOf('/elis/kelola/kemajuan', region)}>{t('elisStaff.back.overview')}</Link>
      </p>
      <h1 tabIndex={-1}>
        {report ? t('elisStaff.progress.courseTitle', { title: report.course.title }) : t('elisStaff.progress.overviewTitle')}
      </h1>
      {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {loaded.state === 'failed' && (
        <ErrorNotice
          error={loaded.error}
          overrides={{ forbidden: t('elisStaff.progress.outOfScope'), not_found: t('elisStaff.progress.notFound') }}
          onRetry={loaded.reload}
        />
      )}
      {report && (
        <>
          <RegionTrail scope={scope} region={report.region.code} regionName={report.region.name} hrefOf={(r) => hrefOf(path, r)} />
          <p>
            <strong>{t('elisStaff.progress.in', { region: report.region.name })}</strong>
          </p>
          <CountCards counts={report.totals} />
          <RegionCounts regions={report.regions} hrefOf={(r) => hrefOf(path, r)} />
          <section aria-labelledby="progress-learners">
            <h2 id="progress-learners">{t('elisStaff.progress.learners')}</h2>
            {report.total === 0 ? (
              <p>{t('elisStaff.progress.noLearners')}</p>
            ) : (
              <>
                <p className="table-count">{t('elisStaff.progress.learnerCount', { count: report.total })}</p>
                <ul className="plain-list course-learners" aria-label={t('elisStaff.progress.learners')}>
                  {report.learners.map((learner) => (
                    <LearnerCard
                      key={learner.userId}
                      learner={learner}
                      lessonCount={report.course.lessonCount}
                      quizCount={report.course.quizCount}
                      moduleNames={moduleNames}
                    />
                  ))}
                </ul>
                <Pager
                  page={page}
                  total={report.total}
                  pageSize={pageSize}
                  label={t('elisStaff.progress.pages')}
                  onPage={(next) => void navigate(hrefOf(path, region, next))}
                />
                <DownloadLinks hrefOf={(format) => courseProgressExportPath(id, report.region.code, format)} />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
