import { useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { ReminderResponse } from '#domain/reminders';
import { can } from '#domain/permissions';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { useUser } from '#web/features/auth/session.tsx';
import { RemindAction } from '#web/features/reminders/RemindAction.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { CompletenessPage } from './CompletenessPage';
import type { Reminder } from './SilentPartners';

/**
 * Everything under /kelengkapan, loaded only when first opened. `reminder`, once given, draws the
 * action for the silent libraries chosen on the screen (and with it their checkboxes).
 */
export function CompletenessRoutes() {
  const user = useUser();
  const [sent, setSent] = useState<ReminderResponse | null>(null);
  // Staff who coach libraries remind the silent ones; the others read the list.
  const reminder: Reminder | undefined = can(user, 'reminders.send')
    ? (chosen, clear) => <RemindAction chosen={chosen} onDone={clear} sent={sent} onSent={setSent} />
    : undefined;
  return (
    <RequirePermission action="kpi.read">
      <Routes>
        <Route index element={<CompletenessPage reminder={reminder} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequirePermission>
  );
}
