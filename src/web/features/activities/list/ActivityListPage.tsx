import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { activitiesExportPath, activitiesQuery, type ActivityFilters } from '#web/features/activities/api.ts';
import { OutboxPanel } from '#web/features/activities/outbox/OutboxPanel.tsx';
import { useOutbox } from '#web/features/activities/outbox/OutboxProvider.tsx';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { ActivityFiltersForm } from './ActivityFiltersForm';
import { ActivityTable } from './ActivityTable';
import { filtersFrom, hasFilters, pageFrom, paramsFor } from './filters';
import '#web/i18n/pages.ts';

const pageSize = 25;

/** Every report the user may see, newest first, narrowed by filters kept in the address. */
export function ActivityListPage() {
  const { t, locale } = useLanguage();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key]);
  const page = pageFrom(params);
  usePageTitle(t('activities.title'));

  const list = useApiQuery(activitiesQuery(filters, page, pageSize));
  // A report sent from the outbox belongs in the list: show it without asking for a reload.
  const { outcomes } = useOutbox();
  const { reload } = list;
  useEffect(() => {
    if (outcomes.length > 0) reload();
  }, [outcomes, reload]);
  const apply = (next: ActivityFilters, nextPage = 1) => setParams(paramsFor(next, nextPage));
  const state = useFlash((value) => value as { deleted?: string } | null);
  const ownPartner = user.role === 'pengelola';

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('activities.title')}</h1>
        {can(user, 'activities.report') && (
          <Link className="button button--large" to="/lapor">
            {t('home.report')}
          </Link>
        )}
      </div>
      {state?.deleted && (
        <p className="notice notice--success" role="status">
          {t('activities.deleted', { title: state.deleted })}
        </p>
      )}
      {can(user, 'activities.report') && <OutboxPanel />}
      <ActivityFiltersForm value={filters} onApply={apply} withStatus withPartner={!ownPartner} idPrefix="activities-filter" />
      {list.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list.state === 'failed' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.state === 'ready' && (
        <>
          <p className="lead" role="status">
            {hasFilters(filters)
              ? t('activities.countFiltered', { count: list.data.total.toLocaleString(locale) })
              : t('activities.count', { count: list.data.total.toLocaleString(locale) })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{hasFilters(filters) ? t('activities.noneFiltered') : t('activities.none')}</p>
          ) : (
            <>
              <DownloadLinks hrefOf={(format) => activitiesExportPath(filters, format)} />
              <ActivityTable items={list.data.items} caption={t('activities.caption')} showPartner={!ownPartner} />
            </>
          )}
          <Pager page={page} total={list.data.total} pageSize={pageSize} label={t('activities.pages')} onPage={(p) => apply(filters, p)} />
        </>
      )}
    </>
  );
}
