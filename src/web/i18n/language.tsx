import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { id } from './id';
import { makeTranslate, type Dictionary, type Translate } from './messages';
import { liveWords, registerCore } from './registry';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

// Indonesian is every user's first language and ships with the first visit; English is fetched
// only by those who choose it (and is then cached with the app's other chunks).
registerCore('id', id);
let english: Promise<void> | null = null;
const loadEnglish = () =>
  (english ??= import('./en').then(
    (m) => registerCore('en', m.en),
    (error: unknown) => {
      english = null; // offline on first choice: try again next time
      throw error;
    },
  ));
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
  const [englishReady, setEnglishReady] = useState(false);

  useEffect(() => {
    if (language !== 'en' || englishReady) return;
    let live = true;
    // Until English arrives the page stays in Indonesian rather than blank.
    loadEnglish().then(
      () => live && setEnglishReady(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [language, englishReady]);
  const shown: Language = language === 'en' && englishReady ? 'en' : 'id';

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // The choice then lasts for this visit only.
    }
  }, []);

  // Screen readers pick their pronunciation from the page's lang attribute: the words shown.
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);

  const value = useMemo(() => {
    // The live words: a feature chunk that loads later adds its own to the same object.
    const dictionary = liveWords(shown) as Dictionary;
    return { language: shown, locale: locales[shown], dictionary, t: makeTranslate(dictionary), setLanguage };
  }, [shown, setLanguage]);

  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a LanguageProvider');
  return value;
}

export const useT = (): Translate => useLanguage().t;
