import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { UnreadCount } from '#domain/notification-count';
import { apiQuery } from '#web/api/queries.ts';
import { useOffline } from '#web/features/auth/session.tsx';
import { useT } from '#web/i18n/language.tsx';
import { unreadPath } from './api';
import { useLanguageOnServer } from './useLanguageOnServer';
import './messages.ts';

/** Gentle: a village phone on a weak signal asks once a minute, and again whenever the person comes back. */
const pollMs = 60_000;

/**
 * The bell in the header of every screen: the unread count, leading to /notifikasi. The shell
 * loads it lazily (`LazyBell.tsx`), so neither it nor its words weigh on the first visit.
 */
export function NotificationBell() {
  const t = useT();
  const offline = useOffline();
  const { pathname } = useLocation();
  // Here because the bell is on every signed-in screen: notifications are written in the language chosen.
  useLanguageOnServer();
  const { data, refetch } = useQuery({
    ...apiQuery(unreadPath, UnreadCount),
    enabled: !offline,
    refetchInterval: pollMs,
    refetchIntervalInBackground: false,
  });

  // Asked again when the window regains focus or the tab is shown again…
  useEffect(() => {
    const again = () => {
      if (document.visibilityState === 'visible') void refetch();
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [refetch]);
  // …and on every move to another screen, after the first.
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    void refetch();
  }, [pathname, refetch]);

  const unread = data?.unread ?? 0;
  return (
    <Link
      to="/notifikasi"
      className="bell"
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.title')}
    >
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {unread > 0 && (
        <span className="bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
