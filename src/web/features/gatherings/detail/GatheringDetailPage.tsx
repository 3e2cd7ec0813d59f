import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { Gathering } from '#domain/gatherings';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { attendanceExportPath, attendanceFile, gatheringQuery, packFile } from '../api';
import { meetingDay } from '../wording';
import { AgendaItemView } from './AgendaItemView';
import { GatheringHistory } from './GatheringHistory';
import '../gatherings.css';
import '../messages.ts';

function Header({ gathering: g }: { gathering: Gathering }) {
  const { t, locale } = useLanguage();
  return (
    <dl className="facts gathering-facts">
      <div>
        <dt>{t('field.date')}</dt>
        <dd>{meetingDay(g.date, locale)}</dd>
      </div>
      <div>
        <dt>{t('gathering.modeLabel')}</dt>
        <dd>{t(`gathering.mode.${g.mode}`)}</dd>
      </div>
      <div>
        <dt>{t('field.region')}</dt>
        <dd>{g.regionName}</dd>
      </div>
      {g.facilitators.length > 0 && (
        <div>
          <dt>{t('gathering.facilitators')}</dt>
          <dd>{g.facilitators.join(', ')}</dd>
        </div>
      )}
      {g.consultants.length > 0 && (
        <div>
          <dt>{t('gathering.consultants')}</dt>
          <dd>{g.consultants.join(', ')}</dd>
        </div>
      )}
      <div>
        <dt>{t('gathering.attendance')}</dt>
        <dd>{t('gathering.attendeeCount', { count: g.attendees.toLocaleString(locale) })}</dd>
      </div>
    </dl>
  );
}

/** One gathering: when and where, its agenda with what each item links, the minutes and follow-ups, and its trail. */
export function GatheringDetailPage() {
  const { t } = useLanguage();
  const id = idFromParam(useParams().id);
  const query = gatheringQuery(id);
  const loaded = useApiQuery(query);
  const client = useQueryClient();
  const gathering = loaded.state === 'ready' ? loaded.data : null;
  usePageTitle(gathering?.title ?? t('gathering.title'));
  const refresh = () => client.refetchQueries({ queryKey: query.queryKey, exact: true });

  if (!gathering) {
    return (
      <>
        <h1 tabIndex={-1}>{t('gathering.title')}</h1>
        {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {loaded.state === 'failed' && (
          <ErrorNotice
            error={loaded.error}
            overrides={{ not_found: t('gathering.notFound') }}
            onRetry={loaded.error.code === 'not_found' ? undefined : loaded.reload}
          />
        )}
      </>
    );
  }

  return (
    <>
      <p className="back-link">
        <Link to="/pertemuan">{t('gathering.backToList')}</Link>
      </p>
      <h1 tabIndex={-1}>{gathering.title}</h1>
      <Header gathering={gathering} />
      <div className="button-row gathering-actions">
        {gathering.editable && (
          <>
            <Link className="button" to={`/pertemuan/${gathering.id}/hadir`}>
              {t('gathering.takeAttendance')}
            </Link>
            <Link className="button button--secondary" to={`/pertemuan/${gathering.id}/ubah`}>
              {t('gathering.edit')}
            </Link>
          </>
        )}
        <a className="button button--secondary" href={packFile(gathering.id)} download>
          {t('gathering.pack')}
        </a>
      </div>
      {gathering.attendees > 0 && (
        <div className="gathering-downloads">
          <p>
            {t('gathering.attendanceFiles')}{' '}
            <a href={attendanceFile(gathering.id, 'pdf')} download>
              {t('gathering.exportPdf')}
            </a>
          </p>
          <DownloadLinks hrefOf={(format) => attendanceExportPath(gathering.id, format)} />
        </div>
      )}
      <section aria-labelledby="gathering-agenda">
        <h2 id="gathering-agenda">{t('gathering.agenda')}</h2>
        {gathering.agenda.length === 0 ? (
          <p>{t('gathering.noAgenda')}</p>
        ) : (
          <ol className="agenda">
            {gathering.agenda.map((item, index) => (
              <AgendaItemView key={item.id} gathering={gathering} item={item} number={index + 1} onChanged={refresh} />
            ))}
          </ol>
        )}
      </section>
      <GatheringHistory gathering={gathering} />
    </>
  );
}
