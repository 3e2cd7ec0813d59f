import { Link } from 'react-router-dom';
import type { ProblemSummary } from '#domain/problems';
import { useT } from '#web/i18n/language.tsx';
import { OverdueMark, ProblemStatusBadge } from '../ProblemStatusBadge';
import '../messages.ts';

interface ProblemTableProps {
  items: ProblemSummary[];
  caption: string;
  /** A library's own list need not name the library on every row. */
  showPartner: boolean;
}

/** A table on wide screens; on a phone each problem stacks into a card. A row with overdue actions is marked and says so. */
export function ProblemTable({ items, caption, showPartner }: ProblemTableProps) {
  const t = useT();
  return (
    <table className="table table--stack problem-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field.title')}</th>
          {showPartner && <th scope="col">{t('problems.field.library')}</th>}
          <th scope="col">{t('field.category')}</th>
          <th scope="col">{t('problems.col.status')}</th>
          <th scope="col">{t('problems.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id} className={p.overdueActions > 0 ? 'problem-table__row--overdue' : undefined}>
            <th scope="row" data-label={t('field.title')}>
              <Link to={`/kendala/${p.id}`}>{p.title}</Link>
            </th>
            {showPartner && (
              <td data-label={t('problems.field.library')}>
                {p.partnerName}
                <span className="problem-table__place">{p.regionName}</span>
              </td>
            )}
            <td data-label={t('field.category')}>{t(`problemCategory.${p.category}`)}</td>
            <td data-label={t('problems.col.status')}>
              <ProblemStatusBadge status={p.status} />
            </td>
            <td data-label={t('problems.col.actions')}>
              <span className="problem-table__open">
                {p.openActions === 0 ? t('problems.openActionsNone') : t('problems.openActions', { count: p.openActions })}
              </span>
              {p.overdueActions > 0 && <OverdueMark>{t('problems.overdueCount', { count: p.overdueActions })}</OverdueMark>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
