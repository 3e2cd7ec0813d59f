import type { ActivityStatus } from '#domain/taxonomy';
import { useT } from '#web/i18n/language.tsx';

/** One simple shape per status, drawn rather than taken from a font that a phone may lack. */
const shapes: Record<ActivityStatus, string> = {
  draft: 'M3 13l1-4 7-7 3 3-7 7-4 1z',
  submitted: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 4v4l3 2',
  verified: 'M2.5 8.5l3.5 3.5 7.5-8',
  returned: 'M6 3L2.5 6.5 6 10M3 6.5h6.5a4 4 0 0 1 0 8H7',
};

/** A status in words, with a shape and tint per status: colour is never the only signal. */
export function StatusBadge({ status }: { status: ActivityStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <svg className="status-badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={shapes[status]} />
      </svg>
      {t(`status.${status}`)}
    </span>
  );
}
