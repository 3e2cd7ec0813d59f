import type { Indicator } from './IndicatorPicker';

/** What every part of the course form needs to know besides its own values. */
export interface EditorContext {
  /** The saved course's id; null until the course is first saved (no pictures, no preview yet). */
  courseId: number | null;
  /** The saved revision: a preview asks again when it changes. */
  revision: number;
  /** The first message per field, by the field's place on the form. */
  errors: Readonly<Record<string, string>>;
  /** Whether any field at or under this place failed its check. */
  hasErrorUnder: (at: string) => boolean;
  /** Each saved lesson's Markdown, so a preview can say it shows the saved text, not the one being typed. */
  savedLessons: ReadonlyMap<number, string>;
  /** The KPI indicators, once loaded. */
  indicators: readonly Indicator[];
}
