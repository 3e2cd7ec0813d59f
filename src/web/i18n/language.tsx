import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { id } from './id';
import { makeTranslate, type Dictionary, type Translate } from './messages';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

const dictionaries: Record<Language, Dictionary> = { id, en };
/** BCP 47 tags for Intl number and date formatting. */
const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const storageKey = 'sim-tpbis.language';

/** Indonesian unless the user chose English before; storage can be unavailable (private mode), so fall back quietly. */
function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

interface LanguageContextValue {
  language: Language;
  locale: string;
  dictionary: Dictionary;
  t: Translate;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // The choice then lasts for this visit only.
    }
  }, []);

  // Screen readers pick their pronunciation from the page's lang attribute.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(() => {
    const dictionary = dictionaries[language];
    return { language, locale: locales[language], dictionary, t: makeTranslate(dictionary), setLanguage };
  }, [language, setLanguage]);

  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider');
  return value;
}

export const useT = (): Translate => useLanguage().t;
