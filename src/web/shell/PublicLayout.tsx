import { Outlet } from 'react-router-dom';
import { Brand } from './Brand';
import { Footer } from './Footer';
import { LanguageSwitch } from './LanguageSwitch';
import { SkipLink } from './SkipLink';
import { useFocusOnNavigate } from './useFocusOnNavigate';

/** For pages seen before logging in: the name, the language switch, the page. */
export function PublicLayout() {
  useFocusOnNavigate();
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header app-header--public">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main app-main--narrow" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
