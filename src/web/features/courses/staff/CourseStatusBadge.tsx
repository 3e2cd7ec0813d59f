import type { CourseStatus } from '#domain/courses';
import { useT } from '#web/i18n/language.tsx';
import './messages.ts';

/** A word and a shape per status (a pencil for a draft, an open book once published): never colour alone. */
const shapes: Record<CourseStatus, { className: string; path: string }> = {
  draft: { className: 'draft', path: 'M3 13l1-4 7-7 3 3-7 7-4 1z' },
  published: {
    className: 'verified',
    path: 'M2 3.5h4.5a1.5 1.5 0 0 1 1.5 1.5v8.5a1.5 1.5 0 0 0-1.5-1.5H2zM14 3.5H9.5A1.5 1.5 0 0 0 8 5v8.5a1.5 1.5 0 0 1 1.5-1.5H14z',
  },
};

export function CourseStatusBadge({ status }: { status: CourseStatus }) {
  const t = useT();
  const shape = shapes[status];
  return (
    <span className={`status-badge status-badge--${shape.className}`}>
      <svg className="status-badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={shape.path} />
      </svg>
      {t(`elisStaff.status.${status}`)}
    </span>
  );
}
