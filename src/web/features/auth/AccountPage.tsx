import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { containsUsername } from '#domain/passwords';
import { ChangePasswordBody } from '#domain/users';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { checked } from '#web/forms/issues.ts';
import { PasswordField } from '#web/forms/PasswordField.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { EmailSettings } from '#web/features/notifications/EmailSettings.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { changePassword } from './api';
import { useUser } from './session';
import { useScopeText } from './useScopeText';
import '#web/i18n/pages.ts';

const fieldIds = { currentPassword: 'current-password', newPassword: 'new-password', confirmPassword: 'confirm-password' } as const;

// The server's schema and username rule, plus the one check only a form needs: typing the new password twice.
// Whether the password is common is left to the server, whose reason the form shows (its dictionaries are large).
const passwordForm = (username: string) =>
  ChangePasswordBody.extend({ confirmPassword: z.string() })
    .refine((f) => !containsUsername(f.newPassword, username), { path: ['newPassword'], params: { issue: 'contains_username' } })
    .refine((f) => f.confirmPassword === f.newPassword, { path: ['confirmPassword'], params: { issue: 'mismatch' } });

export function AccountPage() {
  const { t } = useLanguage();
  const user = useUser();
  const scope = useScopeText(user);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const form = useSubmit();
  const { busy, error, fieldErrors: errors } = form;
  const [done, setDone] = useState(false);
  usePageTitle(t('account.title'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    void form.submit(checked(passwordForm(user.username).safeParse({ currentPassword, newPassword, confirmPassword })), async () => {
      await changePassword(currentPassword, newPassword);
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmPassword('');
    });
  };

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
        <form className="form" onSubmit={onSubmit} noValidate>
          {error && <ErrorNotice error={error} fieldIds={fieldIds} />}
          {/* Lets password managers tie the new password to this account. */}
          <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
          <PasswordField
            id={fieldIds.currentPassword}
            label={t('field.currentPassword')}
            error={errors.currentPassword}
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
          />
          <PasswordField
            id={fieldIds.newPassword}
            label={t('field.newPassword')}
            hint={t('account.password.newHint')}
            error={errors.newPassword}
            autoComplete="new-password"
            value={newPassword}
            onChange={setNewPassword}
          />
          <PasswordField
            id={fieldIds.confirmPassword}
            label={t('field.confirmPassword')}
            error={errors.confirmPassword}
            autoComplete="new-password"
            value={confirmPassword}
            onChange={setConfirmPassword}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('account.password.saving') : t('account.password.submit')}
          </button>
          <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
            {done ? t('account.password.done') : ''}
          </p>
        </form>
      </section>
    </>
  );
}
