import { Link } from 'react-router-dom';
import { can } from '#domain/permissions';
import { OutboxPanel } from '#web/features/activities/outbox/OutboxPanel.tsx';
import { useUser } from '#web/features/auth/session.tsx';
import type { QueuedNotice } from '#web/features/activities/form/useActivitySave.ts';
import { useT } from '#web/i18n/language.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { ReturnedPanel } from './ReturnedPanel';

/**
 * The reporter's part of the home screen: one big button to report, what waits on this device,
 * and what came back from a reviewer. Nothing for roles that do not report.
 */
export function ReportHome() {
  const t = useT();
  const user = useUser();
  const queued = useFlash((value) => (value as Partial<QueuedNotice> | null)?.queued ?? null);
  if (!can(user, 'activities.report')) return null;
  return (
    <div className="report-home">
      {queued && (
        <p className="notice notice--info" role="status">
          {t('outbox.queuedNotice', { title: queued })}
        </p>
      )}
      <Link className="button button--hero" to="/lapor">
        {t('home.report')}
      </Link>
      <OutboxPanel />
      <ReturnedPanel />
    </div>
  );
}
