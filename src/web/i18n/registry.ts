/**
 * The words the app knows right now, per language. The first visit's words (shell, sign-in,
 * home, reporting) are in `id.ts`; English comes in its own chunk when someone chooses it; a
 * feature whose pages load lazily brings its own words with them (`registerMessages` in its
 * `messages.ts`), so a village phone on a weak signal downloads only what it shows.
 *
 * This file imports no dictionary and no feature, so feature word lists can use it without a
 * cycle; `messages.ts` assembles the types.
 */
export type Words = Readonly<Record<string, string>>;

/** A feature's words: its Indonesian ones define the keys, the English must have exactly the same. */
export interface MessagePart<T extends Words> {
  id: T;
  en: { readonly [K in keyof T]: string };
}

const live: { id: Record<string, string>; en: Record<string, string> } = { id: {}, en: {} };

/** Adds a part's words to both languages; call at the top of the part's module. */
export function registerMessages<T extends Words>(part: MessagePart<T>): MessagePart<T> {
  Object.assign(live.id, part.id);
  Object.assign(live.en, part.en);
  return part;
}

/** The words of a language as known now: grows as feature chunks load. */
export const liveWords = (language: 'id' | 'en'): Words => live[language];

/** Adds the core words of a language (Indonesian at start, English once fetched). */
export function registerCore(language: 'id' | 'en', words: Words): void {
  // Into the same object: whoever holds the language's words sees the new ones too.
  Object.assign(live[language], words);
}
