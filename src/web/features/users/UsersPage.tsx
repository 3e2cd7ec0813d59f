import { useState } from 'react';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { usersPageSize, usersQuery } from './api';
import { CreateUserForm } from './CreateUserForm';
import { UserTable } from './UserTable';
import '#web/i18n/pages.ts';

/** The users inside the actor's scope (the server filters them) and, for admins, a form to add one. */
export function UsersPage() {
  const { t, locale } = useLanguage();
  const actor = useUser();
  const [page, setPage] = useState(1);
  const users = useApiQuery(usersQuery(page));
  usePageTitle(t('users.title'));

  const pages = users.state === 'ready' ? Math.max(1, Math.ceil(users.data.total / usersPageSize)) : 1;
  return (
    <>
      <h1 tabIndex={-1}>{t('users.title')}</h1>
      {users.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {users.state === 'failed' && <ErrorNotice error={users.error} onRetry={users.reload} />}
      {users.state === 'ready' && (
        <>
          <p className="lead">{t('users.count', { count: users.data.total.toLocaleString(locale) })}</p>
          <UserTable users={users.data.items} />
          {pages > 1 && (
            <nav className="pager" aria-label={t('users.pages')}>
              <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('users.previous')}
              </button>
              <span>{t('users.page', { page, pages })}</span>
              <button type="button" className="button button--secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('users.next')}
              </button>
            </nav>
          )}
        </>
      )}
      {can(actor, 'users.create') && <CreateUserForm actor={actor} onCreated={users.reload} />}
    </>
  );
}
