import { Link } from 'react-router-dom';
import type { PracticeSummary } from '#domain/practices';
import { useT } from '#web/i18n/language.tsx';
import { placeOf } from './place';
import { FeaturedMark, PracticeStatusBadge } from './PracticeStatusBadge';
import './messages.ts';

/** The cover's box: the thumbnail's shape, so cards do not jump while pictures arrive. */
const cover = { width: 400, height: 300 };

interface PracticeCardProps {
  practice: PracticeSummary;
  /** Heading level inside the page: a card in a page's section sits one below it. */
  level?: 2 | 3;
  /** Offered to staff compiling a booklet: choose this story for it. */
  choose?: { chosen: boolean; disabled: boolean; onChange: (chosen: boolean) => void } | undefined;
}

/** One story in the gallery: its cover photo, title, library and place, summary and marks. */
export function PracticeCard({ practice: p, level = 2, choose }: PracticeCardProps) {
  const t = useT();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="practice-card" aria-labelledby={`practice-${p.id}-title`}>
      {p.coverPhoto ? (
        <img
          className="practice-card__cover"
          src={p.coverPhoto.thumbnailUrl}
          alt={t('practice.coverAlt', { title: p.title })}
          width={cover.width}
          height={cover.height}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className="practice-card__cover practice-card__cover--none" aria-hidden="true" />
      )}
      <div className="practice-card__body">
        <Heading id={`practice-${p.id}-title`} className="practice-card__title">
          <Link to={`/praktik-baik/${p.id}`}>{p.title}</Link>
        </Heading>
        <p className="practice-card__where">
          <span className="practice-card__library">{p.partnerName}</span> · {placeOf(p.regionPath)}
        </p>
        <p className="practice-card__marks">
          {p.featured && <FeaturedMark />}
          {p.status !== 'published' && <PracticeStatusBadge status={p.status} />}
          {p.strategy && <span className="practice-card__strategy">{t(`strategy.${p.strategy}`)}</span>}
        </p>
        <p className="practice-card__summary">{p.summary}</p>
        {p.status === 'returned' && p.returnComment && (
          <div className="notice notice--info">
            <p className="notice__title">{t('practice.returnedTitle')}</p>
            <p className="quote">{p.returnComment}</p>
          </div>
        )}
        {choose && (
          <label className="checkbox">
            <input
              type="checkbox"
              aria-label={t('booklet.chooseLabel', { title: p.title })}
              checked={choose.chosen}
              disabled={choose.disabled && !choose.chosen}
              onChange={(e) => choose.onChange(e.target.checked)}
            />
            {t('booklet.choose')}
          </label>
        )}
      </div>
    </article>
  );
}
