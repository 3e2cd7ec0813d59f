import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { formatDate } from '#domain/calendar';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { returnedQuery } from '#web/features/activities/api.ts';
import { useOffline } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';

/** "Dikembalikan": reports a reviewer sent back, with what to fix, one tap from the form. Hidden when there are none. */
export function ReturnedPanel() {
  const { t, locale } = useLanguage();
  const returned = useApiQuery(returnedQuery);
  // "No connection" must not outlive the connection: ask again once the session reaches the server or the browser is back online.
  const offline = useOffline();
  const failed = returned.state === 'failed';
  const { reload } = returned;
  useEffect(() => {
    if (!failed) return;
    if (!offline) reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [failed, offline, reload]);
  if (returned.state === 'loading') return null;
  if (returned.state === 'failed') return <ErrorNotice error={returned.error} onRetry={returned.reload} />;
  const { items, total } = returned.data;
  if (items.length === 0) return null;
  return (
    <section className="card returned" aria-labelledby="returned-title">
      <h2 id="returned-title">{t('returned.title', { count: total })}</h2>
      <p>{t('returned.text')}</p>
      <ul className="returned__list">
        {items.map((a) => (
          <li key={a.id} className="returned__item">
            <p className="returned__head">
              <Link to={`/kegiatan/${a.id}`}>{a.title}</Link>
              <span className="returned__date">{formatDate(a.date, locale)}</span>
            </p>
            {a.returnComment && (
              <blockquote className="quote">
                <p>{a.returnComment}</p>
              </blockquote>
            )}
            <Link
              className="button button--secondary"
              to={`/kegiatan/${a.id}/ubah`}
              aria-label={t('returned.fixLabel', { title: a.title })}
            >
              {t('returned.fix')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
