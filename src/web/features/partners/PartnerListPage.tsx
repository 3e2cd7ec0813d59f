import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { pageFrom } from '#web/features/activities/list/filters.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { partnersExportPath, partnersQuery, type PartnerFilters } from './api';
import { partnerFiltersFrom, partnerParamsFor } from './filters';
import { PartnerFiltersForm } from './PartnerFiltersForm';
import { PartnerTable } from './PartnerTable';
import '#web/i18n/pages.ts';

const pageSize = 50;

/** The partners in the user's scope, filtered by region (any level below), type, scheme, cohort, status and name. */
export function PartnerListPage() {
  const { t, locale } = useLanguage();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => partnerFiltersFrom(new URLSearchParams(key)), [key]);
  const page = pageFrom(params);
  usePageTitle(t('partners.title'));

  const list = useApiQuery(partnersQuery(filters, page, pageSize));
  const apply = (next: PartnerFilters, nextPage = 1) => setParams(partnerParamsFor(next, nextPage));

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('partners.title')}</h1>
        {can(user, 'partners.write') && (
          <Link className="button" to="/mitra/baru">
            {t('partners.new')}
          </Link>
        )}
      </div>
      <PartnerFiltersForm value={filters} onApply={apply} within={user.regionCode} />
      {list.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list.state === 'failed' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.state === 'ready' && (
        <>
          <p className="lead" role="status">
            {t('partners.count', { count: list.data.total.toLocaleString(locale) })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('partners.none')}</p>
          ) : (
            <>
              <DownloadLinks hrefOf={(format) => partnersExportPath(filters, format)} />
              <PartnerTable partners={list.data.items} />
            </>
          )}
          <Pager page={page} total={list.data.total} pageSize={pageSize} label={t('partners.pages')} onPage={(p) => apply(filters, p)} />
        </>
      )}
    </>
  );
}
