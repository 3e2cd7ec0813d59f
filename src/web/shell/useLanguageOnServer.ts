import { useEffect } from 'react';
import { updateMe } from '#web/features/auth/api.ts';
import { useOffline, useSession, useUser } from '#web/features/auth/session.tsx';
import { useLanguage } from '#web/i18n/language.tsx';

/**
 * The server writes notifications (and their mail) in the language the user last chose; the
 * choice lives in this browser, so it is told to the server whenever the two differ.
 */
export function useLanguageOnServer(): void {
  const { language } = useLanguage();
  const user = useUser();
  const offline = useOffline();
  const { replaceUser } = useSession();
  useEffect(() => {
    if (offline || user.language === undefined || user.language === language) return;
    // Not worth an error on screen: the next screen tries again.
    updateMe({ language }).then(replaceUser, () => undefined);
  }, [language, offline, user.language, replaceUser]);
}
