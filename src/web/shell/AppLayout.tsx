import { useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { type ApiError, asApiError } from '#web/api/client.ts';
import { useOffline, useSession, useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { Brand } from './Brand';
import { Footer } from './Footer';
import { LanguageSwitch } from './LanguageSwitch';
import { LazyBell } from './LazyBell';
import { navigationFor } from './navigation';
import { SkipLink } from './SkipLink';
import { useFocusOnNavigate } from './useFocusOnNavigate';

/**
 * The signed-in frame. On a phone the menu folds behind a button; from tablet width up
 * the same elements lay out as a bar (CSS only), so there is one menu in the DOM, not two.
 */
export function AppLayout() {
  const t = useT();
  const user = useUser();
  const { logOut } = useSession();
  const offline = useOffline();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [logoutError, setLogoutError] = useState<ApiError | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  useFocusOnNavigate();

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  const onLogOut = async () => {
    setLogoutError(null);
    try {
      await logOut();
      await navigate('/login', { replace: true });
    } catch (error) {
      setLogoutError(asApiError(error));
    }
  };

  return (
    <div className="app">
      <SkipLink />
      <header className="app-header" onKeyDown={closeOnEscape}>
        <Brand />
        <LazyBell />
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-button__icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div id="app-menu" className="app-menu" data-open={menuOpen}>
          <nav className="app-nav" aria-label={t('nav.label')}>
            <ul>
              {navigationFor(user).map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end ?? false}
                    className={item.primary ? 'app-nav__primary' : undefined}
                    onClick={() => setMenuOpen(false)}
                  >
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-tools">
            <p className="app-tools__user">
              {t('nav.signedInAs', { name: user.displayName ?? user.username })}
              <span className="app-tools__role">{t(`role.${user.role}`)}</span>
            </p>
            <LanguageSwitch />
            <button type="button" className="button button--quiet" onClick={onLogOut}>
              {t('nav.logout')}
            </button>
          </div>
        </div>
      </header>
      {offline && (
        <p className="offline-banner" role="status">
          {t('offline.banner')}
        </p>
      )}
      {logoutError && (
        <div className="app-main">
          <ErrorNotice error={logoutError} />
        </div>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
