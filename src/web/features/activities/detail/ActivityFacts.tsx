import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Activity } from '#domain/activities';
import { formatDate } from '#domain/calendar';
import { formatNumber, formatRupiah } from '#web/features/activities/format.ts';
import { useSubtypes } from '#web/features/activities/useSubtypes.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Everything the report says, in the order the form asks for it. */
export function ActivityFacts({ activity }: { activity: Activity }) {
  const { t, locale } = useLanguage();
  const { labelOf } = useSubtypes();
  const n = (value: number) => formatNumber(value, locale);
  const a = activity;
  const subgroups = [
    a.participantsDisability > 0 ? t('activity.disability', { count: n(a.participantsDisability) }) : null,
    a.participantsElderly > 0 ? t('activity.elderly', { count: n(a.participantsElderly) }) : null,
    a.participantsChildren > 0 ? t('activity.children', { count: n(a.participantsChildren) }) : null,
  ].filter((part) => part !== null);
  return (
    <dl className="activity-facts">
      <Fact label={t('field.partner')}>
        <Link to={`/mitra/${a.partnerId}`}>{a.partnerName}</Link>
      </Fact>
      <Fact label={t('field.date')}>{formatDate(a.date, locale)}</Fact>
      <Fact label={t('field.strategy')}>{t(`strategy.${a.strategy}`)}</Fact>
      {a.subtype && <Fact label={t('field.subtype')}>{labelOf(a.subtype)}</Fact>}
      <Fact label={t('activity.participants')}>
        {t('activity.participantsText', { total: n(a.participantsTotal), male: n(a.participantsMale), female: n(a.participantsFemale) })}
      </Fact>
      {subgroups.length > 0 && <Fact label={t('activity.subgroups')}>{subgroups.join(', ')}</Fact>}
      {a.location && <Fact label={t('field.location')}>{a.location}</Fact>}
      {a.stakeholders.length > 0 && (
        <Fact label={t('field.stakeholders')}>
          <ul className="chips__list">
            {a.stakeholders.map((s) => (
              <li key={s} className="chip">
                {s}
              </li>
            ))}
          </ul>
        </Fact>
      )}
      {a.outcome && (
        <Fact label={t('activityForm.outcome')}>
          {t(`outcome.${a.outcome.documentType}`)}
          {a.outcome.documentNumber && <>, {a.outcome.documentNumber}</>}
          {a.outcome.amountRupiah !== null && <>, {formatRupiah(a.outcome.amountRupiah, locale)}</>}
        </Fact>
      )}
      {a.description && (
        <Fact label={t('field.description')}>
          <p className="prose">{a.description}</p>
        </Fact>
      )}
      <Fact label={t('activity.reportedBy')}>{a.createdBy.displayName ?? a.createdBy.username}</Fact>
      {a.reviewedBy && <Fact label={t('activity.reviewedBy')}>{a.reviewedBy.displayName ?? a.reviewedBy.username}</Fact>}
    </dl>
  );
}
