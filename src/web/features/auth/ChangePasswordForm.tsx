import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { containsUsername } from '#domain/passwords';
import { ChangePasswordBody } from '#domain/users';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { checked } from '#web/forms/issues.ts';
import { PasswordField } from '#web/forms/PasswordField.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { changePassword } from './api';
import '#web/i18n/pages.ts';

const fieldIds = { currentPassword: 'current-password', newPassword: 'new-password', confirmPassword: 'confirm-password' } as const;

// The server's schema and username rule, plus the one check only a form needs: typing the new password twice.
// Whether the password is common is left to the server, whose reason the form shows (its dictionaries are large).
const passwordForm = (username: string) =>
  ChangePasswordBody.extend({ confirmPassword: z.string() })
    .refine((f) => !containsUsername(f.newPassword, username), { path: ['newPassword'], params: { issue: 'contains_username' } })
    .refine((f) => f.confirmPassword === f.newPassword, { path: ['confirmPassword'], params: { issue: 'mismatch' } });

/** The password change of the account page, and of the page a reset password leads to (`onChanged`). */
export function ChangePasswordForm({ username, onChanged }: { username: string; onChanged?: () => void }) {
  const { t } = useLanguage();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const form = useSubmit();
  const { busy, error, fieldErrors: errors } = form;
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    void form.submit(checked(passwordForm(username).safeParse({ currentPassword, newPassword, confirmPassword })), async () => {
      await changePassword(currentPassword, newPassword);
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmPassword('');
      onChanged?.();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {error && <ErrorNotice error={error} fieldIds={fieldIds} />}
      {/* Lets password managers tie the new password to this account. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
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
  );
}
