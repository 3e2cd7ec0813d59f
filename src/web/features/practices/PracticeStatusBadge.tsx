import type { PracticeStatus } from '#domain/practices';
import { useT } from '#web/i18n/language.tsx';
import './messages.ts';

/** One simple shape per status, as the activities' badges: colour is never the only signal. */
const shapes: Record<PracticeStatus, string> = {
  draft: 'M3 13l1-4 7-7 3 3-7 7-4 1z',
  submitted: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 4v4l3 2',
  published: 'M2 3.5h4.5a1.5 1.5 0 0 1 1.5 1.5v8.5a1.5 1.5 0 0 0-1.5-1.5H2zM14 3.5H9.5A1.5 1.5 0 0 0 8 5v8.5a1.5 1.5 0 0 1 1.5-1.5H14z',
  returned: 'M6 3L2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7',
};

export function PracticeStatusBadge({ status }: { status: PracticeStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <svg className="status-badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={shapes[status]} />
      </svg>
      {t(`practiceStatus.${status}`)}
    </span>
  );
}

/** The featured mark: a star drawn, and the word beside it. */
export function FeaturedMark() {
  const t = useT();
  return (
    <span className="featured-mark">
      <svg className="featured-mark__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5l1.9 4.1 4.5.5-3.4 3 1 4.4L8 11.2 4 13.5l1-4.4-3.4-3 4.5-.5z" />
      </svg>
      {t('practice.featured')}
    </span>
  );
}
