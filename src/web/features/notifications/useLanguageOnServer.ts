import { useEffect } from 'react';
import { useOffline, useUser } from '#web/features/auth/session.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { updateMe } from './api';

const toldKey = 'sim-tpbis.language.told';

/**
 * The server writes notifications (and their mail) in the language the user last chose; the
 * choice lives in this browser, so the server is told whenever it changes here. What was last
 * told is remembered, so an unchanged choice costs no request.
 */
export function useLanguageOnServer(): void {
  const { language } = useLanguage();
  const { id } = useUser();
  const offline = useOffline();
  useEffect(() => {
    const told = `${id}:${language}`;
    let before: string | null = null;
    try {
      before = localStorage.getItem(toldKey);
    } catch {
      // No storage (private mode): tell the server on every load.
    }
    if (offline || before === told) return;
    updateMe({ language }).then(
      () => {
        try {
          localStorage.setItem(toldKey, told);
        } catch {
          // As above.
        }
      },
      // Not worth an error on screen: the next load tries again.
      () => undefined,
    );
  }, [id, language, offline]);
}
