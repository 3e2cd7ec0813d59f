import { useState, type FormEvent } from 'react';
import { roleRank, roles, type Role } from '#domain/roles';
import { CreateUserBody, type User } from '#domain/users';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { PasswordField } from '#web/forms/PasswordField.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { createUser } from './api';
import { RegionPreview } from './RegionPreview';
import '#web/i18n/pages.ts';

const fieldIds = {
  username: 'new-user-username',
  displayName: 'new-user-display-name',
  password: 'new-user-password',
  role: 'new-user-role',
  regionCode: 'new-user-region',
  partnerId: 'new-user-partner',
} as const;

/** Which scope field a role needs: the national office none, a library manager a partner, the rest a region. */
const scopeOf = (role: Role) => (role === 'admin_pusat' ? 'none' : role === 'pengelola' ? 'partner' : 'region');

/** Roles the actor may hand out: never above its own (the server enforces the same rule). */
const offeredRoles = (actor: User) => roles.filter((role) => roleRank[role] <= roleRank[actor.role]);

export function CreateUserForm({ actor, onCreated }: { actor: User; onCreated: () => void }) {
  const { t } = useLanguage();
  const offered = offeredRoles(actor);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(offered[1] ?? offered[0] ?? 'pengelola');
  const [regionCode, setRegionCode] = useState(actor.regionCode ?? '');
  const [partnerId, setPartnerId] = useState('');
  const form = useSubmit();
  const { busy, error, fieldErrors: errors } = form;
  const [created, setCreated] = useState<string | null>(null);
  const scope = scopeOf(role);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const check = CreateUserBody.safeParse({
      username,
      password,
      role,
      displayName: displayName.trim() || undefined,
      regionCode: scope === 'region' ? regionCode.trim() || undefined : undefined,
      // An empty or non-numeric entry stays a string, so the schema names the field instead of guessing.
      partnerId: scope === 'partner' ? (/^\d+$/.test(partnerId.trim()) ? Number(partnerId) : partnerId.trim() || undefined) : undefined,
    });
    void form.submit(checked(check), async (body) => {
      const user = await createUser(body);
      setCreated(user.username);
      setUsername('');
      setDisplayName('');
      setPassword('');
      setPartnerId('');
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
        <Field id={fieldIds.role} label={t('field.role')} hint={t('users.create.roleHint')} error={errors.role}>
          {(control) => (
            <select {...control} name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {offered.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {scope === 'region' && (
          <Field id={fieldIds.regionCode} label={t('field.regionCode')} hint={t('users.create.regionHint')} error={errors.regionCode}>
            {(control) => (
              <>
                <input
                  {...control}
                  name="regionCode"
                  inputMode="decimal"
                  autoComplete="off"
                  value={regionCode}
                  onChange={(e) => setRegionCode(e.target.value)}
                />
                <RegionPreview code={regionCode.trim()} />
              </>
            )}
          </Field>
        )}
        {scope === 'partner' && (
          <Field id={fieldIds.partnerId} label={t('field.partnerId')} hint={t('users.create.partnerHint')} error={errors.partnerId}>
            {(control) => (
              <input
                {...control}
                name="partnerId"
                inputMode="numeric"
                autoComplete="off"
                value={partnerId}
                onChange={(e) => setPartnerId(e.target.value)}
              />
            )}
          </Field>
        )}
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
