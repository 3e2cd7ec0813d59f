import { useLanguage } from '#web/i18n/language.tsx';
import { TokensSection } from '#web/features/tokens/TokensSection.tsx';
import { EmailSettings } from '#web/features/notifications/EmailSettings.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useUser } from './session';
import { useScopeText } from './useScopeText';
import '#web/i18n/pages.ts';

export function AccountPage() {
  const { t } = useLanguage();
  const user = useUser();
  const scope = useScopeText(user);
  usePageTitle(t('account.title'));

  return (
    <>
      <h1 tabIndex={-1}>{t('account.title')}</h1>
      <section className="card" aria-labelledby="account-details">
        <h2 id="account-details">{t('account.details')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('field.username')}</dt>
            <dd>{user.username}</dd>
          </div>
          <div>
            <dt>{t('field.role')}</dt>
            <dd>{t(`role.${user.role}`)}</dd>
          </div>
          <div>
            <dt>{t('users.col.scope')}</dt>
            <dd>{scope}</dd>
          </div>
        </dl>
      </section>
      <EmailSettings />
      <section className="card" aria-labelledby="change-password">
        <h2 id="change-password">{t('account.password.title')}</h2>
        <ChangePasswordForm username={user.username} />
      </section>
      <TokensSection />
    </>
  );
}
