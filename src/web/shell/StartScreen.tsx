import { useSession } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';

/** Shown while the session is being checked, or when the server cannot be reached at all. */
export function StartScreen() {
  const t = useT();
  const { session, retry } = useSession();
  return (
    <main id="main" className="app-main app-main--narrow start-screen">
      <h1>{t('app.name')}</h1>
      {session.status === 'failed' ? (
        <>
          <p>{t('app.startFailed')}</p>
          <ErrorNotice error={session.error} onRetry={retry} />
        </>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </main>
  );
}
