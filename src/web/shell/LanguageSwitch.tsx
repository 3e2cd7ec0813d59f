import { languages, useLanguage, type Language } from '#web/i18n/language.tsx';

// Each language is named in itself, so a reader who cannot read the current one still finds theirs.
const ownNames: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={option === language} onClick={() => setLanguage(option)}>
          {ownNames[option]}
        </button>
      ))}
    </div>
  );
}
