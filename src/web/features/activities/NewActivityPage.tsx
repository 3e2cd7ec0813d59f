import { useEffect } from 'react';
import { localToday } from '#domain/calendar';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { partnerQuery } from '#web/features/partners/api.ts';
import type { PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { ActivityForm } from './form/ActivityForm';
import { emptyValues } from './form/model';
import { lastStrategy } from './lastStrategy';
import { recallPartner, rememberPartner } from './rememberedPartner';

/** "Laporkan kegiatan": a new report with today's date, the manager's library and the strategy used last. */
export function NewActivityPage() {
  const t = useT();
  const user = useUser();
  usePageTitle(t('activityForm.newTitle'));
  const partnerId = user.partnerId ?? null;
  // Asked fresh, so the form never swaps a cached answer for a failure (and its typed text with it).
  const partner = useApiQuery({ ...partnerQuery(partnerId ?? 0), enabled: partnerId !== null }, { fresh: true });
  const loaded = partnerId !== null && partner.state === 'ready' ? partner.data : null;
  useEffect(() => {
    if (loaded) rememberPartner(localStorage, { id: loaded.id, name: loaded.name, regionName: loaded.regionName });
  }, [loaded]);

  // Without a connection the report still goes to the outbox: the library is the one the session names.
  const offlineFallback = partner.state === 'failed' && partner.error.code === 'network' && partnerId !== null;
  const form = (ref: PartnerRef | null) => (
    <ActivityForm existing={null} partner={ref} initial={emptyValues({ partnerId, strategy: lastStrategy(), date: localToday() })} />
  );

  return (
    <>
      <h1 tabIndex={-1}>{t('activityForm.newTitle')}</h1>
      {partnerId !== null && partner.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {partner.state === 'failed' && !offlineFallback && <ErrorNotice error={partner.error} onRetry={partner.reload} />}
      {offlineFallback && form(recallPartner(localStorage, partnerId, t('offline.partnerUnknown')))}
      {(partnerId === null || loaded) && form(loaded && { id: loaded.id, name: loaded.name, regionName: loaded.regionName })}
    </>
  );
}
