import { useCallback, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useLanguage } from '#web/i18n/language.tsx';
import { isWideScreen } from '#web/shell/screen.ts';
import '#web/i18n/pages.ts';

/** The dashboard's sections in page order, by the id of their heading. */
const headings = {
  summary: 'dashboard-activities',
  champions: 'dashboard-champions',
  trends: 'dashboard-trends',
  children: 'dashboard-children',
  ranking: 'dashboard-ranking',
} as const;
export type DashboardSection = keyof typeof headings;
export const headingIdOf = (section: DashboardSection): string => headings[section];

/** The long ones (charts, the table of regions, every partner ranked): folded on a phone, open on a wider screen. */
const foldable = ['trends', 'children', 'ranking'] as const;
export type FoldableSection = (typeof foldable)[number];

export interface FoldState {
  open: boolean;
  onToggle: (open: boolean) => void;
}

export interface Folds {
  /** A section's fold: whether it is open, and what its disclosure calls when toggled. */
  of: (section: FoldableSection) => FoldState;
  open: (section: FoldableSection) => void;
}

export function useFolds(): Folds {
  const [opened, setOpened] = useState<ReadonlySet<FoldableSection>>(() => new Set(isWideScreen() ? foldable : []));
  const set = useCallback((section: FoldableSection, open: boolean) => {
    setOpened((current) => {
      if (current.has(section) === open) return current;
      const next = new Set(current);
      if (open) next.add(section);
      else next.delete(section);
      return next;
    });
  }, []);
  return {
    of: (section) => ({ open: opened.has(section), onToggle: (open) => set(section, open) }),
    open: (section) => set(section, true),
  };
}

const isFoldable = (section: DashboardSection): section is FoldableSection => (foldable as readonly string[]).includes(section);

/** A long section's body under its heading, behind a native disclosure: one tap (or Enter) opens it. */
export function Fold({ open, onToggle, showLabel, children }: FoldState & { showLabel: string; children: ReactNode }) {
  const { t } = useLanguage();
  return (
    <details className="section-fold" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>{open ? t('dashboard.fold.hide') : showLabel}</summary>
      {children}
    </details>
  );
}

/**
 * Links to each section near the top of the dashboard: on a phone the ranking sits thousands of
 * pixels down. A jump opens a folded section, scrolls to its heading and puts the focus there.
 */
export function SectionJumps({ sections, folds }: { sections: readonly DashboardSection[]; folds: Folds }) {
  const { t } = useLanguage();
  const jump = (section: DashboardSection) => {
    if (isFoldable(section)) flushSync(() => folds.open(section));
    const heading = document.getElementById(headingIdOf(section));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="section-jumps" aria-label={t('dashboard.jump.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <a
              href={`#${headingIdOf(section)}`}
              onClick={(event) => {
                event.preventDefault();
                jump(section);
              }}
            >
              {t(`dashboard.jump.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
