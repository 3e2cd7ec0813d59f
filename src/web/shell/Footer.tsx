import { useT } from '#web/i18n/language.tsx';

export function Footer() {
  const t = useT();
  return (
    <footer className="app-footer">
      <p>
        <strong>{t('app.name')}</strong> · {t('app.footer')}
      </p>
    </footer>
  );
}
