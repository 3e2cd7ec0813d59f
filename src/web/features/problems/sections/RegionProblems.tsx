import { Link } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { problemSummaryQuery } from '../api';
import { openProblemsPath } from '../filters';
import '../problems.css';
import '../messages.ts';

/**
 * The dashboard's count of open problems per child region (null: the user's own scope); each
 * count opens the list of those problems, and an overdue count the ones with late actions.
 */
export function RegionProblems({ region }: { region: string | null }) {
  const { t, locale } = useLanguage();
  const user = useUser();
  const readable = can(user, 'problems.read');
  const summary = useApiQuery({ ...problemSummaryQuery({ region }), enabled: readable });
  if (!readable) return null;
  const n = (count: number) => count.toLocaleString(locale);
  const place = (code: string | null) => (code === null ? {} : { region: code });

  return (
    <section className="card region-problems" aria-labelledby="region-problems">
      <h2 id="region-problems">{t('problems.region.title')}</h2>
      {summary.state === 'loading' && <p>{t('app.loading')}</p>}
      {summary.state === 'failed' && <ErrorNotice error={summary.error} onRetry={summary.reload} />}
      {summary.state === 'ready' && (
        <>
          <p>
            <Link to={openProblemsPath(place(summary.data.regionCode))}>{t('problems.region.open', { count: n(summary.data.open) })}</Link>
            {summary.data.overdueActions > 0 && (
              <>
                {' · '}
                <Link to={openProblemsPath({ ...place(summary.data.regionCode), overdue: true })}>
                  {t('problems.partner.overdue', { count: n(summary.data.overdueActions) })}
                </Link>
              </>
            )}
          </p>
          {summary.data.children.length > 0 && (
            <table className="table table--stack table--pairs region-problems__table">
              <caption className="visually-hidden">{t('problems.region.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('problems.region.col.region')}</th>
                  <th scope="col" className="num">
                    {t('problems.region.col.open')}
                  </th>
                  <th scope="col" className="num">
                    {t('problems.region.col.overdue')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.data.children.map((child) => (
                  <tr key={child.regionCode} className={child.overdueActions > 0 ? 'region-problems__row--overdue' : undefined}>
                    <th scope="row">{child.name}</th>
                    <td className="num" data-label={t('problems.region.col.open')}>
                      {child.open === 0 ? (
                        n(0)
                      ) : (
                        <Link
                          to={openProblemsPath({ region: child.regionCode })}
                          aria-label={t('problems.region.openIn', { count: n(child.open), name: child.name })}
                        >
                          {n(child.open)}
                        </Link>
                      )}
                    </td>
                    <td className="num" data-label={t('problems.region.col.overdue')}>
                      {child.overdueActions === 0 ? (
                        n(0)
                      ) : (
                        <Link
                          to={openProblemsPath({ region: child.regionCode, overdue: true })}
                          aria-label={t('problems.region.overdueIn', { count: n(child.overdueActions), name: child.name })}
                        >
                          <strong>{t('problems.region.overdueCell', { count: n(child.overdueActions) })}</strong>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
