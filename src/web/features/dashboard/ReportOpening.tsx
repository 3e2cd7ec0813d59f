import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';

/** A report while the period it opens on is asked for: its title and "Memuat…", no figures of a wrong period. */
export function ReportOpening({ title }: { title: string }) {
  const { t } = useLanguage();
  usePageTitle(title);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p role="status">{t('app.loading')}</p>
    </>
  );
}
