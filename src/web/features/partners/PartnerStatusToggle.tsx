import { useState } from 'react';
import type { Partner, PartnerDetail } from '#domain/partners';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { updatePartner } from './api';
import '#web/i18n/pages.ts';

/** Deactivating keeps the partner's history and stops new reports; it asks once before doing so. */
export function PartnerStatusToggle({ partner, onChanged }: { partner: PartnerDetail; onChanged: (p: Partner) => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const sending = useSubmit();
  const { busy, error } = sending;

  const setActive = (active: boolean) =>
    sending.run(async () => {
      onChanged(await updatePartner(partner.id, { active }));
      setConfirming(false);
    });

  if (!partner.active) {
    return (
      <>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void setActive(true)}>
          {t('partners.activate')}
        </button>
        {error && <ErrorNotice error={error} />}
      </>
    );
  }
  return (
    <>
      <button type="button" className="button button--danger" aria-expanded={confirming} onClick={() => setConfirming(!confirming)}>
        {t('partners.deactivate')}
      </button>
      {confirming && (
        <div className="notice notice--warning confirm" role="alert">
          <p>{t('partners.deactivateConfirm', { name: partner.name })}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void setActive(false)}>
              {t('partners.deactivateYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('activity.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </>
  );
}
