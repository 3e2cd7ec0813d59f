import type { Problem } from '#domain/problems';
import { useLanguage } from '#web/i18n/language.tsx';
import { Timeline } from '#web/shell/Timeline.tsx';
import { trailLines } from './trail';
import '../messages.ts';
import '#web/i18n/pages.ts';

/** Who did what and when, oldest first, the follow-up included: the record an auditor reads top to bottom. */
export function ProblemTrail({ problem }: { problem: Problem }) {
  const { t, dictionary, locale } = useLanguage();
  const names = new Map(problem.actions.map((a) => [a.id, a.what]));
  const ctx = { dictionary, locale, actionName: (id: number) => names.get(id) };
  const entries = problem.history.map((event) => ({
    ...event,
    what: t(`problemHistory.${event.kind}`),
    lines: trailLines(event, ctx),
  }));
  return <Timeline id="problem-history" title={t('problem.history')} entries={entries} />;
}
