import type { Problem } from '#domain/problems';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { trailLines } from './trail';
import '../messages.ts';
import '#web/i18n/pages.ts';

/** Who did what and when, oldest first, the follow-up included: the record an auditor reads top to bottom. */
export function ProblemTrail({ problem }: { problem: Problem }) {
  const { t, dictionary, locale } = useLanguage();
  const names = new Map(problem.actions.map((a) => [a.id, a.what]));
  const ctx = { dictionary, locale, actionName: (id: number) => names.get(id) };
  return (
    <section aria-labelledby="problem-history">
      <h2 id="problem-history">{t('problem.history')}</h2>
      <ol className="timeline">
        {problem.history.map((event) => {
          const lines = trailLines(event, ctx);
          return (
            <li key={event.id} className={`timeline__item timeline__item--${event.kind}`}>
              <p className="timeline__what">
                <strong>{t(`problemHistory.${event.kind}`)}</strong>{' '}
                <span className="timeline__who">{t('history.by', { name: event.actor.displayName ?? event.actor.username })}</span>
              </p>
              <p className="timeline__when">
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </p>
              {lines.length > 0 && (
                <ul className="timeline__changes">
                  {lines.map((line) => (
                    <li key={line.key}>
                      <span className="timeline__field">{line.label}:</span> {line.from === null ? line.to : `${line.from} → ${line.to}`}
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
