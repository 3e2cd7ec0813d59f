import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { PartnerForm } from './PartnerForm';
import '#web/i18n/pages.ts';

export function NewPartnerPage() {
  const t = useT();
  usePageTitle(t('partners.new'));
  return (
    <>
      <h1 tabIndex={-1}>{t('partners.new')}</h1>
      <p className="lead">{t('partners.newIntro')}</p>
      <PartnerForm
        existing={null}
        initialRegion={null}
        initial={{
          name: '',
          type: 'desa',
          scheme: 'full_support',
          regionCode: '',
          cohortYear: String(new Date().getFullYear()),
          address: '',
          phone: '',
        }}
      />
    </>
  );
}
