import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Gathering } from '#domain/gatherings';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { attendanceExportPath, attendanceFile, gatheringQuery } from '../api';
import { meetingDay } from '../wording';
import { AttendanceImport } from './AttendanceImport';
import { AttendeeList, PartnerSearch } from './PartnerSearch';
import { useAttendanceSync } from './useAttendanceSync';
import '../gatherings.css';
import '../messages.ts';

function TakeAttendance({ gathering, onImported }: { gathering: Gathering; onImported: () => Promise<void> }) {
  const { t, locale } = useLanguage();
  const attending = useMemo(() => new Set(gathering.attendance.map((a) => a.partnerId)), [gathering.attendance]);
  const sync = useAttendanceSync(gathering.id, attending);
  const unsaved = sync.unsaved().length;
  const failed = sync.failed();
  return (
    <>
      <div className="attendance-count" role="status" aria-live="polite">
        <span className="attendance-count__number">{sync.count().toLocaleString(locale)}</span> <span>{t('gathering.attendingNow')}</span>
        {unsaved > 0 && <span className="attendance-count__unsaved">{t('gathering.unsaved', { count: unsaved })}</span>}
      </div>
      {failed.length > 0 && (
        <div className="notice notice--error">
          <p className="notice__title">{t('gathering.tickFailed', { count: failed.length })}</p>
          <button type="button" className="button button--secondary" onClick={() => failed.forEach((id) => sync.retry(id))}>
            {t('gathering.retryAll')}
          </button>
        </div>
      )}
      <PartnerSearch gathering={gathering} sync={sync} />
      <AttendeeList gathering={gathering} sync={sync} />
      <AttendanceImport gathering={gathering} onImported={onImported} />
      <section aria-labelledby="attendance-export">
        <h2 id="attendance-export">{t('gathering.exportTitle')}</h2>
        <p>{t('gathering.exportIntro', { date: meetingDay(gathering.date, locale) })}</p>
        <DownloadLinks hrefOf={(format) => attendanceExportPath(gathering.id, format)} />
        <div className="button-row">
          <a className="button button--secondary" href={attendanceFile(gathering.id, 'pdf')} download>
            {t('gathering.exportPdf')}
          </a>
        </div>
      </section>
    </>
  );
}

/** Attendance on a phone during the meeting: find a library by name, tick it, see the count rise. */
export function AttendancePage() {
  const { t } = useLanguage();
  const id = idFromParam(useParams().id);
  const query = gatheringQuery(id);
  const loaded = useApiQuery(query, { fresh: true });
  const client = useQueryClient();
  const gathering = loaded.state === 'ready' ? loaded.data : null;
  usePageTitle(t('gathering.attendanceTitle'));
  const reload = () => client.refetchQueries({ queryKey: query.queryKey, exact: true });
  return (
    <>
      <p className="back-link">
        <Link to={`/pertemuan/${id}`}>{t('gathering.backToGathering')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('gathering.attendanceTitle')}</h1>
      {gathering && <p className="lead">{gathering.title}</p>}
      {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {loaded.state === 'failed' && (
        <ErrorNotice error={loaded.error} overrides={{ not_found: t('gathering.notFound') }} onRetry={loaded.reload} />
      )}
      {gathering && !gathering.editable && <p className="notice notice--info">{t('gathering.notYours')}</p>}
      {gathering?.editable && <TakeAttendance gathering={gathering} onImported={reload} />}
    </>
  );
}
