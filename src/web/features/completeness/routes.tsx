import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { CompletenessPage } from './CompletenessPage';
import type { Reminder } from './SilentPartners';

/**
 * Everything under /kelengkapan, loaded only when first opened. `reminder`, once given, draws the
 * action for the silent libraries chosen on the screen (and with it their checkboxes).
 */
export function CompletenessRoutes({ reminder }: { reminder?: Reminder }) {
  return (
    <RequirePermission action="kpi.read">
      <Routes>
        <Route index element={<CompletenessPage reminder={reminder} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequirePermission>
  );
}
