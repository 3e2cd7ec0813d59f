import { useNavigate } from 'react-router-dom';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession, useUser } from './session';
import '#web/i18n/pages.ts';

/**
 * Where a user whose password an admin reset is held: the server answers nothing else until the
 * password is changed, so the app shows nothing else either, only why and the way out.
 */
export function PasswordChangeRequiredPage() {
  const { t } = useLanguage();
  const user = useUser();
  const { passwordChanged, logOut } = useSession();
  const navigate = useNavigate();
  usePageTitle(t('account.mustChange.title'));

  return (
    <>
      <h1 tabIndex={-1}>{t('account.mustChange.title')}</h1>
      <p className="notice notice--info">{t('account.mustChange.intro')}</p>
      <section className="card" aria-labelledby="forced-change-password">
        <h2 id="forced-change-password">{t('account.password.title')}</h2>
        <ChangePasswordForm
          username={user.username}
          onChanged={() => {
            // Home first, then the whole app: this page's own router is about to give way to it.
            void navigate('/', { replace: true });
            passwordChanged();
          }}
        />
      </section>
      <p>
        <button type="button" className="button button--quiet" onClick={() => void logOut()}>
          {t('account.mustChange.logout')}
        </button>
      </p>
    </>
  );
}
