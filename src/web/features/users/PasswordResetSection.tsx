import { useState } from 'react';
import type { User } from '#domain/users';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { resetPassword } from './api';
import { ConfirmStep } from './ConfirmStep';
import '#web/i18n/pages.ts';

/**
 * A temporary password, made by the server and shown here once: it lives only in this
 * component's state, so leaving the page forgets it. The user must change it at the next login.
 */
export function PasswordResetSection({ user, onReset }: { user: User; onReset: () => void }) {
  const t = useT();
  const action = useSubmit();
  const [temporary, setTemporary] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const name = user.displayName ?? user.username;

  const reset = () =>
    void action.run(async () => {
      setCopied(null);
      const { temporaryPassword } = await resetPassword(user.id);
      setTemporary(temporaryPassword);
      onReset();
    });
  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };

  return (
    <section className="card" aria-labelledby="user-reset-title">
      <h2 id="user-reset-title">{t('users.reset.title')}</h2>
      <p>{t('users.reset.intro')}</p>
      {action.error && <ErrorNotice error={action.error} />}
      <ConfirmStep
        start={t('users.reset.button')}
        question={t('users.reset.confirm', { name })}
        yes={t('users.reset.yes')}
        busy={action.busy}
        danger
        onConfirm={reset}
      />
      {temporary && (
        <div className="notice notice--success" role="status">
          <p id="temporary-password-label">{t('users.reset.shown', { username: user.username })}</p>
          <p>
            <code className="temporary-password" aria-labelledby="temporary-password-label">
              {temporary}
            </code>
          </p>
          <p>{t('users.reset.once')}</p>
          <button type="button" className="button button--secondary" onClick={() => copy(temporary)}>
            {t('users.reset.copy')}
          </button>
          <p aria-live="polite">{copied === 'yes' ? t('users.reset.copied') : copied === 'failed' ? t('users.reset.copyFailed') : ''}</p>
        </div>
      )}
    </section>
  );
}
