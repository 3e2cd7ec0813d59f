import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { AccountStatusSection } from './AccountStatusSection';
import { userQuery } from './api';
import { PasswordResetSection } from './PasswordResetSection';
import { UserDetailsForm } from './UserDetailsForm';
import '#web/i18n/pages.ts';

/** /pengguna/:id: one user in the admin's scope, its details, account status and password. */
export function EditUserPage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <EditUser id={id} />;
}

function EditUser({ id }: { id: number }) {
  const t = useT();
  const actor = useUser();
  const user = useApiQuery(userQuery(id), { fresh: true });
  usePageTitle(user.state === 'ready' ? (user.data.displayName ?? user.data.username) : t('users.edit.title'));

  return (
    <>
      <p>
        <Link to="/pengguna">{t('users.edit.back')}</Link>
      </p>
      {user.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {user.state === 'failed' && (
        <>
          <h1 tabIndex={-1}>{t('users.edit.title')}</h1>
          <ErrorNotice error={user.error} overrides={{ not_found: t('users.edit.notFound') }} onRetry={user.reload} />
        </>
      )}
      {user.state === 'ready' && (
        <>
          <h1 tabIndex={-1}>{user.data.displayName ?? user.data.username}</h1>
          <p className="lead">{t('users.edit.lead', { username: user.data.username, role: t(`role.${user.data.role}`) })}</p>
          {/* Keyed by the stored user: a saved change starts the forms from what the server kept. */}
          <UserDetailsForm key={`details-${user.data.id}`} actor={actor} user={user.data} onSaved={user.reload} />
          {actor.id !== user.data.id && (
            <>
              <AccountStatusSection user={user.data} onSaved={user.reload} />
              <PasswordResetSection user={user.data} onReset={user.reload} />
            </>
          )}
        </>
      )}
    </>
  );
}
