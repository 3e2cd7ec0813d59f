import { Link } from 'react-router-dom';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { practicesQuery } from './api';
import { paramsFor } from './filters';
import { PracticeCard } from './PracticeCard';
import './practices.css';
import './messages.ts';

const shown = 3;

/** A library's published stories, for its partner page and its rapor: the newest, and a link to all of them. */
export function PartnerStories({ partnerId }: { partnerId: number }) {
  const { t, locale } = useLanguage();
  const stories = useApiQuery(practicesQuery({ partner: partnerId }, 1, shown));
  return (
    <section className="partner-stories" aria-labelledby="partner-stories-title">
      <h2 id="partner-stories-title">{t('practices.ofPartner')}</h2>
      {stories.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {stories.state === 'failed' && <ErrorNotice error={stories.error} onRetry={stories.reload} />}
      {stories.state === 'ready' &&
        (stories.data.items.length === 0 ? (
          <p>{t('practices.noneOfPartner')}</p>
        ) : (
          <>
            <ul className="practice-cards practice-cards--few">
              {stories.data.items.map((p) => (
                <li key={p.id}>
                  <PracticeCard practice={p} level={3} />
                </li>
              ))}
            </ul>
            {stories.data.total > shown && (
              <Link to={`/praktik-baik?${paramsFor({ partner: partnerId }).toString()}`}>
                {t('practices.allOfPartner', { count: stories.data.total.toLocaleString(locale) })}
              </Link>
            )}
          </>
        ))}
    </section>
  );
}
