import { useCallback } from 'react';
import { useResource } from '#web/api/resource.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { fetchPartner } from '#web/features/partners/api.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { ActivityForm } from './form/ActivityForm';
import { emptyValues, localToday } from './form/model';
import { lastStrategy } from './lastStrategy';

/** "Laporkan kegiatan": a new report with today's date, the manager's library and the strategy used last. */
export function NewActivityPage() {
  const t = useT();
  const user = useUser();
  usePageTitle(t('activityForm.newTitle'));
  const partnerId = user.partnerId ?? null;
  const load = useCallback(
    (signal: AbortSignal) => (partnerId === null ? Promise.resolve(null) : fetchPartner(partnerId, signal)),
    [partnerId],
  );
  const partner = useResource(load);

  return (
    <>
      <h1 tabIndex={-1}>{t('activityForm.newTitle')}</h1>
      {partner.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {partner.state === 'failed' && <ErrorNotice error={partner.error} onRetry={partner.reload} />}
      {partner.state === 'ready' && (
        <ActivityForm
          existing={null}
          partner={partner.data && { id: partner.data.id, name: partner.data.name, regionName: partner.data.regionName }}
          initial={emptyValues({ partnerId, strategy: lastStrategy(), date: localToday() })}
        />
      )}
    </>
  );
}
