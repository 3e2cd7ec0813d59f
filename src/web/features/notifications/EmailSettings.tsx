import { useState, type FormEvent } from 'react';
import { UpdateMeBody, type Account } from '#domain/accounts';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { accountQuery, updateMe } from './api';
import './messages.ts';

const fieldIds = { email: 'account-email', emailNotifications: 'account-email-on' } as const;

/** The account page's mail settings: the address notifications are mailed to, and the switch. */
export function EmailSettings() {
  const t = useT();
  const account = useApiQuery(accountQuery(), { fresh: true });
  return (
    <section className="card" aria-labelledby="account-mail">
      <h2 id="account-mail">{t('mail.title')}</h2>
      <p>{t('mail.intro')}</p>
      {account.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {account.state === 'failed' && <ErrorNotice error={account.error} onRetry={account.reload} />}
      {account.state === 'ready' && <EmailForm account={account.data.user} />}
    </section>
  );
}

function EmailForm({ account }: { account: Account }) {
  const t = useT();
  const [email, setEmail] = useState(account.email ?? '');
  const [on, setOn] = useState(account.emailNotifications);
  const [done, setDone] = useState(false);
  const form = useSubmit();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    // An empty field removes the address: the server's own schema checks the rest.
    const body = { email: email.trim() === '' ? null : email, emailNotifications: on };
    void form.submit(checked(UpdateMeBody.safeParse(body)), async (valid) => {
      const saved = await updateMe(valid);
      setEmail(saved.email ?? '');
      setOn(saved.emailNotifications);
      setDone(true);
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {form.error && <ErrorNotice error={form.error} fieldIds={fieldIds} />}
      <Field id={fieldIds.email} label={t('mail.address')} hint={t('mail.addressHint')} error={form.fieldErrors.email} optional>
        {(control) => (
          <input
            {...control}
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <div className="checkbox">
        <input id={fieldIds.emailNotifications} type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
        <label htmlFor={fieldIds.emailNotifications}>{t('mail.switch')}</label>
      </div>
      <button type="submit" className="button" disabled={form.busy}>
        {form.busy ? t('mail.saving') : t('mail.save')}
      </button>
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done ? t('mail.saved') : ''}
      </p>
    </form>
  );
}
