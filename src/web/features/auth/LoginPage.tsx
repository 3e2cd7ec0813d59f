import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LoginBody } from '#domain/users';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { PasswordField } from '#web/forms/PasswordField.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import type { LoginRedirect } from './RequireSession';
import { useSession } from './session';

function redirectTarget(state: unknown): string {
  const from = (state as Partial<LoginRedirect> | null)?.from;
  // Only paths inside this app: never let a crafted link send the user elsewhere after login.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const { t } = useLanguage();
  const { session, logIn } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const form = useSubmit();
  const { busy, error, fieldErrors } = form;
  usePageTitle(t('login.title'));

  const target = redirectTarget(location.state);
  if (session.status === 'signedIn' && !busy) return <Navigate to={target} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checked(LoginBody.safeParse({ username, password })), async () => {
      await logIn(username, password);
      await navigate(target, { replace: true });
    });
  };

  const reason = session.status === 'anonymous' ? session.reason : 'none';
  return (
    <>
      <h1 tabIndex={-1}>{t('login.title')}</h1>
      <p className="lead">{t('app.fullName')}</p>
      {reason !== 'none' && !error && (
        <p className="notice notice--info" role="status">
          {t(reason === 'expired' ? 'login.sessionEnded' : 'login.loggedOut')}
        </p>
      )}
      <form className="card form" onSubmit={onSubmit} noValidate>
        <p>{t('login.intro')}</p>
        {error && (
          <ErrorNotice
            error={error}
            overrides={{ unauthenticated: t('login.wrongCredentials') }}
            fieldIds={{ username: 'login-username', password: 'login-password' }}
          />
        )}
        <Field id="login-username" label={t('field.username')} error={fieldErrors.username}>
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <PasswordField
          id="login-password"
          label={t('field.password')}
          error={fieldErrors.password}
          name="password"
          autoComplete="current-password"
          revealed={showPassword}
          required
          value={password}
          onChange={setPassword}
        />
        <div className="checkbox">
          <input id="login-show-password" type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
          <label htmlFor="login-show-password">{t('login.showPassword')}</label>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p>
        <Link to="/tentang">{t('login.about')}</Link>
      </p>
    </>
  );
}
