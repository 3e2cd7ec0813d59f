import type { ActivityEvent } from '#domain/activities';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useSubtypes } from '#web/features/activities/useSubtypes.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { changeLines } from './history';
import '#web/i18n/pages.ts';

/** Who did what and when, oldest first: the record a reviewer or an auditor reads top to bottom. */
export function AuditTrail({ events }: { events: ActivityEvent[] }) {
  const { t, dictionary, locale } = useLanguage();
  const { labelOf } = useSubtypes();
  const ctx = { dictionary, locale, subtypeLabel: (code: string) => labelOf(code) ?? code };
  return (
    <section aria-labelledby="activity-history">
      <h2 id="activity-history">{t('activity.history')}</h2>
      <ol className="timeline">
        {events.map((event) => {
          const lines = changeLines(event, ctx);
          return (
            <li key={event.id} className={`timeline__item timeline__item--${event.kind}`}>
              <p className="timeline__what">
                <strong>{t(`history.${event.kind}`)}</strong>{' '}
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
