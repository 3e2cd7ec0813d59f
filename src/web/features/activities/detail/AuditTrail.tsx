import type { ActivityEvent } from '#domain/activities';
import { useSubtypes } from '#web/features/activities/useSubtypes.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { Timeline } from '#web/shell/Timeline.tsx';
import { changeLines } from './history';
import '#web/i18n/pages.ts';

/** The report's record, oldest first: every submit, review, edit and photo. */
export function AuditTrail({ events }: { events: ActivityEvent[] }) {
  const { t, dictionary, locale } = useLanguage();
  const { labelOf } = useSubtypes();
  const ctx = { dictionary, locale, subtypeLabel: (code: string) => labelOf(code) ?? code };
  const entries = events.map((event) => ({
    ...event,
    what: t(`history.${event.kind}`),
    lines: changeLines(event, ctx).map((line) => ({ ...line, key: line.field })),
  }));
  return <Timeline id="activity-history" title={t('activity.history')} entries={entries} />;
}
