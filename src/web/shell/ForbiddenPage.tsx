import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from './usePageTitle';

export function ForbiddenPage() {
  const t = useT();
  usePageTitle(t('forbidden.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('forbidden.title')}</h1>
      <p>{t('error.forbidden')}</p>
    </>
  );
}
