import type { id } from './id';

/** Every message key; the Indonesian dictionary is the source of truth, English must match it. */
export type MessageKey = keyof typeof id;
export type Dictionary = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders of a message, read from its Indonesian text at compile time. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type ParamsOf<K extends MessageKey> = Placeholders<(typeof id)[K]>;
export type Params = Record<string, string | number>;

/** `t('home.title', { name })`: a message without placeholders takes no second argument. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...params: [ParamsOf<K>] extends [never] ? [] : [Record<ParamsOf<K>, string | number>]
) => string;

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function makeTranslate(dictionary: Dictionary): Translate {
  return (key, ...params) => interpolate(dictionary[key], params[0]);
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
