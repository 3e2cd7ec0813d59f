import { useT } from '#web/i18n/language.tsx';

export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}
