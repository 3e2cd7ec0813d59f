import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { UnreadCount } from '#domain/notification-count';
import { apiQuery } from '#web/api/queries.ts';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { markRead, notificationsQuery, unreadPath } from './api';
import { NotificationPage } from './NotificationPage';
import './messages.ts';

/** /notifikasi: the reader's notifications, newest first, a page at a time; each opens what it is about. */
export function NotificationsPage() {
  const { t, locale } = useLanguage();
  const client = useQueryClient();
  usePageTitle(t('notifications.title'));
  const first = useApiQuery(notificationsQuery(null), { fresh: true });
  // The bell's own count: one number for the header and this page, however it changed.
  const unread = useQuery(apiQuery(unreadPath, UnreadCount)).data?.unread ?? (first.state === 'ready' ? first.data.unread : 0);
  // The ids that end each page shown after the first: "older" asks for the page below the last.
  const [cursors, setCursors] = useState<number[]>([]);
  const marking = useSubmit();

  const markAll = () =>
    void marking.run(async () => {
      await markRead(client, { all: true });
      await client.invalidateQueries({ queryKey: ['api', 'notifications'] });
    });

  return (
    <>
      <h1 tabIndex={-1}>{t('notifications.title')}</h1>
      <p className="lead">{t('notifications.intro')}</p>
      {first.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {first.state === 'failed' && <ErrorNotice error={first.error} onRetry={first.reload} />}
      {first.state === 'ready' && (
        <>
          <div className="notifications-head">
            <p role="status">
              {unread > 0 ? t('notifications.unread', { count: unread.toLocaleString(locale) }) : t('notifications.allRead')}
            </p>
            {unread > 0 && (
              <button type="button" className="button button--secondary" onClick={markAll} disabled={marking.busy}>
                {marking.busy ? t('notifications.marking') : t('notifications.markAll')}
              </button>
            )}
          </div>
          {marking.error && <ErrorNotice error={marking.error} />}
          {first.data.items.length === 0 ? (
            <p>{t('notifications.none')}</p>
          ) : (
            <NotificationPage
              list={first.data}
              more={(before) => setCursors((shown) => (shown.includes(before) ? shown : [...shown, before]))}
              lastShown={cursors.length === 0}
            />
          )}
          {cursors.map((before, i) => (
            <OlderPage
              key={before}
              before={before}
              last={i === cursors.length - 1}
              more={(next) => setCursors((shown) => [...shown, next])}
            />
          ))}
        </>
      )}
    </>
  );
}

function OlderPage({ before, last, more }: { before: number; last: boolean; more: (before: number) => void }) {
  const { t } = useLanguage();
  const page = useApiQuery(notificationsQuery(before));
  if (page.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (page.state === 'failed') return <ErrorNotice error={page.error} onRetry={page.reload} />;
  return <NotificationPage list={page.data} more={more} lastShown={last} />;
}
