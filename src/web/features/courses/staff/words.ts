import { describeIssue } from '#web/i18n/errors.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { lookup, type Dictionary } from '#web/i18n/messages.ts';
import type { FieldIssue } from '#domain/errors';
import { describePath, type PathWords } from './editor/model';
import './messages.ts';

/** How a field of a course reads in the user's language: "Modul 1 › Kuis › Soal 2 › Pertanyaan". */
export function pathWordsOf(dictionary: Dictionary): PathWords {
  const say = (key: string, params?: Record<string, number>) => lookup(dictionary, key, params) ?? key;
  return {
    module: (number) => say('elisStaff.path.module', { number }),
    lesson: (number) => say('elisStaff.path.lesson', { number }),
    quiz: say('elisStaff.path.quiz'),
    question: (number) => say('elisStaff.path.question', { number }),
    choice: (number) => say('elisStaff.path.choice', { number }),
    label: (name) => lookup(dictionary, `elisStaff.field.${name}`) ?? name,
  };
}

/** Names a course's field and says what is wrong with it, for lists of problems outside the form. */
export function useIssueWords() {
  const { dictionary } = useLanguage();
  const words = pathWordsOf(dictionary);
  return {
    place: (field: string) => describePath(field, words),
    message: (issue: FieldIssue) => describeIssue(issue, dictionary).message,
  };
}
