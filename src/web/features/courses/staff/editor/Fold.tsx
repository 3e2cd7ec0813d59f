import { useEffect, useState, type ReactNode } from 'react';

interface FoldProps {
  /** The fold's id, so an error in the summary can link to it. */
  id: string;
  summary: ReactNode;
  /** Open at first: a part just added, or every part of a new course. */
  initiallyOpen: boolean;
  /** Something inside failed its check: the fold opens to show it. */
  hasError: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A module or lesson behind a native disclosure, so a long course reads as a list of titles on
 * a phone; it opens by itself when something inside needs mending.
 */
export function Fold({ id, summary, initiallyOpen, hasError, className = '', children }: FoldProps) {
  const [open, setOpen] = useState(initiallyOpen);
  useEffect(() => {
    if (hasError) setOpen(true);
  }, [hasError]);
  return (
    <details id={id} className={`course-fold ${className}`} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <div className="course-fold__body">{children}</div>}
    </details>
  );
}
