import { Link } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { problemsQuery, problemSummaryQuery } from '../api';
import { openProblemsPath, openStatuses } from '../filters';
import { OverdueMark, ProblemStatusBadge } from '../ProblemStatusBadge';
import '../messages.ts';

const shown = 5;

/** A library's open problems and overdue actions, for its page and its rapor; each opens the problem, the counts open the list. */
export function PartnerProblems({ partnerId }: { partnerId: number }) {
  const { t, locale } = useLanguage();
  const user = useUser();
  const readable = can(user, 'problems.read');
  const summary = useApiQuery({ ...problemSummaryQuery({ partner: partnerId }), enabled: readable });
  const list = useApiQuery({ ...problemsQuery({ partner: partnerId, status: openStatuses }, 1, shown), enabled: readable });
  if (!readable) return null;
  const mayRaise = can(user, 'problems.raise') && (user.role !== 'pengelola' || user.partnerId === partnerId);
  const n = (count: number) => count.toLocaleString(locale);

  return (
    <section className="card partner-problems" aria-labelledby={`partner-problems-${partnerId}`}>
      <h2 id={`partner-problems-${partnerId}`}>{t('problems.partner.title')}</h2>
      {(summary.state === 'loading' || list.state === 'loading') && <p>{t('app.loading')}</p>}
      {summary.state === 'failed' && <ErrorNotice error={summary.error} onRetry={summary.reload} />}
      {summary.state === 'ready' && (
        <p>
          <Link to={openProblemsPath({ partner: partnerId })}>{t('problems.partner.open', { count: n(summary.data.open) })}</Link>
          {summary.data.overdueActions > 0 && (
            <>
              {' · '}
              <Link to={openProblemsPath({ partner: partnerId, overdue: true })}>
                <OverdueMark>{t('problems.partner.overdue', { count: n(summary.data.overdueActions) })}</OverdueMark>
              </Link>
            </>
          )}
        </p>
      )}
      {list.state === 'failed' && summary.state !== 'failed' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.state === 'ready' && list.data.items.length > 0 && (
        <ul className="plain-list partner-problems__list">
          {list.data.items.map((p) => (
            <li
              key={p.id}
              className={p.overdueActions > 0 ? 'partner-problems__item partner-problems__item--overdue' : 'partner-problems__item'}
            >
              <Link to={`/kendala/${p.id}`}>{p.title}</Link>
              <span className="partner-problems__meta">
                <ProblemStatusBadge status={p.status} /> {t(`problemCategory.${p.category}`)}
                {p.overdueActions > 0 && (
                  <>
                    {' '}
                    <OverdueMark>{t('problems.overdueCount', { count: p.overdueActions })}</OverdueMark>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayRaise && (
        <Link className="button button--secondary" to={user.role === 'pengelola' ? '/kendala/baru' : `/kendala/baru?partner=${partnerId}`}>
          {t('problems.raise')}
        </Link>
      )}
    </section>
  );
}
