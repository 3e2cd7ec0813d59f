import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { usersPageSize, usersQuery } from './api';
import { CreateUserForm } from './CreateUserForm';
import { filtersFrom, hasFilters, pageFrom, paramsFor, type UserFilters } from './filters';
import { UserFiltersForm } from './UserFiltersForm';
import { UserTable } from './UserTable';
import '#web/i18n/pages.ts';

/** The users inside the actor's scope (the server filters them), found by search and filters kept in the address. */
export function UsersPage() {
  const { t, locale } = useLanguage();
  const actor = useUser();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key]);
  const page = pageFrom(params);
  const users = useApiQuery(usersQuery(filters, page));
  const apply = (next: UserFilters, nextPage = 1) => setParams(paramsFor(next, nextPage));
  const manages = can(actor, 'users.manage');
  usePageTitle(t('users.title'));

  const count = users.state === 'ready' ? users.data.total.toLocaleString(locale) : '';
  return (
    <>
      <h1 tabIndex={-1}>{t('users.title')}</h1>
      <p className="lead">{manages ? t('users.intro') : t('users.introReadOnly')}</p>
      <UserFiltersForm value={filters} onApply={apply} within={actor.regionCode} />
      {users.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {users.state === 'failed' && (
        <ErrorNotice error={users.error} overrides={{ forbidden: t('users.outOfScope') }} onRetry={users.reload} />
      )}
      {users.state === 'ready' && (
        <>
          <p role="status">{hasFilters(filters) ? t('users.countFiltered', { count }) : t('users.count', { count })}</p>
          {users.data.items.length === 0 ? (
            <p>{hasFilters(filters) ? t('users.noneFiltered') : t('users.empty')}</p>
          ) : (
            <UserTable users={users.data.items} linked={manages} />
          )}
          <Pager page={page} total={users.data.total} pageSize={usersPageSize} label={t('users.pages')} onPage={(p) => apply(filters, p)} />
        </>
      )}
      {can(actor, 'users.create') && <CreateUserForm actor={actor} onCreated={users.reload} />}
    </>
  );
}
