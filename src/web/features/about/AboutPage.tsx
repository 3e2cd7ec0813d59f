import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { aboutQuery } from './api';
import '#web/i18n/pages.ts';

/** What SIM TPBIS is, which version runs, and the credit the regions' licence (ODbL) asks for. */
export function AboutPage() {
  const { t, locale } = useLanguage();
  const about = useApiQuery(aboutQuery);
  usePageTitle(t('about.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('about.title')}</h1>
      <p className="lead">{t('app.fullName')}</p>
      <p>{t('about.what')}</p>
      {about.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {about.state === 'failed' && <ErrorNotice error={about.error} onRetry={about.reload} />}
      {about.state === 'ready' && (
        <>
          <section className="card" aria-labelledby="about-facts">
            <h2 id="about-facts">{t('about.facts')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('about.version')}</dt>
                <dd>{about.data.version}</dd>
              </div>
              <div>
                <dt>{t('about.database')}</dt>
                <dd>{about.data.database === 'postgres' ? 'PostgreSQL' : 'SQLite'}</dd>
              </div>
              <div>
                <dt>{t('about.regions')}</dt>
                <dd>{about.data.regions.toLocaleString(locale)}</dd>
              </div>
            </dl>
          </section>
          <section className="card" aria-labelledby="about-credits">
            <h2 id="about-credits">{t('about.credits')}</h2>
            <ul className="credits">
              {about.data.credits.map((credit) => (
                <li key={credit.source}>
                  <p>{t('about.credit', { what: credit.what, source: credit.source })}</p>
                  <p>{t('about.licence', { licence: credit.licence })}</p>
                  <p>
                    <a href={credit.url} rel="noopener noreferrer">
                      {credit.url}
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section className="card" aria-labelledby="about-api">
            <h2 id="about-api">{t('about.apiHeading')}</h2>
            <p>{t('about.apiText')}</p>
            <p>
              {/* A page of the server, not of the app: a full load, which the service worker leaves to the network. */}
              <a href="/api/docs">{t('about.apiDocs')}</a>
            </p>
          </section>
        </>
      )}
    </>
  );
}
