import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import './messages.ts';

/** Says plainly that the page shows what the device kept, because the server cannot be reached. */
export function KeptNotice({ savedAt }: { savedAt: string | null }) {
  const { t, locale } = useLanguage();
  if (savedAt === null) return null;
  return (
    <p className="notice notice--info" role="status">
      {t('elis.kept', { when: formatDateTime(savedAt, locale) })}
    </p>
  );
}
