import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { problemsExportPath, problemsQuery } from '../api';
import { filtersFrom, hasFilters, pageFrom, paramsFor, type ProblemFilters } from '../filters';
import { ProblemFiltersForm } from './ProblemFiltersForm';
import { ProblemTable } from './ProblemTable';
import '../messages.ts';

const pageSize = 25;

/** /kendala: the problems in the user's scope, newest first, narrowed by filters kept in the address. */
export function ProblemListPage() {
  const { t, locale } = useLanguage();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key]);
  const page = pageFrom(params);
  usePageTitle(t('problems.title'));

  const list = useApiQuery(problemsQuery(filters, page, pageSize));
  const apply = (next: ProblemFilters, nextPage = 1) => setParams(paramsFor(next, nextPage));
  const ownPartner = user.role === 'pengelola';
  const count = list.state === 'ready' ? list.data.total.toLocaleString(locale) : '';

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('problems.title')}</h1>
        {can(user, 'problems.raise') && (
          <Link className="button button--large" to="/kendala/baru">
            {t('problems.raise')}
          </Link>
        )}
      </div>
      <p className="lead">{ownPartner ? t('problems.introOwn') : t('problems.intro')}</p>
      <ProblemFiltersForm value={filters} onApply={apply} withPlace={!ownPartner} within={user.regionCode} />
      {list.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list.state === 'failed' && (
        <ErrorNotice
          error={list.error}
          overrides={{ forbidden: t('problems.outOfScope'), not_found: t('problems.partnerNotFound') }}
          onRetry={list.reload}
        />
      )}
      {list.state === 'ready' && (
        <>
          <p role="status">{hasFilters(filters) ? t('problems.countFiltered', { count }) : t('problems.count', { count })}</p>
          {list.data.items.length === 0 ? (
            <p>{hasFilters(filters) ? t('problems.noneFiltered') : t('problems.none')}</p>
          ) : (
            <ProblemTable items={list.data.items} caption={t('problems.caption')} showPartner={!ownPartner} />
          )}
          <Pager page={page} total={list.data.total} pageSize={pageSize} label={t('problems.pages')} onPage={(p) => apply(filters, p)} />
          {list.data.total > 0 && <DownloadLinks hrefOf={(format) => problemsExportPath(filters, format)} />}
        </>
      )}
    </>
  );
}
