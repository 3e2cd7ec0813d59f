import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { can } from '#domain/permissions';
import type { PartnerDetail } from '#domain/partners';
import { activityStatuses } from '#domain/taxonomy';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { activitiesQuery } from '#web/features/activities/api.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ActivityTable } from '#web/features/activities/list/ActivityTable.tsx';
import { paramsFor } from '#web/features/activities/list/filters.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { PartnerStories } from '#web/features/practices/PartnerStories.tsx';
import { PartnerProblems } from '#web/features/problems/sections/PartnerProblems.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { partnerQuery } from './api';
import { PartnerFacts } from './PartnerFacts';
import { PartnerStatusToggle } from './PartnerStatusToggle';
import '#web/i18n/pages.ts';

const recent = 10;

/** A partner's page: its data, its managers, its reports by status and the latest of them. */
export function PartnerPage() {
  const { t } = useLanguage();
  const id = idFromParam(useParams().id);
  const query = partnerQuery(id);
  const partner = useApiQuery(query);
  const client = useQueryClient();
  const shown = partner.state === 'ready' ? partner.data : null;
  usePageTitle(shown?.name ?? t('partners.title'));

  if (!shown) {
    return (
      <>
        <h1 tabIndex={-1}>{t('partners.title')}</h1>
        {partner.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {partner.state === 'failed' && <ErrorNotice error={partner.error} overrides={{ not_found: t('partners.notFound') }} />}
      </>
    );
  }
  // A change answers with the partner as it now is: show that, without asking again.
  return <PartnerView partner={shown} onChanged={(p) => client.setQueryData(query.queryKey, { ...shown, ...p })} />;
}

function PartnerView({ partner, onChanged }: { partner: PartnerDetail; onChanged: (p: Partial<PartnerDetail>) => void }) {
  const { t, locale } = useLanguage();
  const user = useUser();
  const saved = useFlash((state) => (state as { saved?: boolean } | null)?.saved === true);
  const mayWrite = can(user, 'partners.write');
  const activities = useApiQuery(activitiesQuery({ partner: partner.id }, 1, recent));

  return (
    <>
      <p className="back-link">
        <Link to="/mitra">{t('partners.backToList')}</Link>
      </p>
      <h1 tabIndex={-1}>{partner.name}</h1>
      {saved && (
        <p className="notice notice--success" role="status">
          {t('partners.saved')}
        </p>
      )}
      {!partner.active && <p className="notice notice--info">{t('partners.inactiveNotice')}</p>}
      <div className="button-row">
        <Link className="button button--secondary" to={`/mitra/${partner.id}/rapor`}>
          {t('partners.rapor')}
        </Link>
        {mayWrite && (
          <Link className="button button--secondary" to={`/mitra/${partner.id}/ubah`}>
            {t('partners.edit')}
          </Link>
        )}
        {mayWrite && <PartnerStatusToggle partner={partner} onChanged={onChanged} />}
      </div>
      <PartnerFacts partner={partner} />

      <section aria-labelledby="partner-counts">
        <h2 id="partner-counts">{t('partners.counts')}</h2>
        <ul className="count-cards">
          {activityStatuses.map((status) => (
            <li key={status}>
              <Link
                to={`/kegiatan?${paramsFor({ partner: partner.id, status }).toString()}`}
                className={`count-card count-card--${status}`}
              >
                <span className="count-card__number">{partner.activityCounts[status].toLocaleString(locale)}</span>
                <span className="count-card__label">{t(`status.${status}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <PartnerProblems partnerId={partner.id} />

      <section aria-labelledby="partner-activities">
        <h2 id="partner-activities">{t('partners.activities')}</h2>
        {activities.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {activities.state === 'failed' && <ErrorNotice error={activities.error} onRetry={activities.reload} />}
        {activities.state === 'ready' &&
          (activities.data.items.length === 0 ? (
            <p>{t('partners.noActivities')}</p>
          ) : (
            <>
              <ActivityTable
                items={activities.data.items}
                caption={t('partners.activitiesCaption', { count: activities.data.items.length })}
                showPartner={false}
              />
              {activities.data.total > recent && (
                <Link to={`/kegiatan?${paramsFor({ partner: partner.id }).toString()}`}>
                  {t('partners.allActivities', { count: activities.data.total.toLocaleString(locale) })}
                </Link>
              )}
            </>
          ))}
      </section>
      <PartnerStories partnerId={partner.id} />
    </>
  );
}
