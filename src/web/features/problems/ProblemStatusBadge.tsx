import type { ReactNode } from 'react';
import type { ProblemStatus } from '#domain/problems';
import { useT } from '#web/i18n/language.tsx';
import './problems.css';
import './messages.ts';

/** One simple shape per status, drawn rather than taken from a font that a phone may lack. */
const shapes: Record<ProblemStatus, string> = {
  terbuka: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 4.5v4M8 11v.5',
  ditangani: 'M2.5 8a5.5 5.5 0 0 1 9.5-3.8M13.5 8a5.5 5.5 0 0 1-9.5 3.8M12 1.5v3H9M4 14.5v-3h3',
  selesai: 'M2.5 8.5l3.5 3.5 7.5-8',
  ditutup: 'M4 4l8 8M12 4l-8 8',
};

/** A problem's status in words, with a shape and tint per status, like an activity's: colour is never the only signal. */
export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <svg className="status-badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={shapes[status]} />
      </svg>
      {t(`problemStatus.${status}`)}
    </span>
  );
}

/** "2 terlambat" with a warning shape: overdue reads as words in bold, not as a colour alone. */
export function OverdueMark({ children }: { children: ReactNode }) {
  return (
    <span className="overdue-mark">
      <svg className="overdue-mark__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1.5L15 14H1L8 1.5zM8 6v3.5M8 11.5v.5" />
      </svg>
      {children}
    </span>
  );
}
