import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Comment, type ActivitySummary } from '#domain/activities';
import { formatDate } from '#domain/calendar';
import { TextForm } from '#web/forms/TextForm.tsx';
import { formatDateTime, formatNumber } from '#web/features/activities/format.ts';
import { useSubtypes } from '#web/features/activities/useSubtypes.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

interface ReviewItemProps {
  activity: ActivitySummary;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  busy: boolean;
  onVerify: () => void;
  onReturn: (comment: string) => Promise<boolean>;
}

/** One submitted report in the queue: enough to judge most at a glance, a link for the rest. */
export function ReviewItem({ activity: a, selected, onSelect, busy, onVerify, onReturn }: ReviewItemProps) {
  const { t, locale } = useLanguage();
  const { labelOf } = useSubtypes();
  const [returning, setReturning] = useState(false);
  const checkId = `review-select-${a.id}`;
  return (
    <li className={selected ? 'review-item review-item--selected' : 'review-item'}>
      <div className="review-item__head">
        <input id={checkId} type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        <label htmlFor={checkId} className="visually-hidden">
          {t('review.select', { title: a.title })}
        </label>
        {a.coverPhoto && (
          // Fixed square, so the queue does not jump as thumbnails arrive; lazy, so a long page costs only what is on screen.
          <img
            className="review-item__photo"
            src={a.coverPhoto.thumbnailUrl}
            alt={t('activity.photoAlt', { number: 1, title: a.title })}
            width={64}
            height={64}
            loading="lazy"
            decoding="async"
          />
        )}
        <div className="review-item__body">
          <Link to={`/kegiatan/${a.id}`} className="review-item__title">
            {a.title}
          </Link>
          <p className="review-item__meta">
            {a.partnerName} · {formatDate(a.date, locale)} · {t(`strategy.${a.strategy}`)}
            {a.subtype && ` (${labelOf(a.subtype)})`}
          </p>
          <p className="review-item__meta">
            {t('review.participants', { count: formatNumber(a.participantsTotal, locale) })} ·{' '}
            {t('activities.photoCount', { count: a.photoCount })}
            {a.submittedAt && <> · {t('review.submittedAt', { at: formatDateTime(a.submittedAt, locale) })}</>}
          </p>
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={onVerify}>
          {t('activity.verify')}
        </button>
        <button type="button" className="button button--secondary" aria-expanded={returning} onClick={() => setReturning(!returning)}>
          {t('activity.return')}
        </button>
      </div>
      {returning && (
        <TextForm
          id={`review-return-${a.id}`}
          label={t('activity.returnComment')}
          hint={t('activity.returnHint')}
          submitLabel={t('activity.returnSubmit')}
          busy={busy}
          schema={Comment}
          field="comment"
          onSubmit={onReturn}
          onCancel={() => setReturning(false)}
        />
      )}
    </li>
  );
}
