import { useParams } from 'react-router-dom';
import { levelOfCode } from '#domain/regions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { partnerQuery } from './api';
import { PartnerForm } from './PartnerForm';
import { partnerValues } from './partnerForm';
import '#web/i18n/pages.ts';

export function EditPartnerPage() {
  const t = useT();
  const id = idFromParam(useParams().id);
  // The form starts from the partner as it is now, not as a cache last saw it.
  const partner = useApiQuery(partnerQuery(id), { fresh: true });
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
