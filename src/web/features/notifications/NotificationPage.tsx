import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { NotificationList } from '#domain/notifications';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { markRead, pageSize } from './api';
import './messages.ts';

/** One page of notifications; the last page shown offers the next, older one while there may be more. */
export function NotificationPage({
  list,
  more,
  lastShown,
}: {
  list: NotificationList;
  more: (before: number) => void;
  lastShown: boolean;
}) {
  const { t, locale } = useLanguage();
  const client = useQueryClient();
  const last = list.items.at(-1);
  // Opening one marks it read; the link is followed at once, the mark goes on in the background.
  const open = (id: number, readAt: string | null) => {
    if (readAt === null) markRead(client, { ids: [id] }).catch(() => undefined);
  };

  return (
    <>
      <ul className="notifications" aria-label={t('notifications.list')}>
        {list.items.map((n) => (
          <li key={n.id} className={n.readAt === null ? 'notification notification--unread' : 'notification'}>
            <Link to={n.link} onClick={() => open(n.id, n.readAt)}>
              {n.readAt === null && <span className="notification__new">{t('notifications.new')}</span>} {n.text}
            </Link>
            <time className="notification__time" dateTime={n.createdAt}>
              {formatDateTime(n.createdAt, locale)}
            </time>
          </li>
        ))}
      </ul>
      {lastShown &&
        (list.items.length === pageSize && last ? (
          <button type="button" className="button button--secondary" onClick={() => more(last.id)}>
            {t('notifications.older')}
          </button>
        ) : (
          <p className="notifications-end">{t('notifications.end')}</p>
        ))}
    </>
  );
}
