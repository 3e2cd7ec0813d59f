import { useState, type FormEvent } from 'react';
import { UpdateUserBody } from '#domain/user-admin';
import type { User } from '#domain/users';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { updateUser } from './api';
import { ScopeFields, scopeFieldIds, scopeOf, useScopeDraft } from './ScopeFields';
import '#web/i18n/pages.ts';

const fieldIds = { displayName: 'user-display-name', phone: 'user-phone', ...scopeFieldIds('user') } as const;

/** Name, WhatsApp number, role and scope of one user; an admin's own role and scope stay as they are. */
export function UserDetailsForm({ actor, user, onSaved }: { actor: User; user: User; onSaved: (user: User) => void }) {
  const t = useT();
  const own = actor.id === user.id;
  const [displayName, setDisplayName] = useState(user.displayName ?? '');
  const [phone, setPhone] = useState(user.phone ?? '');
  const [scope, setScope] = useScopeDraft(user);
  const form = useSubmit();
  const { busy, error, fieldErrors: errors } = form;
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const check = UpdateUserBody.safeParse({
      displayName: displayName.trim() || null,
      phone: phone.trim() || null,
      ...(own ? {} : scopeOf(scope)),
    });
    void form.submit(checked(check), async (body) => {
      const updated = await updateUser(user.id, body);
      setPhone(updated.phone ?? '');
      setSaved(true);
      onSaved(updated);
    });
  };

  return (
    <section className="card" aria-labelledby="user-details-title">
      <h2 id="user-details-title">{t('users.edit.details')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        {error && <ErrorNotice error={error} fieldIds={fieldIds} />}
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
        <Field id={fieldIds.phone} label={t('users.edit.phone')} hint={t('users.edit.phoneHint')} optional error={errors.phone}>
          {(control) => (
            <input
              {...control}
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
            />
          )}
        </Field>
        <ScopeFields actor={actor} idPrefix="user" value={scope} onChange={setScope} errors={errors} disabled={own} />
        {own && <p className="field__hint">{t('users.edit.own')}</p>}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('users.edit.saving') : t('users.edit.save')}
        </button>
        <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
          {saved ? t('users.edit.saved') : ''}
        </p>
      </form>
    </section>
  );
}
