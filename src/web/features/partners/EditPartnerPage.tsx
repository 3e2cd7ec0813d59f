import { useCallback } from 'react';
import { useParams } from 'react-router-dom';
import { levelOfCode } from '#domain/regions';
import { useResource } from '#web/api/resource.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { fetchPartner } from './api';
import { PartnerForm } from './PartnerForm';
import { partnerValues } from './partnerForm';

export function EditPartnerPage() {
  const t = useT();
  const id = idFromParam(useParams().id);
  const load = useCallback((signal: AbortSignal) => fetchPartner(id, signal), [id]);
  const partner = useResource(load);
  usePageTitle(t('partners.editTitle'));
  return (
    <>
      <h1 tabIndex={-1}>{t('partners.editTitle')}</h1>
      {partner.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {partner.state === 'failed' && <ErrorNotice error={partner.error} overrides={{ not_found: t('partners.notFound') }} />}
      {partner.state === 'ready' && (
        <PartnerForm
          key={partner.data.id}
          existing={partner.data}
          initial={partnerValues(partner.data)}
          initialRegion={{ code: partner.data.regionCode, name: partner.data.regionName, level: levelOfCode(partner.data.regionCode) }}
        />
      )}
    </>
  );
}
