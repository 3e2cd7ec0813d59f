import type { UserRef } from '#domain/audit';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/** One change an entry made: `from` is null when something was added rather than changed. */
export interface TimelineLine {
  key: string;
  label: string;
  from: string | null;
  to: string;
}

/** One thing someone did, already in the reader's words. */
export interface TimelineEntry {
  id: number;
  /** The event's code, for its colour on the line. */
  kind: string;
  what: string;
  actor: UserRef;
  at: string;
  lines: readonly TimelineLine[];
  comment: string | null;
}

/**
 * Who did what and when, oldest first: the record a reviewer or an auditor reads top to bottom.
 * Reports, stories and problems each say their events in their own words; they share this shape.
 */
export function Timeline({ id, title, entries }: { id: string; title: string; entries: readonly TimelineEntry[] }) {
  const { t, locale } = useLanguage();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.id} className={`timeline__item timeline__item--${entry.kind}`}>
            <p className="timeline__what">
              <strong>{entry.what}</strong>{' '}
              <span className="timeline__who">{t('history.by', { name: entry.actor.displayName ?? entry.actor.username })}</span>
            </p>
            <p className="timeline__when">
              <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>
            </p>
            {entry.lines.length > 0 && (
              <ul className="timeline__changes">
                {entry.lines.map((line) => (
                  <li key={line.key}>
                    <span className="timeline__field">{line.label}:</span> {line.from === null ? line.to : `${line.from} → ${line.to}`}
                  </li>
                ))}
              </ul>
            )}
            {entry.comment && <p className="quote">{entry.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
