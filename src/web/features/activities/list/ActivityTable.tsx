import { Link } from 'react-router-dom';
import type { ActivitySummary } from '#domain/activities';
import { formatDate } from '#domain/calendar';
import { formatNumber } from '#web/features/activities/format.ts';
import { StatusBadge } from '#web/features/activities/StatusBadge.tsx';
import { useSubtypes } from '#web/features/activities/useSubtypes.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

interface ActivityTableProps {
  items: ActivitySummary[];
  caption: string;
  /** A manager's own list need not name its own library on every row. */
  showPartner: boolean;
}

/** A table on wide screens; on a phone each report stacks into a card with its status badge. */
export function ActivityTable({ items, caption, showPartner }: ActivityTableProps) {
  const { t, locale } = useLanguage();
  const { labelOf } = useSubtypes();
  return (
    <table className="table table--stack activity-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('activities.col.title')}</th>
          <th scope="col">{t('field.date')}</th>
          {showPartner && <th scope="col">{t('field.partner')}</th>}
          <th scope="col">{t('field.strategy')}</th>
          <th scope="col">{t('activities.col.participants')}</th>
          <th scope="col">{t('activities.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <th scope="row" data-label={t('activities.col.title')}>
              <Link to={`/kegiatan/${a.id}`}>{a.title}</Link>
              {a.photoCount > 0 && <span className="activity-table__photos">{t('activities.photoCount', { count: a.photoCount })}</span>}
            </th>
            <td data-label={t('field.date')}>{formatDate(a.date, locale)}</td>
            {showPartner && <td data-label={t('field.partner')}>{a.partnerName}</td>}
            <td data-label={t('field.strategy')}>
              {t(`strategy.${a.strategy}`)}
              {a.subtype && <span className="activity-table__subtype">{labelOf(a.subtype)}</span>}
            </td>
            <td data-label={t('activities.col.participants')} className="activity-table__num">
              {formatNumber(a.participantsTotal, locale)} <span className="activity-table__unit">{t('activities.unitParticipants')}</span>
            </td>
            <td data-label={t('activities.col.status')}>
              <StatusBadge status={a.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
