import { useEffect, useState, type FormEvent } from 'react';
import { CreateUserBody, type User } from '#domain/users';
import { useRegionRef } from '#web/features/regions/useRegionRef.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { PasswordField } from '#web/forms/PasswordField.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { createUser } from './api';
import { offeredRoles, ScopeFields, scopeFieldIds, scopeOf, type ScopeDraft } from './ScopeFields';
import '#web/i18n/pages.ts';

const fieldIds = {
  username: 'new-user-username',
  displayName: 'new-user-display-name',
  password: 'new-user-password',
  ...scopeFieldIds('new-user'),
} as const;

export function CreateUserForm({ actor, onCreated }: { actor: User; onCreated: () => void }) {
  const { t } = useLanguage();
  const offered = offeredRoles(actor);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const ownRegion = useRegionRef(actor.regionCode);
  const [scope, setScope] = useState<ScopeDraft>({ role: offered[1] ?? offered[0] ?? 'pengelola', region: null, partner: null });
  // The admin's own region is the likeliest scope: offered once its name is known.
  useEffect(() => {
    if (ownRegion) setScope((current) => (current.region === null ? { ...current, region: ownRegion } : current));
  }, [ownRegion]);
  const form = useSubmit();
  const { busy, error, fieldErrors: errors } = form;
  const [created, setCreated] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const { role, regionCode, partnerId } = scopeOf(scope);
    const check = CreateUserBody.safeParse({
      username,
      password,
      role,
      displayName: displayName.trim() || undefined,
      regionCode: regionCode ?? undefined,
      partnerId: partnerId ?? undefined,
    });
    void form.submit(checked(check), async (body) => {
      const user = await createUser(body);
      setCreated(user.username);
      setUsername('');
      setDisplayName('');
      setPassword('');
      setScope((current) => ({ ...current, partner: null }));
      onCreated();
    });
  };

  return (
    <section className="card" aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create.title')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        {error && <ErrorNotice error={error} fieldIds={fieldIds} />}
        <Field id={fieldIds.username} label={t('field.username')} hint={t('users.create.usernameHint')} error={errors.username}>
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field id={fieldIds.displayName} label={t('field.displayName')} optional error={errors.displayName}>
          {(control) => (
            <input
              {...control}
              name="displayName"
              autoComplete="off"
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
          )}
        </Field>
        {/* Shown as typed: the admin hands this first password over. */}
        <PasswordField
          id={fieldIds.password}
          label={t('field.password')}
          hint={t('users.create.passwordHint')}
          error={errors.password}
          name="password"
          autoComplete="new-password"
          revealed
          value={password}
          onChange={setPassword}
        />
        <ScopeFields actor={actor} idPrefix="new-user" value={scope} onChange={setScope} errors={errors} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('users.create.submitting') : t('users.create.submit')}
        </button>
        <p role="status" className={created ? 'notice notice--success' : 'visually-hidden'}>
          {created ? t('users.create.done', { username: created }) : ''}
        </p>
      </form>
    </section>
  );
}
