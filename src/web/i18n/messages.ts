import type { courseWords } from '#web/features/courses/messages.ts';
import type { courseStaffWords } from '#web/features/courses/staff/messages.ts';
import type { completenessWords } from '#web/features/completeness/messages.ts';
import type { kpiProfileWords } from '#web/features/kpi-profile/messages.ts';
import type { reminderWords } from '#web/features/reminders/messages.ts';
import type { gatheringWords } from '#web/features/gatherings/messages.ts';
import type { notificationWords } from '#web/features/notifications/messages.ts';
import type { practiceWords } from '#web/features/practices/messages.ts';
import type { problemWords } from '#web/features/problems/messages.ts';
import type { id } from './id';
import type { pageWords } from './pages';

/**
 * Every message of the app: the first visit's (`id.ts`), the other pages' (`pages.ts`) and each
 * lazily loaded feature's own (`features/<f>/messages.ts`). Indonesian is the source of truth; English must match it.
 */
type Indonesian = typeof id &
  (typeof pageWords)['id'] &
  (typeof practiceWords)['id'] &
  (typeof problemWords)['id'] &
  (typeof gatheringWords)['id'] &
  (typeof courseWords)['id'] &
  (typeof courseStaffWords)['id'] &
  (typeof completenessWords)['id'] &
  (typeof kpiProfileWords)['id'] &
  (typeof notificationWords)['id'] &
  (typeof reminderWords)['id'];
export type MessageKey = keyof Indonesian;
export type Dictionary = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders of a message, read from its Indonesian text at compile time. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type ParamsOf<K extends MessageKey> = Placeholders<Indonesian[K]>;
export type Params = Record<string, string | number>;

/** `t('home.title', { name })`: a message without placeholders takes no second argument. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [ParamsOf<K>] extends [never] ? [] : [Record<ParamsOf<K>, string | number>]
) => string;

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Reads the words at call time, so a feature's words registered after the translate was made
 * still count. A key nobody registered shows as itself rather than breaking the page (a test
 * checks that every feature file which speaks brings its words).
 */
export function makeTranslate(dictionary: Dictionary | Readonly<Record<string, string>>): Translate {
  const words = dictionary as Readonly<Record<string, string | undefined>>;
  return (key, ...params) => interpolate(words[key] ?? key, params[0]);
}

/** For keys built at run time (an error code from the server): undefined when the dictionary has none. */
export function lookup(dictionary: Dictionary, key: string, params?: Params): string | undefined {
  const template = (dictionary as Readonly<Record<string, string>>)[key];
  return template === undefined ? undefined : interpolate(template, params);
}

/** The `{name}` placeholders of any text, for checking that both dictionaries agree. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
