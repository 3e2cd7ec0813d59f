import type { PracticeEvent } from '#domain/practices';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { practiceChangeLines } from './history';
import '#web/i18n/pages.ts';

/** Who did what and when to the story, oldest first; kept in the story's region (empty elsewhere, so not shown). */
export function PracticeTrail({ events }: { events: PracticeEvent[] }) {
  const { t, dictionary, locale } = useLanguage();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="practice-history">
      <h2 id="practice-history">{t('activity.history')}</h2>
      <ol className="timeline">
        {events.map((event) => {
          const lines = practiceChangeLines(event, { dictionary, locale });
          return (
            <li key={event.id} className={`timeline__item timeline__item--${event.kind}`}>
              <p className="timeline__what">
                <strong>{t(`practice.history.${event.kind}`)}</strong>{' '}
                <span className="timeline__who">{t('history.by', { name: event.actor.displayName ?? event.actor.username })}</span>
              </p>
              <p className="timeline__when">
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </p>
              {lines.length > 0 && (
                <ul className="timeline__changes">
                  {lines.map((line) => (
                    <li key={line.field}>
                      <span className="timeline__field">{line.label}:</span> {line.from} → {line.to}
                    </li>
                  ))}
                </ul>
              )}
              {event.comment && <p className="quote">{event.comment}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
