import type { Gathering, GatheringEvent } from '#domain/gatherings';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import type { Translate } from '#web/i18n/messages.ts';
import '../messages.ts';
import '#web/i18n/pages.ts';

/** What an entry changed, in a line a person reads: counts of partners, the fields an edit touched. */
function detailOf(event: GatheringEvent, t: Translate, fields: (name: string) => string): string | null {
  const changes = event.changes ?? {};
  const attendance = changes.attendance;
  if (attendance) {
    const list = event.kind === 'attendance_removed' ? attendance.from : attendance.to;
    return t('gathering.history.partners', { count: Array.isArray(list) ? list.length : 0 });
  }
  if (event.kind === 'edited') return Object.keys(changes).map(fields).join(', ');
  if (event.kind === 'agenda_changed') {
    const to = changes.agenda?.to;
    return t('gathering.history.items', { count: Array.isArray(to) ? to.length : 0 });
  }
  const action = Object.entries(changes).find(([field]) => field.includes('.actions.'));
  if (action) {
    const added = action[1].to as { what?: unknown } | null;
    if (event.kind === 'action_added' && added && typeof added.what === 'string') return added.what;
  }
  return null;
}

const fieldKeys = {
  title: 'gathering.field.title',
  date: 'gathering.field.date',
  mode: 'gathering.field.mode',
  facilitators: 'gathering.field.facilitators',
  consultants: 'gathering.field.consultants',
} as const;

/** Who changed the gathering, what and when, oldest first. */
export function GatheringHistory({ gathering }: { gathering: Gathering }) {
  const { t, locale } = useLanguage();
  const fields = (name: string) => (name in fieldKeys ? t(fieldKeys[name as keyof typeof fieldKeys]) : name);
  return (
    <section aria-labelledby="gathering-history">
      <h2 id="gathering-history">{t('gathering.historyTitle')}</h2>
      <ol className="timeline">
        {gathering.history.map((event) => {
          const detail = detailOf(event, t, fields);
          return (
            <li key={event.id} className="timeline__item">
              <p className="timeline__what">
                <strong>{t(`gathering.history.${event.kind}`)}</strong>{' '}
                <span className="timeline__who">{t('history.by', { name: event.actor.displayName ?? event.actor.username })}</span>
              </p>
              <p className="timeline__when">
                <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
              </p>
              {detail && <p className="timeline__changes">{detail}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
