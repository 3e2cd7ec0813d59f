import { useState, type ReactNode } from 'react';
import { useT } from '#web/i18n/language.tsx';
import { isWideScreen } from './screen';
import '#web/i18n/pages.ts';

/**
 * Filters fold away on a phone, where they would fill the first screen before a single result;
 * on wider screens, or with filters in use, they start open.
 */
export function FiltersFold({ active, children }: { active: number; children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(() => active > 0 || isWideScreen());
  return (
    <details className="filters-fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{active > 0 ? t('filters.titleActive', { count: active }) : t('filters.title')}</summary>
      {children}
    </details>
  );
}
