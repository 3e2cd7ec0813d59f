import type { PracticeEvent } from '#domain/practices';
import { useLanguage } from '#web/i18n/language.tsx';
import { Timeline } from '#web/shell/Timeline.tsx';
import { practiceChangeLines } from './history';
import './messages.ts';
import '#web/i18n/pages.ts';

/** Who did what and when to the story, oldest first; kept in the story's region (empty elsewhere, so not shown). */
export function PracticeTrail({ events }: { events: PracticeEvent[] }) {
  const { t, dictionary, locale } = useLanguage();
  if (events.length === 0) return null;
  const entries = events.map((event) => ({
    ...event,
    what: t(`practice.history.${event.kind}`),
    lines: practiceChangeLines(event, { dictionary, locale }).map((line) => ({ ...line, key: line.field })),
  }));
  return <Timeline id="practice-history" title={t('activity.history')} entries={entries} />;
}
